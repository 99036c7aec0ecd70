/** English or French for the dossier, whatever language the app itself is in. */
import { useId } from 'react';
import type { Lang } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';

const LANGS: readonly Lang[] = ['en', 'fr'];

export function LanguageChoice({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="dossier-lang">
      <legend>{t('dossier.card.language')}</legend>
      <div className="chips">
        {LANGS.map((lang) => (
          <label key={lang} className="chip" lang={lang}>
            <input type="radio" name={name} value={lang} checked={value === lang} onChange={() => onChange(lang)} />
            {t(`dossier.lang.${lang}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
