/** Settings composes one section per feature. */
import { StorageSettings } from '../features/pwa/storage-settings';
import { GeneralSettings } from '../features/settings/settings-screen';

export function SettingsPage() {
  return (
    <>
      <GeneralSettings />
      <StorageSettings />
    </>
  );
}
