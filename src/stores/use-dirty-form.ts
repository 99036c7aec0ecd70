/**
 * A form with unsaved input calls `useDirtyForm(true)`: the shell then holds back an app update and
 * the browser asks before the page is closed or reloaded (unless the form keeps a draft). Passing false (or unmounting) releases it.
 */
import { useEffect } from 'react';
import { useUiStore } from './ui-store';

export function useDirtyForm(dirty: boolean, { warnOnUnload = true }: { warnOnUnload?: boolean } = {}): void {
  const markDirty = useUiStore((s) => s.markDirty);
  useEffect(() => {
    if (!dirty) return;
    markDirty(true);
    // A form whose input is kept as a draft loses nothing on unload, so it does not nag.
    if (!warnOnUnload) return () => markDirty(false);
    // One listener per form: a shared function would be registered once and removed by the first form to finish.
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', warnBeforeUnload);
      markDirty(false);
    };
  }, [dirty, markDirty, warnOnUnload]);
}
