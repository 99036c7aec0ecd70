import { SettingsScreen } from '../features/settings/settings-screen';

export function SettingsPage() {
  return <SettingsScreen />;
}
