/** Settings composes one section per feature. */
import { GeneralSettings } from '../features/settings/settings-screen';

export function SettingsPage() {
  return (
    <>
      <GeneralSettings />
    </>
  );
}
