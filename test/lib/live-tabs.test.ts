// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimTab, type TabLocks } from '../../src/lib/live-tabs';

/** Web Locks as one browser profile has them: a lock is held until its callback's promise settles. */
function fakeLocks(): TabLocks & { release: (name: string) => void } {
  const held = new Map<string, () => void>();
  return {
    async request(name, options, callback) {
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        throw new Error('the fake only knows ifAvailable');
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
    const copy = claimTab(locks, 'same');
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
});
