/**
 * Which tabs of the app are alive. Each tab holds a Web Lock named after its own id for as long as it
 * lives; the browser releases it when the tab closes, reloads or its process dies, so a lock held means
 * a tab still open. The id is kept in sessionStorage, so a reload keeps it (its drafts come back by
 * themselves). On a reload the page before may not have let go of the lock yet when the new one asks
 * (the browser releases it as the old document goes away, and a page leaving lets it go on
 * `pagehide`), so a taken lock is waited for, up to RELOAD_WAIT_MS; a duplicated tab copies
 * sessionStorage too, but its original keeps the lock, so after the wait it picks a new id.
 * Without Web Locks (older browsers, test pages) no tab can be proven gone: `liveTabs` answers undefined
 * and callers treat every other tab as possibly alive.
 */
import { newId } from './ids';

const PREFIX = 'refund-tracker-tab:';
const STORAGE_KEY = 'refund-tracker-tab';
/** How long a reloaded page waits for the lock of the page it replaces before taking a new id. */
export const RELOAD_WAIT_MS = 3000;

/** The part of the Web Locks API used here, so tests can hand in a fake. */
export interface TabLocks {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => Promise<unknown>): Promise<unknown>;
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

/** Where the page's life events come from; tests hand in their own. */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'pageshow', listener: (event: { persisted?: boolean }) => void): void;
}

function browserPage(): PageEvents | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as PageEvents);
}

/** Hold this tab's lock; a lock still taken after the wait (a duplicated tab) means picking another id. */
export function claimTab(
  locks: TabLocks | undefined = browserLocks(),
  preferred = storedId(),
  { waitMs = RELOAD_WAIT_MS, page = browserPage() }: { waitMs?: number; page?: PageEvents } = {},
): TabIdentity {
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
  let letGo: (() => void) | undefined;
  /** Resolves true once the lock is held (kept until letGo or the tab goes), false if it was not had. */
  const hold = (name: string, wait: number) =>
    new Promise<boolean>((resolve) => {
      const keep = (lock: unknown) => {
        resolve(lock !== null);
        if (lock === null) return Promise.resolve();
        return new Promise<void>((release) => (letGo = release));
      };
      const signal = wait > 0 && typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(wait) : undefined;
      const options = signal ? { signal } : { ifAvailable: true };
      void locks.request(PREFIX + name, options, keep).catch(() => resolve(false));
    });
  identity.ready = hold(id, preferred === undefined ? 0 : waitMs)
    .then(async (got) => {
      if (got) return;
      id = newId();
      identity.id = id;
      await hold(id, 0);
    })
    .finally(() => storeId(identity.id));
  page?.addEventListener('pagehide', (event) => {
    // Leaving for good: let the next page of this tab have the lock at once. A page kept in the
    // back-forward cache keeps it, since it may come back.
    if (event.persisted) return;
    letGo?.();
    letGo = undefined;
  });
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
