import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../src/db/repositories/case-repo';
import { readMeta } from '../../src/db/repositories/meta-repo';
import {
  PERSIST_ASKED_KEY,
  askPersistenceAfterFirstSave,
  requestPersistenceOnce,
  storageStatus,
  type PersistAsked,
} from '../../src/pwa/persistence';
import { freshDatabase } from '../helpers/db';
import { caseInput } from '../helpers/fixtures';
import { installStorageManager, removeStorageManager } from './fake-storage-manager';

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('condition never became true');
}

describe('storage persistence', () => {
  let stop: (() => void) | undefined;
  beforeEach(async () => {
    await freshDatabase();
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    removeStorageManager();
  });

  it('asks once, after the first saved case, and remembers the answer', async () => {
    const storage = installStorageManager({ grant: true });
    stop = askPersistenceAfterFirstSave();
    expect(storage.persist).not.toHaveBeenCalled();

    await createCase(caseInput(), { now: 1_000 });
    await until(async () => (await readMeta(PERSIST_ASKED_KEY)) !== undefined);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await readMeta<PersistAsked>(PERSIST_ASKED_KEY)).toMatchObject({ granted: true });

    await createCase(caseInput({ company: 'LinkedIn' }));
    await createCase(caseInput({ company: 'Spotify' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('records a refusal and does not ask again on the next start', async () => {
    const storage = installStorageManager({ grant: false });
    await requestPersistenceOnce(5_000);
    expect(await readMeta<PersistAsked>(PERSIST_ASKED_KEY)).toEqual({ at: 5_000, granted: false });
    await requestPersistenceOnce(6_000);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when storage is already persistent', async () => {
    const storage = installStorageManager({ persisted: true });
    await requestPersistenceOnce(7_000);
    expect(storage.persist).not.toHaveBeenCalled();
    expect(await readMeta<PersistAsked>(PERSIST_ASKED_KEY)).toEqual({ at: 7_000, granted: true });
  });

  it('reports usage, quota and state, or that the browser cannot say', async () => {
    installStorageManager({ persisted: false, usage: 2_500_000, quota: 1_000_000_000 });
    expect(await storageStatus()).toEqual({ supported: true, persisted: false, usage: 2_500_000, quota: 1_000_000_000 });
    removeStorageManager();
    expect(await storageStatus()).toEqual({ supported: false, persisted: false, usage: null, quota: null });
    await requestPersistenceOnce();
    expect(await readMeta(PERSIST_ASKED_KEY)).toBeUndefined();
  });
});
