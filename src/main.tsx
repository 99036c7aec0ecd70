import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';
import { openDatabase } from './db/database';
import { detectLanguage } from './i18n/translate';
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
