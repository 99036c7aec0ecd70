/** When the last full backup was made, kept in the meta table under 'backup' (see domain/backup.ts). */
import { BACKUP_META_KEY, type BackupInfo } from '../../domain/backup';
import { readMeta, writeMeta } from './meta-repo';

export function readLastBackup(): Promise<BackupInfo | undefined> {
  return readMeta<BackupInfo>(BACKUP_META_KEY);
}

export function recordBackup(info: BackupInfo, now = info.at): Promise<void> {
  return writeMeta(BACKUP_META_KEY, info, now);
}
