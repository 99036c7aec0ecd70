/** Settings composes one section per feature. */
import { RuleSettings } from '../features/attention/rule-settings';
import { DataSection } from '../features/backup/data-section';
import { StorageSettings } from '../features/pwa/storage-settings';
import { GeneralSettings } from '../features/settings/settings-screen';
import { useT } from '../i18n/use-t';

export function SettingsPage() {
  const t = useT();
  return (
    <>
      <h1>{t('nav.settings')}</h1>
      <GeneralSettings />
      <RuleSettings />
      <StorageSettings />
      <DataSection />
    </>
  );
}
