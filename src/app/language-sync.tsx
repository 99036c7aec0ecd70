/** Keeps the UI language equal to the stored choice, or the browser's when none is stored. */
import { useEffect } from 'react';
import { useSettings } from '../db/hooks';
import { detectLanguage } from '../i18n/translate';
import { useUiStore } from '../stores/ui-store';

export function LanguageSync() {
  const settings = useSettings();
  const setLang = useUiStore((s) => s.setLang);
  const lang = useUiStore((s) => s.lang);
  useEffect(() => {
    if (settings) setLang(settings.language ?? detectLanguage());
  }, [settings, setLang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}
