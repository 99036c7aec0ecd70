/** General settings: the language (or the device's) and the usual currency for new charges. */
import { useFailureText } from '../../components/failure-text';
import { useState } from 'react';
import { isKnownCurrency } from '../../domain/money';
import type { Language } from '../../domain/types';
import { useSettings } from '../../db/hooks/settings';
import { updateSettings } from '../../db/repositories/settings-repo';
import { detectLanguage } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';

const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

export function GeneralSettings() {
  const t = useT();
  const describeFailure = useFailureText();
  const settings = useSettings();
  const show = useToastStore((s) => s.show);
  const [currency, setCurrency] = useState<string>();
  const [currencyError, setCurrencyError] = useState(false);
  if (!settings) return null;

  async function save(patch: Parameters<typeof updateSettings>[0], message?: string) {
    try {
      await updateSettings(patch);
      if (message) show({ message, tone: 'success' });
    } catch (error) {
      show({ message: describeFailure(error), tone: 'error' });
    }
  }

  const choices: { value: Language | null; label: string }[] = [
    { value: null, label: t('settings.languageBrowser', { lang: NAMES[detectLanguage()] }) },
    { value: 'en', label: NAMES.en },
    { value: 'fr', label: NAMES.fr },
  ];
  const shownCurrency = currency ?? settings.defaultCurrency;
  return (
    <section className="card" aria-labelledby="general-title">
      <h2 id="general-title">{t('settings.general')}</h2>
      <fieldset className="chip-fieldset">
        <legend>{t('settings.language')}</legend>
        <div className="chips">
          {choices.map((c) => (
            <label key={c.value ?? 'device'} className="chip chip-radio" lang={c.value ?? undefined}>
              <input type="radio" name="language" className="visually-hidden" checked={settings.language === c.value} onChange={() => void save({ language: c.value })} />
              {c.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={`field${currencyError ? ' field-error' : ''}`}>
        <label htmlFor="default-currency">{t('settings.currency')}</label>
        <input
          id="default-currency"
          value={shownCurrency}
          maxLength={3}
          autoCapitalize="characters"
          aria-invalid={currencyError || undefined}
          aria-describedby={currencyError ? 'default-currency-error' : undefined}
          onChange={(e) => setCurrency(e.target.value.toUpperCase())}
          onBlur={() => {
            if (currency === undefined || currency === settings.defaultCurrency) return;
            const ok = isKnownCurrency(currency);
            setCurrencyError(!ok);
            if (ok) void save({ defaultCurrency: currency }, t('settings.currencySaved'));
          }}
        />
        {currencyError && (
          <p className="field-message" id="default-currency-error">
            {t('fieldError.currencyUnknown')}
          </p>
        )}
      </div>
    </section>
  );
}
