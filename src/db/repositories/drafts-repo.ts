/** Drafts: one per form, so nothing typed is lost to a reload or a killed tab. */
import { assertWritable, db } from '../database';

export async function saveDraft(key: string, value: unknown, now = Date.now()): Promise<void> {
  assertWritable();
  await db.drafts.put({ key, value, updatedAt: now });
}

export async function readDraft<T>(key: string): Promise<{ value: T; updatedAt: number } | undefined> {
  const d = await db.drafts.get(key);
  return d ? { value: d.value as T, updatedAt: d.updatedAt } : undefined;
}

export async function discardDraft(key: string): Promise<void> {
  assertWritable();
  await db.drafts.delete(key);
}
