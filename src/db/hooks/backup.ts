/** Live queries for the backup screens. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { BACKUP_META_KEY, type BackupInfo } from '../repositories/backup-repo';

/** undefined while loading, null when no full backup was ever made. */
export function useLastBackup(): BackupInfo | null | undefined {
  return useLiveQuery(async () => ((await db.meta.get(BACKUP_META_KEY))?.value as BackupInfo | undefined) ?? null, []);
}
