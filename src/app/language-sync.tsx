/** Keeps the UI language equal to the stored choice, or the browser's when none is stored. */
import { useEffect } from 'react';
import { useSettings } from '../db/hooks/settings';
import { detectLanguage, loadLanguage } from '../i18n/translate';
import { useUiStore } from '../stores/ui-store';

export function LanguageSync() {
  const settings = useSettings();
  const setLang = useUiStore((s) => s.setLang);
  const lang = useUiStore((s) => s.lang);
  useEffect(() => {
    if (!settings) return;
    const next = settings.language ?? detectLanguage();
    // Start-up already loaded the language in use (main.tsx); only a change has messages to fetch.
    if (next === useUiStore.getState().lang) return;
    // The new language's messages load first; a quicker later choice wins over a slower earlier one.
    let current = true;
    void loadLanguage(next).then(() => {
      if (current) setLang(next);
    });
    return () => {
      current = false;
    };
  }, [settings, setLang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
