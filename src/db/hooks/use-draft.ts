/**
 * Form state that survives a reload, a killed browser or a dead battery. Everything typed is written
 * to this tab's draft of the form at most DRAFT_DELAY_MS after the first unwritten change, however
 * long the typing goes on (the delay is never restarted), one write at a time (a write waits for the
 * one in flight and takes the latest input), and at once when the page is hidden or left, when the
 * form closes and before a save. A failed write is reported at once and retried on the next change;
 * the input stays in memory and on screen either way.
 *
 * Each tab keeps its own draft (lib/live-tabs.ts): after a reload the tab's own draft comes back by
 * itself; drafts of the same form left by tabs that are gone are offered, never taken silently, and a
 * draft of a tab still open is never taken over.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { thisTab } from '../../lib/live-tabs';
import { adoptDraft, discardDraft, draftKey, listDrafts, readDraft, saveDraft } from '../repositories/drafts-repo';

export const DRAFT_DELAY_MS = 300;

/** A draft of this form left by a tab that is gone (or that this browser cannot tell is alive). */
export interface OtherDraft<T> {
  key: string;
  value: T;
  updatedAt: number;
  /** True when no tab can be proven gone: taking it copies it and leaves the original. */
  maybeLive: boolean;
}

export interface DraftState<T> {
  value: T;
  setValue: (update: T | ((prev: T) => T)) => void;
  /** False until the stored draft (if any) was read. */
  ready: boolean;
  /** When the restored draft was last written; undefined when the form started fresh. */
  restoredAt?: number;
  /** True once the person changed something since the form opened or was reset. */
  dirty: boolean;
  /** The last draft write failure; undefined once a write succeeds. */
  writeError: unknown;
  /** Drafts of this form left by other tabs, offered to the person. */
  others: OtherDraft<T>[];
  /** Take another tab's draft into this form. */
  adopt: (key: string) => Promise<void>;
  /** Throw away another tab's draft. */
  dismiss: (key: string) => Promise<void>;
  /** Write now; resolves true once everything typed is in the draft. */
  flush: () => Promise<boolean>;
  /**
   * Before a save: write what is pending, then stop writing (the save removes the draft in its own
   * transaction) and return the draft's key. Call `resume` if the save failed, `saved` if it worked.
   */
  hold: () => Promise<string | undefined>;
  resume: () => void;
  saved: () => void;
  /** Throw the draft away and go back to the initial values. */
  discard: () => Promise<void>;
}

interface Writer<T> {
  latest: T;
  unwritten: boolean;
  firstUnwrittenAt: number;
  held: boolean;
  lastOk: boolean;
  chain: Promise<boolean>;
  timer?: ReturnType<typeof setTimeout>;
  key?: string;
}

