/**
 * A tab still running an older build after a new version was published asks the server for a lazy
 * part (a screen, the backup or PDF engine) that no longer exists. Vite reports a failed preload with
 * `vite:preloadError`; a failed dynamic import rejects with a browser-specific message. Either way the
 * person is told a new version is ready (the update prompt, which reloads only once every form's
 * input is kept as a draft), never that their storage is full.
 */
import { isChunkLoadError } from '../lib/write-error';
import { useUiStore } from '../stores/ui-store';

export function watchOutdatedBuild(target: Window = window): () => void {
  const outdated = () => useUiStore.getState().setOutdated();
  const onRejection = (event: PromiseRejectionEvent) => {
    if (isChunkLoadError(event.reason)) outdated();
  };
  target.addEventListener('vite:preloadError', outdated);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('vite:preloadError', outdated);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
