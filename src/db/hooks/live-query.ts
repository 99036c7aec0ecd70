/**
 * The one live-query mechanism: every read the UI keeps live goes through here, shared by key. Every component that reads the same key reads one Dexie liveQuery,
 * and a component that mounts once a result is known renders it on its very first render instead of
 * an empty frame. A page reads what its panels need and shows them only once it is all known: the
 * panels then appear together in their final layout and never push content down as they load.
 *
 * A key must name the query completely, as a dependency list would. Results are
 * kept per database and dropped a few seconds after the last reader unmounts; while anyone reads a
 * key its result stays live, so a remembered result is never stale. A querier never resolves to
 * undefined (use null): undefined means "not known yet".
 */
import { liveQuery, type Subscription } from 'dexie';
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { db, type RefundDatabase } from '../database';

/** How long a result stays known after its last reader left (a quick way back shows it at once). */
export const KEEP_MS = 3000;

interface Entry {
  querier: () => Promise<unknown>;
  value: unknown;
  error: unknown;
  readers: Set<() => void>;
  subscription?: Subscription;
  drop?: ReturnType<typeof setTimeout>;
}

const byDatabase = new WeakMap<RefundDatabase, Map<string, Entry>>();

function entriesOf(database: RefundDatabase): Map<string, Entry> {
  let entries = byDatabase.get(database);
  if (!entries) byDatabase.set(database, (entries = new Map()));
  return entries;
}

function entryOf(entries: Map<string, Entry>, key: string, querier: () => Promise<unknown>): Entry {
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = { querier, value: undefined, error: undefined, readers: new Set() }));
  return entry;
}

function notify(entry: Entry) {
  for (const reader of [...entry.readers]) reader();
}

function read(entries: Map<string, Entry>, key: string, entry: Entry, reader: () => void): () => void {
  if (!entries.has(key)) entries.set(key, entry);
  entry.readers.add(reader);
  clearTimeout(entry.drop);
  entry.subscription ??= liveQuery(entry.querier).subscribe({
    next: (value) => {
      entry.value = value;
      entry.error = undefined;
      notify(entry);
    },
    error: (error: unknown) => {
      entry.error = error;
      notify(entry);
    },
  });
  return () => {
    entry.readers.delete(reader);
    if (entry.readers.size > 0) return;
    entry.drop = setTimeout(() => {
      entry.subscription?.unsubscribe();
      entry.subscription = undefined;
      entry.value = undefined;
      entry.error = undefined;
      if (entries.get(key) === entry) entries.delete(key);
    }, KEEP_MS);
  };
}

export interface LiveReadOptions {
  /**
   * While a new key's first result is unknown, go on returning the previous key's result (a list
   * window that moves, a search being typed) instead of undefined.
   */
  keepPrevious?: boolean;
}

/** The live result of `querier` under `key`: undefined until first known, then every change. */
export function useSharedLiveQuery<T>(key: string, querier: () => Promise<T>, options: LiveReadOptions = {}): T | undefined {
  const entries = entriesOf(db);
  const entry = entryOf(entries, key, querier);
  const subscribe = useCallback((reader: () => void) => read(entries, key, entry, reader), [entries, key, entry]);
  const value = useSyncExternalStore(subscribe, () => entry.value) as T | undefined;
  const previous = useRef<T | undefined>(undefined);
  // A failed query throws to the nearest error boundary.
  if (entry.error !== undefined) throw entry.error;
  if (value !== undefined) previous.current = value;
  return value === undefined && options.keepPrevious ? previous.current : value;
}

const serials = new WeakMap<object, number>();
let nextSerial = 1;

/**
 * A key part naming one object by identity, for reads whose answer carries the request object
 * itself (list windows), so two equal requests made apart stay two reads.
 */
export function identityKey(request: object): string {
  let serial = serials.get(request);
  if (serial === undefined) serials.set(request, (serial = nextSerial++));
  return `#${serial}`;
}
