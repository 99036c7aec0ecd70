import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { openDatabase } from './db/database';
import { getSettings } from './db/repositories/settings-repo';
import { detectLanguage, loadLanguage } from './i18n/translate';
import { askPersistenceAfterFirstSave } from './pwa/persistence';
import { useUiStore } from './stores/ui-store';

/** The stored language choice, or the browser's; read before the first paint so the page never switches language under the reader. */
async function startLanguage(): Promise<'en' | 'fr'> {
  const browser = detectLanguage();
  const [state] = await Promise.all([openDatabase(), loadLanguage(browser)]);
  const stored = state.kind === 'failed' ? null : await getSettings().then((s) => s.language, () => null);
  const lang = stored ?? browser;
  await loadLanguage(lang);
  return lang;
}

void startLanguage().then((lang) => {
  useUiStore.getState().setLang(lang);
  document.documentElement.lang = lang;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

askPersistenceAfterFirstSave();
// The dev server has no built service worker; only the production build registers one. The update
// prompt's code is not needed for the first paint, so it arrives in a chunk of its own.
if (import.meta.env.PROD) void import('./pwa/register').then((m) => m.registerServiceWorker());
