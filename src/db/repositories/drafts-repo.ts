/**
 * Drafts: one per form per tab, so nothing typed is lost to a reload or a killed tab, and two tabs on
 * one form never overwrite each other. A save removes its form's draft in its own transaction (see
 * `removeDraft`), so a saved record is never offered again as a draft.
 */
import type { Draft } from '../../domain/types';
import { assertWritable, db } from '../database';

export function draftKey(form: string, owner: string): string {
  return `${form}|${owner}`;
}

export async function saveDraft(form: string, owner: string, value: unknown, now = Date.now()): Promise<void> {
  assertWritable();
  await db.drafts.put({ key: draftKey(form, owner), form, owner, value, updatedAt: now });
}

export async function readDraft<T>(key: string): Promise<{ value: T; updatedAt: number } | undefined> {
  const d = await db.drafts.get(key);
  return d ? { value: d.value as T, updatedAt: d.updatedAt } : undefined;
}

/** Every draft of a form, whichever tab wrote it (older drafts keyed by the form alone included). */
export async function listDrafts(form: string): Promise<Draft[]> {
  const found = await db.drafts.where('key').startsWith(form).toArray();
  return found.filter((d) => d.key === form || d.form === form);
}

/**
 * Take over a draft left by a tab that is gone: it becomes this tab's draft in one transaction, so
 * two tabs can never both take it. `keepOriginal` copies instead (when no tab can be proven gone).
 * Undefined when the draft was taken or discarded meanwhile.
 */
export async function adoptDraft(fromKey: string, form: string, owner: string, keepOriginal: boolean, now = Date.now()): Promise<Draft | undefined> {
  assertWritable();
  return db.transaction('rw', db.drafts, async () => {
    const found = await db.drafts.get(fromKey);
    if (!found) return undefined;
    const mine: Draft = { key: draftKey(form, owner), form, owner, value: found.value, updatedAt: now };
    if (!keepOriginal) await db.drafts.delete(fromKey);
    await db.drafts.put(mine);
    return found;
  });
}

export async function discardDraft(key: string): Promise<void> {
  assertWritable();
  await db.drafts.delete(key);
}

/** Remove a saved form's draft; call inside the save's rw transaction (caseTables() includes drafts). */
export async function removeDraft(key: string | undefined): Promise<void> {
  if (key) await db.drafts.delete(key);
}
