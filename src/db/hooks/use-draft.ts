/**
 * Form state that survives a reload, a killed tab or a dead battery: every change is written to the
 * drafts table on a short debounce and flushed at once when the page is hidden or unloaded.
 * Reopening the form restores the draft and says when it was written; discarding is explicit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { discardDraft, readDraft, saveDraft } from '../repositories/drafts-repo';

export const DRAFT_DEBOUNCE_MS = 400;

export interface DraftState<T> {
  value: T;
  setValue: (update: T | ((prev: T) => T)) => void;
  /** False until the stored draft (if any) was read. */
  ready: boolean;
  /** When the restored draft was last written; undefined when the form started fresh. */
  restoredAt?: number;
  /** True once the person changed something since the form opened or was reset. */
  dirty: boolean;
  /** Throw the draft away and go back to the initial values. */
  discard: () => Promise<void>;
  /** Remove the stored draft after a successful save. */
  clear: () => Promise<void>;
}

export function useDraft<T>(key: string, initial: () => T, mergeRestored?: (draft: T) => T): DraftState<T> {
  const [value, setValueState] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restoredAt, setRestoredAt] = useState<number>();
  const [dirty, setDirty] = useState(false);
  const latest = useRef<{ value: T; dirty: boolean }>({ value, dirty: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const initialRef = useRef(initial);
  const mergeRef = useRef(mergeRestored);

  useEffect(() => {
    let cancelled = false;
    setReady(false);
    void readDraft<T>(key)
      .then((d) => {
        if (cancelled || !d) return;
        const restored = mergeRef.current ? mergeRef.current(d.value) : d.value;
        latest.current = { value: restored, dirty: true };
        setValueState(restored);
        setRestoredAt(d.updatedAt);
        setDirty(true);
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setReady(true);
      });
    return () => {
      cancelled = true;
    };
  }, [key]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current.dirty) void saveDraft(key, latest.current.value).catch(() => undefined);
  }, [key]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const setValue = useCallback(
    (update: T | ((prev: T) => T)) => {
      const next = typeof update === 'function' ? (update as (p: T) => T)(latest.current.value) : update;
      latest.current = { value: next, dirty: true };
      setValueState(next);
      setDirty(true);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    },
    [flush],
  );

  const reset = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    latest.current = { value: latest.current.value, dirty: false };
    setDirty(false);
    await discardDraft(key);
  }, [key]);

  const discard = useCallback(async () => {
    await reset();
    const fresh = initialRef.current();
    latest.current = { value: fresh, dirty: false };
    setValueState(fresh);
    setRestoredAt(undefined);
  }, [reset]);

  return { value, setValue, ready, restoredAt, dirty, discard, clear: reset };
}
