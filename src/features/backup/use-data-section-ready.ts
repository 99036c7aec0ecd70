/**
 * Whether "Your data" can show the last backup and the reminder choice: the Settings page waits
 * for it, so the section appears whole instead of growing a line at a time.
 */
import { useLastBackup } from '../../db/hooks/backup';
import { useSettings } from '../../db/hooks/settings';

export function useDataSectionReady(): boolean {
  const last = useLastBackup();
  const settings = useSettings();
  return last !== undefined && settings !== undefined;
}
