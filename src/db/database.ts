/**
 * The one Dexie database. Opening compares the native version on disk with the code's: a database
 * written by a newer version of the app opens read-only (Dexie 4 would otherwise adapt silently and
 * let this older code write records it does not understand).
 */
import Dexie, { type Table } from 'dexie';
import type {
  CallTimer,
  CaseRecord,
  Charge,
  CompanyRecord,
  DeadlineOverride,
  Draft,
  Evidence,
  FollowUpMark,
  Interaction,
  MetaRecord,
  PlaybookStepMark,
  Settings,
  StatusChange,
} from '../domain/types';
import { DB_NAME } from './schema/names';
import { NATIVE_VERSION, SCHEMA_V1 } from './schema/versions';

export class RefundDatabase extends Dexie {
  cases!: Table<CaseRecord, string>;
  statusChanges!: Table<StatusChange, string>;
  charges!: Table<Charge, string>;
  interactions!: Table<Interaction, string>;
  evidence!: Table<Evidence, string>;
  followUps!: Table<FollowUpMark, string>;
  playbookSteps!: Table<PlaybookStepMark, string>;
  deadlineOverrides!: Table<DeadlineOverride, string>;
  companies!: Table<CompanyRecord, string>;
  settings!: Table<Settings, string>;
  drafts!: Table<Draft, string>;
  timers!: Table<CallTimer, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
  }
}

export type DbState =
  | { kind: 'ok' }
  | { kind: 'read-only-newer'; diskVersion: number }
  | { kind: 'upgraded-elsewhere' }
  | { kind: 'failed'; error: unknown };

type Listener = (state: DbState) => void;
const listeners = new Set<Listener>();
let state: DbState = { kind: 'ok' };

export function dbState(): DbState {
  return state;
}

export function onDbState(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setState(next: DbState): void {
  state = next;
  for (const l of listeners) l(next);
}

/** The native version on disk, or 0 when there is no database yet. */
export function diskVersion(name: string): Promise<number> {
  return new Promise((resolve) => {
    const req = indexedDB.open(name);
    // No database yet: abort its creation (the open then fails) and report version 0.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const v = req.result.version;
      req.result.close();
      resolve(v);
    };
    req.onerror = () => resolve(0);
  });
}

export let db = new RefundDatabase();

function watch(database: RefundDatabase): void {
  database.on('versionchange', () => {
    database.close();
    setState({ kind: 'upgraded-elsewhere' });
    return false;
  });
}

/** Open the database, first checking it is not newer than this code. */
export async function openDatabase(database: RefundDatabase = db): Promise<DbState> {
  const onDisk = await diskVersion(database.name);
  if (onDisk > NATIVE_VERSION) {
    setState({ kind: 'read-only-newer', diskVersion: onDisk });
  }
  try {
    watch(database);
    await database.open();
  } catch (error) {
    setState({ kind: 'failed', error });
  }
  return state;
}

/** Writes are refused while the database is newer than the code or was upgraded by another tab. */
export function assertWritable(): void {
  if (state.kind === 'read-only-newer') throw new ReadOnlyDatabaseError();
  if (state.kind === 'upgraded-elsewhere') throw new DatabaseClosedError();
}

export class ReadOnlyDatabaseError extends Error {
  override name = 'ReadOnlyDatabaseError';
  constructor() {
    super('The database was written by a newer version of the app and is read-only here.');
  }
}
export class DatabaseClosedError extends Error {
  override name = 'DatabaseClosedError';
  constructor() {
    super('The database was upgraded by another tab and closed here.');
  }
}

/** For tests: a fresh database under another name, with state reset. */
export function switchDatabaseForTests(name: string): RefundDatabase {
  db = new RefundDatabase(name);
  state = { kind: 'ok' };
  return db;
}
