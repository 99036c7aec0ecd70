/** Whether the general settings can show their stored values: the Settings page waits for it. */
import { useSettings } from '../../db/hooks/settings';

export function useGeneralSettingsReady(): boolean {
  return useSettings() !== undefined;
}
