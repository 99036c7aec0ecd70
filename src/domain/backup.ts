/**
 * The last full backup, as remembered in the meta table under 'backup' and carried in the backup
 * file itself. A backup is counted when its file was handed to the browser to save: the app cannot
 * see where the file went.
 */
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
