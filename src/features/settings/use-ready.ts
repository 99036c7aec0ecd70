/** Whether the general settings can show their stored values (#8): the Settings page waits for it. */
import { useSettings } from '../../db/hooks/settings';

export function useGeneralSettingsReady(): boolean {
  return useSettings() !== undefined;
}
