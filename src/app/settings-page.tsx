/**
 * Settings composes one section per feature. The sections appear once what they show is known, all
 * together, so none of them pushes the ones below it down as it loads.
 */
import { RuleSettings } from '../features/settings/rule-settings';
import { useRuleSettingsReady } from '../features/follow-ups/use-ready';
import { DataSection } from '../features/backup/data-section';
import { useDataSectionReady } from '../features/backup/use-data-section-ready';
import { StorageSettings } from '../features/storage/storage-settings';
import { useStorageStatus } from '../features/storage/use-storage-status';
import { GeneralSettings } from '../features/settings/settings-screen';
import { useGeneralSettingsReady } from '../features/settings/use-ready';
import { useT } from '../i18n/use-t';
import { PageLoading } from './page-loading';

export function SettingsPage() {
  const t = useT();
  const storage = useStorageStatus();
  const ready = [useGeneralSettingsReady(), useRuleSettingsReady(), useDataSectionReady(), storage !== undefined].every(Boolean);
  return (
    <>
      <h1>{t('nav.settings')}</h1>
      {ready ? (
        <>
          <GeneralSettings />
          <RuleSettings />
          <StorageSettings initial={storage} />
          <DataSection />
        </>
      ) : (
        <PageLoading />
      )}
    </>
  );
}
