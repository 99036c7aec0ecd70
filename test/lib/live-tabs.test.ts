// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimTab, type PageEvents, type TabLocks } from '../../src/lib/live-tabs';

/** A page whose pagehide the test fires. */
function fakePage(): PageEvents & { hide: (persisted: boolean) => void } {
  const listeners: ((event: { persisted?: boolean }) => void)[] = [];
  return {
    addEventListener: (type, listener) => {
      if (type === 'pagehide') listeners.push(listener);
    },
    hide: (persisted) => listeners.forEach((l) => l({ persisted })),
  };
}

/** Web Locks as one browser profile has them: a lock is held until its callback's promise settles. */
function fakeLocks(): TabLocks & { release: (name: string) => void } {
  const held = new Map<string, () => void>();
  return {
    async request(name, options, callback) {
      if (held.has(name) && options.ifAvailable) return callback(null);
      while (held.has(name)) {
        // Wait for the holder to let go, or for the signal to give up.
        if (options.signal?.aborted) throw options.signal.reason;
        await new Promise((r) => setTimeout(r, 5));
      }
      let release = () => undefined as void;
      const done = new Promise<void>((r) => (release = r));
      held.set(name, release);
      void Promise.race([callback({ name }), done]).finally(() => held.delete(name));
      return undefined;
    },
    async query() {
      return { held: [...held.keys()].map((name) => ({ name })) };
    },
    release: (name) => held.get(name)?.(),
  };
}

describe('live tabs', () => {
  it('holds a lock per tab, so each tab sees which others are alive', async () => {
    const locks = fakeLocks();
    const a = claimTab(locks, 'tab-a');
    const b = claimTab(locks, 'tab-b');
    await Promise.all([a.ready, b.ready]);
    expect(await a.liveTabs()).toEqual(new Set(['tab-a', 'tab-b']));
    locks.release('refund-tracker-tab:tab-b');
    await new Promise((r) => setTimeout(r, 0));
    expect(await a.liveTabs()).toEqual(new Set(['tab-a']));
  });

  it('gives a duplicated tab (same stored id, lock taken) an id of its own', async () => {
    const locks = fakeLocks();
    const first = claimTab(locks, 'same');
    await first.ready;
    const copy = claimTab(locks, 'same', { waitMs: 50 });
    await copy.ready;
    expect(copy.id).not.toBe('same');
    expect(await copy.liveTabs()).toEqual(new Set(['same', copy.id]));
  });

  it('without Web Locks, cannot tell which tabs are alive and says so', async () => {
    const tab = claimTab(undefined, 'alone');
    await tab.ready;
    expect(tab.id).toBe('alone');
    expect(await tab.liveTabs()).toBeUndefined();
  });

  it('keeps its id across a reload, even when the page before lets go of the lock only after the new one asks', async () => {
    const locks = fakeLocks();
    const before = claimTab(locks, 'tab-r');
    await before.ready;
    const after = claimTab(locks, 'tab-r', { waitMs: 2000 });
    setTimeout(() => locks.release('refund-tracker-tab:tab-r'), 40);
    await after.ready;
    expect(after.id).toBe('tab-r');
    expect(await after.liveTabs()).toEqual(new Set(['tab-r']));
  });

  it('lets go of its lock when the page is left for good, and keeps it for the back-forward cache', async () => {
    const locks = fakeLocks();
    const page = fakePage();
    const tab = claimTab(locks, 'tab-p', { page });
    await tab.ready;
    page.hide(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(await tab.liveTabs()).toEqual(new Set(['tab-p']));
    page.hide(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(await tab.liveTabs()).toEqual(new Set());
    const next = claimTab(locks, 'tab-p', { waitMs: 0 });
    await next.ready;
    expect(next.id).toBe('tab-p');
  });
});
