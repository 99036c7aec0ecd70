import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReadOnlyDatabaseError, RefundDatabase, openDatabase, switchDatabaseForTests } from '../../../src/db/database';
import { CODE_VERSION, NATIVE_VERSION, SCHEMA_V1 } from '../../../src/db/schema/versions';
import { searchCases } from '../../../src/db/queries/search';
import { RAW_V1_RECORDS, RAW_V1_STORES, RAW_V1_VERSION, type RawStore } from '../../fixtures/db-v1';

/** Every schema version, oldest first, with the stores its code declares and its hand-written fixture. */
const VERSIONS: { version: number; native: number; declared: Record<string, string>; fixture: Record<string, RawStore> }[] = [
  { version: 1, native: RAW_V1_VERSION, declared: SCHEMA_V1, fixture: RAW_V1_STORES },
];
const LATEST = VERSIONS[VERSIONS.length - 1]!;

interface IndexShape {
  name: string;
  keyPath: string | string[];
  compound: boolean;
  multiEntry: boolean;
  unique: boolean;
}
type SchemaShape = Record<string, { keyPath: string | string[] | null; autoIncrement: boolean; indexes: IndexShape[] }>;

const byName = (a: IndexShape, b: IndexShape) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const copy = <K extends string | string[] | null>(keyPath: K): K => (Array.isArray(keyPath) ? ([...keyPath] as K) : keyPath);

function shapeOfFixture(stores: Record<string, RawStore>): SchemaShape {
  const out: SchemaShape = {};
  for (const [name, spec] of Object.entries(stores)) {
    out[name] = {
      keyPath: spec.keyPath,
      autoIncrement: spec.autoIncrement,
      indexes: spec.indexes.map((i) => ({ name: i.name, keyPath: copy(i.keyPath), compound: Array.isArray(i.keyPath), multiEntry: i.multiEntry, unique: i.unique })).sort(byName),
    };
  }
  return out;
}

/** What IndexedDB itself holds: every store's primary key and every index, as read back from disk. */
function shapeOf(raw: IDBDatabase): SchemaShape {
  const out: SchemaShape = {};
  const names = [...raw.objectStoreNames];
  if (names.length === 0) return out;
  const tx = raw.transaction(names, 'readonly');
  for (const name of names) {
    const os = tx.objectStore(name);
    const indexes = [...os.indexNames].map((indexName) => {
      const index = os.index(indexName);
      return { name: index.name, keyPath: copy(index.keyPath), compound: Array.isArray(index.keyPath), multiEntry: index.multiEntry, unique: index.unique };
    });
    out[name] = { keyPath: copy(os.keyPath), autoIncrement: os.autoIncrement, indexes: indexes.sort(byName) };
  }
  return out;
}

function createStores(raw: IDBDatabase, stores: Record<string, RawStore>): void {
  for (const [store, spec] of Object.entries(stores)) {
    const os = raw.createObjectStore(store, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
    for (const i of spec.indexes) os.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique });
  }
}

function buildRawV1(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, RAW_V1_VERSION);
    req.onupgradeneeded = () => createStores(req.result, RAW_V1_STORES);
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

describe('every schema version', () => {
  it('has a fixture for each version from 1 to the code’s own, whose native version the code writes', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: CODE_VERSION }, (_, i) => i + 1));
    expect(NATIVE_VERSION).toBe(LATEST.native);
  });

  it.each(VERSIONS)('version $version declares exactly the stores and indexes of its fixture', async ({ version, native, fixture }) => {
    // A database made by declaring the versions up to this one, as the code of that release did.
    const database = new Dexie(`declared-v${version}-${Math.random()}`);
    for (const v of VERSIONS.slice(0, version)) database.version(v.version).stores(v.declared);
    await database.open();
    expect(database.backendDB().version).toBe(native);
    expect(shapeOf(database.backendDB())).toEqual(shapeOfFixture(fixture));
    database.close();
  });

  it('gives a new database of the app every store and index of the latest fixture, nothing more', async () => {
    const database = switchDatabaseForTests(`fresh-${Math.random()}`);
    expect((await openDatabase(database)).kind).toBe('ok');
    expect(database.backendDB().version).toBe(LATEST.native);
    expect(shapeOf(database.backendDB())).toEqual(shapeOfFixture(LATEST.fixture));
    database.close();
  });
});

describe('schema version 1', () => {
  it('opens a version-1 database built with the raw IndexedDB API and finds every record', async () => {
    const name = `raw-v1-${Math.random()}`;
    await buildRawV1(name);
    const database = switchDatabaseForTests(name);
    const state = await openDatabase(database);
    expect(state.kind).toBe('ok');
    expect(database.verno).toBe(1);
    // Opening it with the code keeps every store and index it had, with the same options.
    expect(shapeOf(database.backendDB())).toEqual(shapeOfFixture(LATEST.fixture));
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
        createStores(req.result, RAW_V1_STORES);
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
