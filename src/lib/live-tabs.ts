/**
 * Which tabs of the app are alive. Each tab holds a Web Lock named after its own id for as long as it
 * lives; the browser releases it when the tab closes, reloads or its process dies, so a lock held means
 * a tab still open. The id is kept in sessionStorage, so a reload keeps it (its drafts come back by
 * themselves); a duplicated tab copies sessionStorage, finds the lock taken and picks a new id.
 * Without Web Locks (older browsers, jsdom) no tab can be proven gone: `liveTabs` answers undefined
 * and callers treat every other tab as possibly alive.
 */
import { newId } from './ids';

const PREFIX = 'refund-tracker-tab:';
const STORAGE_KEY = 'refund-tracker-tab';

/** The part of the Web Locks API used here, so tests can hand in a fake. */
export interface TabLocks {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

function browserLocks(): TabLocks | undefined {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as { locks?: TabLocks });
  return nav?.locks;
}

function storedId(): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeId(id: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Storage refused (private mode): the id lives as long as the page.
  }
}

export interface TabIdentity {
  /** This tab's id, stable across reloads of the tab. */
  id: string;
  /** Resolves once this tab holds its lock (at once without Web Locks). */
  ready: Promise<void>;
  /** Ids of the tabs holding a lock now (this one included); undefined when the browser cannot tell. */
  liveTabs: () => Promise<Set<string> | undefined>;
}

/** Hold this tab's lock; a taken lock (a duplicated tab) means picking another id. */
export function claimTab(locks: TabLocks | undefined = browserLocks(), preferred = storedId()): TabIdentity {
  let id = preferred ?? newId();
  const liveTabs = async () => {
    if (!locks) return undefined;
    try {
      const { held = [] } = await locks.query();
      return new Set(held.flatMap((l) => (l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : [])));
    } catch {
      return undefined;
    }
  };
  if (!locks) {
    storeId(id);
    return { id, ready: Promise.resolve(), liveTabs };
  }
  const identity: TabIdentity = { id, ready: Promise.resolve(), liveTabs };
  const hold = (name: string) =>
    new Promise<boolean>((resolve) => {
      void locks
        .request(PREFIX + name, { ifAvailable: true }, (lock) => {
          resolve(lock !== null);
          // Held until the tab goes away.
          return lock === null ? Promise.resolve() : new Promise(() => undefined);
        })
        .catch(() => resolve(false));
    });
  identity.ready = hold(id).then(async (got) => {
    if (got) return;
    id = newId();
    identity.id = id;
    await hold(id);
  }).finally(() => storeId(identity.id));
  return identity;
}

let current: TabIdentity | undefined;

/** This tab's identity, claimed on first use. */
export function thisTab(): TabIdentity {
  current ??= claimTab();
  return current;
}

/** For tests: forget this tab's identity (the next call claims a new one). */
export function resetTabForTests(next?: TabIdentity): void {
  current = next;
}
