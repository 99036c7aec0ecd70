/**
 * Whether "Your data" can show the last backup and the reminder choice (#8): the Settings page waits
 * for it, so the section appears whole instead of growing a line at a time.
 */
import { useSharedLastBackup, useSettings } from '../../db/hooks/cases';

export function useDataSectionReady(): boolean {
  const last = useSharedLastBackup();
  const settings = useSettings();
  return last !== undefined && settings !== undefined;
}
