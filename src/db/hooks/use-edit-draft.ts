/**
 * A form that edits a record: its input kept as a draft (use-draft.ts) together with the version the
 * edit started from, and the save that goes with it. The save writes what is pending to the draft,
 * then runs the repository write with the draft's key (removed in the write's own transaction) and the
 * base revision (checked in that transaction). A save refused as stale merges with the stored version
 * field by field (domain/merge.ts) and keeps the conflicts for the person; any failure leaves the
 * input on screen and in the draft.
 */
import { useCallback } from 'react';
import { choose, rebase, undecided, type Edit } from '../../domain/merge';
import { StaleWriteError } from '../errors';
import { useDraft, type DraftState } from './use-draft';

export interface SaveContext {
  draftKey: string | undefined;
  /** The revision the edit started from; undefined for a new record. */
  expectedRev: string | undefined;
}

export interface EditDraft<V> {
  draft: DraftState<Edit<V>>;
  values: V;
  set: (patch: Partial<V>) => void;
  /** Pick one version of a field both sides changed. */
  choose: (field: string, side: 'mine' | 'theirs') => void;
  /** True while a field both sides changed waits for a choice. */
  undecided: boolean;
  /** Run a save; on a stale save, merge with `theirs(current)` (the stored record) and throw again. */
  save: <R>(write: (ctx: SaveContext) => Promise<R>) => Promise<R>;
}

/** Older drafts stored the values alone. */
function asEdit<V>(stored: Edit<V> | V): Edit<V> {
  return stored && typeof stored === 'object' && 'values' in stored ? (stored as Edit<V>) : { values: stored as V };
}

export function useEditDraft<V extends object, S>(
  form: string,
  initial: () => Edit<V>,
  theirs: (stored: S) => { values: V; rev: string },
  normalise?: (values: V) => V,
): EditDraft<V> {
  const draft = useDraft<Edit<V>>(form, initial, (stored) => {
    const edit = asEdit(stored);
    return normalise ? { ...edit, values: normalise(edit.values) } : edit;
  });
  const { setValue, hold, resume, saved } = draft;
  const set = useCallback((patch: Partial<V>) => setValue((prev) => ({ ...prev, values: { ...prev.values, ...patch } })), [setValue]);
  const pick = useCallback((field: string, side: 'mine' | 'theirs') => setValue((prev) => choose(prev, field, side)), [setValue]);

  const save = useCallback(
    async <R,>(write: (ctx: SaveContext) => Promise<R>): Promise<R> => {
      const draftKey = await hold();
      try {
        const result = await write({ draftKey, expectedRev: draft.value.base?.rev });
        saved();
        return result;
      } catch (error) {
        resume();
        if (error instanceof StaleWriteError) {
          const stored = theirs(error.current as S);
          setValue((prev) => rebase(prev, stored.values, stored.rev));
        }
        throw error;
      }
    },
    [draft.value.base?.rev, hold, resume, saved, setValue, theirs],
  );

  return { draft, values: draft.value.values, set, choose: pick, undecided: undecided(draft.value), save };
}