export function useDraft<T>(form: string, initial: () => T, normalise?: (stored: T) => T): DraftState<T> {
  const [value, setValueState] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restoredAt, setRestoredAt] = useState<number>();
  const [dirty, setDirty] = useState(false);
  const [writeError, setWriteError] = useState<unknown>();
  const [others, setOthers] = useState<OtherDraft<T>[]>([]);
  const w = useRef<Writer<T>>({ latest: value, unwritten: false, firstUnwrittenAt: 0, held: false, lastOk: true, chain: Promise.resolve(true) });
  const initialRef = useRef(initial);
  const normaliseRef = useRef(normalise);
  const alive = useRef(true);

  const writeNow = useCallback((): Promise<boolean> => {
    const s = w.current;
    if (s.timer) clearTimeout(s.timer);
    s.timer = undefined;
    s.chain = s.chain.then(async () => {
      if (!s.unwritten || s.held || !s.key) return s.lastOk;
      const [formName, owner] = [form, s.key.slice(form.length + 1)];
      const v = s.latest;
      s.unwritten = false;
      try {
        await saveDraft(formName, owner, v);
        s.lastOk = true;
        if (alive.current) setWriteError(undefined);
      } catch (error) {
        s.unwritten = true;
        s.firstUnwrittenAt = Date.now();
        s.lastOk = false;
        if (alive.current) setWriteError(error);
      }
      return s.lastOk && !s.unwritten;
    });
    return s.chain;
  }, [form]);

  const schedule = useCallback(() => {
    const s = w.current;
    if (s.timer || s.held) return;
    const wait = Math.max(0, Math.min(DRAFT_DELAY_MS, s.firstUnwrittenAt + DRAFT_DELAY_MS - Date.now()));
    s.timer = setTimeout(() => {
      s.timer = undefined;
      void writeNow().then(() => {
        if (s.unwritten && s.lastOk) schedule();
      });
    }, wait);
  }, [writeNow]);

  useEffect(() => {
    let cancelled = false;
    alive.current = true;
    setReady(false);
    const tab = thisTab();
    void (async () => {
      await tab.ready;
      const key = draftKey(form, tab.id);
      w.current.key = key;
      const [own, all, live] = await Promise.all([readDraft<T>(key), listDrafts(form), tab.liveTabs()]);
      if (cancelled) return;
      const restore = (v: T) => (normaliseRef.current ? normaliseRef.current(v) : v);
      if (own) {
        const restored = restore(own.value);
        w.current.latest = restored;
        setValueState(restored);
        setRestoredAt(own.updatedAt);
        setDirty(true);
      }
      setOthers(
        all
          .filter((d) => d.key !== key && (live === undefined || !d.owner || !live.has(d.owner)))
          .map((d) => ({ key: d.key, value: restore(d.value as T), updatedAt: d.updatedAt, maybeLive: live === undefined && !!d.owner }))
          .sort((a, b) => b.updatedAt - a.updatedAt),
      );
    })()
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setReady(true);
      });
    return () => {
      cancelled = true;
    };
  }, [form]);

  useEffect(() => {
    alive.current = true;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void writeNow();
    };
    const onLeave = () => void writeNow();
    window.addEventListener('pagehide', onLeave);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      document.removeEventListener('visibilitychange', onHide);
      alive.current = false;
      // Leaving the form (in-app navigation): the write goes on after the form is gone.
      void writeNow();
    };
  }, [writeNow]);

  const setValue = useCallback(
    (update: T | ((prev: T) => T)) => {
      const s = w.current;
      const next = typeof update === 'function' ? (update as (p: T) => T)(s.latest) : update;
      s.latest = next;
      if (!s.unwritten) s.firstUnwrittenAt = Date.now();
      s.unwritten = true;
      setValueState(next);
      setDirty(true);
      schedule();
    },
    [schedule],
  );

  const hold = useCallback(async () => {
    await writeNow();
    w.current.held = true;
    await w.current.chain;
    return w.current.key;
  }, [writeNow]);

  const resume = useCallback(() => {
    w.current.held = false;
    if (w.current.unwritten) schedule();
  }, [schedule]);

  const saved = useCallback(() => {
    const s = w.current;
    if (s.timer) clearTimeout(s.timer);
    s.timer = undefined;
    s.unwritten = false;
    s.held = false;
    setDirty(false);
    setRestoredAt(undefined);
  }, []);

  const discard = useCallback(async () => {
    const s = w.current;
    s.held = true;
    if (s.timer) clearTimeout(s.timer);
    s.timer = undefined;
    await s.chain;
    s.unwritten = false;
    if (s.key) await discardDraft(s.key);
    s.held = false;
    const fresh = initialRef.current();
    s.latest = fresh;
    setValueState(fresh);
    setDirty(false);
    setRestoredAt(undefined);
    setWriteError(undefined);
  }, []);

  const adopt = useCallback(
    async (key: string) => {
      const s = w.current;
      const offered = others.find((o) => o.key === key);
      if (!offered || !s.key) return;
      await hold();
      try {
        const owner = s.key.slice(form.length + 1);
        const taken = await adoptDraft(key, form, owner, offered.maybeLive);
        setOthers((prev) => prev.filter((o) => o.key !== key));
        if (!taken) return;
        const restored = normaliseRef.current ? normaliseRef.current(taken.value as T) : (taken.value as T);
        s.latest = restored;
        s.unwritten = false;
        setValueState(restored);
        setRestoredAt(taken.updatedAt);
        setDirty(true);
      } finally {
        resume();
      }
    },
    [form, hold, others, resume],
  );

  const dismiss = useCallback(async (key: string) => {
    await discardDraft(key);
    setOthers((prev) => prev.filter((o) => o.key !== key));
  }, []);

  return { value, setValue, ready, restoredAt, dirty, writeError, others, adopt, dismiss, flush: writeNow, hold, resume, saved, discard };
}
