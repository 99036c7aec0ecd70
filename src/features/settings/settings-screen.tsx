import { useSettings } from '../../db/hooks';
import { updateSettings } from '../../db/repositories/settings-repo';
import { useT } from '../../i18n/use-t';

export function GeneralSettings() {
  const t = useT();
  const settings = useSettings();
  return (
    <>
      <h1>{t('nav.settings')}</h1>
      {settings && (
        <div className="btn-row">
          <button type="button" className="btn" onClick={() => void updateSettings({ language: 'en' })}>
            English
          </button>
          <button type="button" className="btn" onClick={() => void updateSettings({ language: 'fr' })}>
            Français
          </button>
        </div>
      )}
    </>
  );
}
