import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { watchOutdatedBuild } from './app/outdated-build';
import { soonAfterStartUp } from './app/when-idle';
import './app/styles.css';
import { openDatabase } from './db/database';
import { getSettings } from './db/queries/settings';
import { detectLanguage, loadLanguage } from './i18n/translate';
import { askPersistenceAfterFirstSave } from './pwa/persistence';
import { useUiStore } from './stores/ui-store';

/** The stored language choice, or the browser's; read before the first paint so the page never switches language under the reader. */
async function startLanguage(): Promise<'en' | 'fr'> {
  const browser = detectLanguage();
  const [state] = await Promise.all([openDatabase(), loadLanguage(browser, ['start'])]);
  const stored = state.kind === 'failed' ? null : await getSettings().then((s) => s.language, () => null);
  const lang = stored ?? browser;
  await loadLanguage(lang, ['start']);
  return lang;
}

function render(lang: 'en' | 'fr') {
  useUiStore.getState().setLang(lang);
  document.documentElement.lang = lang;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The dev server has no built service worker; only the production build registers one, once the
  // first screen is up: the registration code is a chunk of its own and the first paint never waits on it.
  if (import.meta.env.PROD) soonAfterStartUp(() => void import('./pwa/register').then((m) => m.registerServiceWorker()));
  // The holiday table is a chunk of its own: fetched once the first screen is up, so a first save rarely waits on it.
  soonAfterStartUp(() => void import('./db/holidays/load').then((m) => m.loadHolidays()).catch(() => undefined));
}

// Should the messages fail to load, the app still starts (showing message keys) rather than a blank page.
void startLanguage()
  .catch(() => detectLanguage())
  .then(render);

askPersistenceAfterFirstSave();
watchOutdatedBuild();
