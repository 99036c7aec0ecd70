import { describe, expect, it } from 'vitest';
import { ReadOnlyDatabaseError, RefundDatabase, openDatabase, switchDatabaseForTests } from '../../../src/db/database';
import { NATIVE_VERSION, SCHEMA_V1 } from '../../../src/db/schema/versions';
import { searchCases } from '../../../src/db/queries/search';
import { RAW_V1_RECORDS, RAW_V1_STORES, RAW_V1_VERSION } from '../../fixtures/db-v1';

function buildRawV1(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, RAW_V1_VERSION);
    req.onupgradeneeded = () => {
      const raw = req.result;
      for (const [store, spec] of Object.entries(RAW_V1_STORES)) {
        const os = raw.createObjectStore(store, { keyPath: spec.keyPath });
        for (const [index, keyPath, multiEntry] of spec.indexes) os.createIndex(index, keyPath, { multiEntry: !!multiEntry });
      }
    };
    req.onsuccess = () => {
      const raw = req.result;
      const tx = raw.transaction(Object.keys(RAW_V1_RECORDS), 'readwrite');
      for (const [store, record] of Object.entries(RAW_V1_RECORDS)) tx.objectStore(store).put(record);
      tx.oncomplete = () => {
        raw.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('schema version 1', () => {
  it('is native version 10 and declares exactly the stores of the frozen fixture', () => {
    expect(NATIVE_VERSION).toBe(RAW_V1_VERSION);
    expect(Object.keys(SCHEMA_V1).sort()).toEqual(Object.keys(RAW_V1_STORES).sort());
  });

  it('opens a version-1 database built with the raw IndexedDB API and finds every record', async () => {
    const name = `raw-v1-${Math.random()}`;
    await buildRawV1(name);
    const database = switchDatabaseForTests(name);
    const state = await openDatabase(database);
    expect(state.kind).toBe('ok');
    expect(database.verno).toBe(1);
    for (const [store, record] of Object.entries(RAW_V1_RECORDS)) {
      const table = database.table(store);
      const key = (record.id ?? record.key) as string;
      expect(await table.get(key), store).toEqual(record);
    }
    // The indexes the code queries exist and answer.
    expect(await database.cases.where('[status+lastActivityAt]').between(['waiting', 0], ['waiting', Infinity]).count()).toBe(1);
    expect(await database.interactions.where('[caseId+occurredAt]').between(['case-1', 0], ['case-1', Infinity]).count()).toBe(1);
    expect(await database.cases.where('nextDueAt').below(Infinity).count()).toBe(1);
    expect(await database.evidence.where('sha256').equals(RAW_V1_RECORDS.evidence!.sha256 as string).count()).toBe(1);
    const hits = await searchCases('revision', 10);
    expect(hits.map((h) => h.case.id)).toEqual(['case-1']);
    expect(hits[0]!.interaction?.id).toBe('in-1');
    database.close();
  });

  it('opens a database from a newer app version read-only, and refuses writes', async () => {
    const name = `newer-${Math.random()}`;
    await new Promise<void>((resolve) => {
      const req = indexedDB.open(name, 30);
      // A later version keeps every version-1 store and index, and adds its own.
      req.onupgradeneeded = () => {
        for (const [store, spec] of Object.entries(RAW_V1_STORES)) {
          const os = req.result.createObjectStore(store, { keyPath: spec.keyPath });
          for (const [index, keyPath, multiEntry] of spec.indexes) os.createIndex(index, keyPath, { multiEntry: !!multiEntry });
        }
        req.result.createObjectStore('futureThings', { keyPath: 'id' });
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    const database = switchDatabaseForTests(name);
    const state = await openDatabase(database);
    expect(state).toEqual({ kind: 'read-only-newer', diskVersion: 30 });
    // Opening it changed nothing on disk.
    expect(database.backendDB().version).toBe(30);
    const { updateSettings } = await import('../../../src/db/repositories/settings-repo');
    await expect(updateSettings({ language: 'fr' })).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
    database.close();
  });

  it('uses strict durability', () => {
    const database = new RefundDatabase(`durability-${Math.random()}`);
    expect((database as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe('strict');
  });
});
