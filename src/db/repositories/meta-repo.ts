/** Small facts about the store itself: last backup, whether persistence was asked for. */
import { assertWritable, db } from '../database';

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(key: string, value: unknown, now = Date.now()): Promise<void> {
  assertWritable();
  await db.meta.put({ key, value, updatedAt: now });
}
