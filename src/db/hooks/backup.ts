/** When the last full backup was made. */
import { BACKUP_META_KEY, type BackupInfo } from '../../domain/backup';
import { readMeta } from '../repositories/meta-repo';
import { useSharedLiveQuery } from './live-query';

/** undefined while loading, null when no full backup was ever made. */
export function useLastBackup(): BackupInfo | null | undefined {
  return useSharedLiveQuery('last-backup', async () => (await readMeta<BackupInfo>(BACKUP_META_KEY)) ?? null);
}
