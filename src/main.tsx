import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { openDatabase } from './db/database';
import { detectLanguage } from './i18n/translate';
import { askPersistenceAfterFirstSave } from './pwa/persistence';
import { registerServiceWorker } from './pwa/register';
import { useUiStore } from './stores/ui-store';

useUiStore.getState().setLang(detectLanguage());
document.documentElement.lang = useUiStore.getState().lang;

void openDatabase().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

askPersistenceAfterFirstSave();
// The dev server has no built service worker; only the production build registers one.
if (import.meta.env.PROD) registerServiceWorker();
