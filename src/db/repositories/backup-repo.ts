/**
 * When the last full backup was made, kept in the meta table under 'backup'. A backup is counted
 * when its file was handed to the browser to save: the app cannot see where the file went.
 */
import { readMeta, writeMeta } from './meta-repo';

export const BACKUP_META_KEY = 'backup';

export interface BackupInfo {
  /** When the backup file was made (epoch ms). */
  at: number;
  /** Live cases and evidence files in it. */
  cases: number;
  files: number;
  /** Size of the file in bytes (not known inside the file itself). */
  bytes?: number;
}

export function readLastBackup(): Promise<BackupInfo | undefined> {
  return readMeta<BackupInfo>(BACKUP_META_KEY);
}

export function recordBackup(info: BackupInfo, now = info.at): Promise<void> {
  return writeMeta(BACKUP_META_KEY, info, now);
}
