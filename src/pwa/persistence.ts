/**
 * Persistent storage. Browsers may evict a site's IndexedDB under storage pressure unless the site
 * holds the "persistent" permission, so the app asks once, right after the first record is saved
 * (asking on first load, before the person has anything to lose, is refused more often), and
 * remembers in the meta table that it asked. Settings shows the state and can ask again.
 */
import { readMeta, writeMeta } from '../db/repositories/meta-repo';
import { onRecordSaved } from '../db/saved';

export const PERSIST_ASKED_KEY = 'storage.persistAsked';

export interface PersistAsked {
  at: number;
  granted: boolean;
}

export interface StorageStatus {
  /** False when the browser has no StorageManager (then nothing else is known). */
  supported: boolean;
  persisted: boolean;
  /** Bytes used and available to this origin, when the browser says. */
  usage: number | null;
  quota: number | null;
}

function manager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persisted === 'function'
    ? navigator.storage
    : undefined;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = manager();
  if (!storage) return { supported: false, persisted: false, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => false),
    typeof storage.estimate === 'function' ? storage.estimate().catch(() => ({}) as StorageEstimate) : Promise.resolve({} as StorageEstimate),
  ]);
  return { supported: true, persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}

/** Ask the browser to keep this app's data; records the answer. Resolves to whether it is persistent. */
export async function requestPersistence(now = Date.now()): Promise<boolean> {
  const storage = manager();
  if (!storage || typeof storage.persist !== 'function') return false;
  const granted = await storage.persist().catch(() => false);
  await writeMeta(PERSIST_ASKED_KEY, { at: now, granted } satisfies PersistAsked, now).catch(() => undefined);
  return granted;
}

/** Ask once per database: does nothing if it was asked before or storage is already persistent. */
export async function requestPersistenceOnce(now = Date.now()): Promise<void> {
  const storage = manager();
  if (!storage) return;
  if (await readMeta<PersistAsked>(PERSIST_ASKED_KEY)) return;
  if (await storage.persisted().catch(() => false)) {
    await writeMeta(PERSIST_ASKED_KEY, { at: now, granted: true } satisfies PersistAsked, now).catch(() => undefined);
    return;
  }
  await requestPersistence(now);
}

/** Wire the one-time request to the first saved record. Returns the unsubscribe function. */
export function askPersistenceAfterFirstSave(): () => void {
  let done = false;
  let running: Promise<void> | null = null;
  return onRecordSaved(() => {
    if (done || running) return;
    running = requestPersistenceOnce()
      .then(() => {
        done = true;
      })
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
  });
}
