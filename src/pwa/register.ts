/**
 * Service worker registration (workbox-window, "prompt" flavour). A new version waits until the
 * person presses Update in the prompt; the page reloads only once the new worker controls it.
 * Nothing here reloads on its own: the prompt refuses while a form holds unsaved input.
 */
import { Workbox } from 'workbox-window';
import { translate } from '../i18n/translate';
import { useToastStore } from '../stores/toast-store';
import { useUiStore } from '../stores/ui-store';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let workbox: Workbox | undefined;
let waiting = false;
let reloadWhenControlled = false;
let lastUpdateCheck = 0;

export function registerServiceWorker(scriptUrl = '/sw.js'): void {
  if (!('serviceWorker' in navigator) || workbox) return;
  const wb = new Workbox(scriptUrl, { scope: '/' });
  workbox = wb;

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate && !event.isExternal) {
      const { lang } = useUiStore.getState();
      useToastStore.getState().show({ message: translate(lang, 'banner.offlineReady'), tone: 'info' });
    }
  });
  wb.addEventListener('waiting', () => {
    waiting = true;
    useUiStore.getState().setUpdateReady(true);
  });
  wb.addEventListener('controlling', () => {
    if (reloadWhenControlled) {
      location.reload();
      return;
    }
    // Another tab activated the new version: this page still runs the old code, so offer a reload.
    waiting = false;
    useUiStore.getState().setUpdateReady(true);
  });

  lastUpdateCheck = Date.now();
  void wb.register().catch(() => {
    // No service worker (private mode, unsupported): the app still works online.
  });
  document.addEventListener('visibilitychange', checkForUpdateWhenVisible);
}

function checkForUpdateWhenVisible(): void {
  if (document.visibilityState !== 'visible' || !workbox) return;
  const now = Date.now();
  if (now - lastUpdateCheck < UPDATE_CHECK_INTERVAL_MS) return;
  lastUpdateCheck = now;
  void workbox.update().catch(() => undefined);
}

/**
 * Switch to the new version. Callers check first that no form is dirty; the reload happens when the
 * new worker takes control (or at once if it already controls this page).
 */
export function applyUpdate(): void {
  if (useUiStore.getState().dirtyForms > 0) return;
  if (workbox && waiting) {
    reloadWhenControlled = true;
    workbox.messageSkipWaiting();
    return;
  }
  location.reload();
}
