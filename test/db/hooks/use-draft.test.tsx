import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { DRAFT_DELAY_MS, useDraft } from '../../../src/db/hooks/use-draft';
import { draftKey, listDrafts, readDraft, saveDraft } from '../../../src/db/repositories/drafts-repo';
import { resetTabForTests } from '../../../src/lib/live-tabs';
import { freshDatabase } from '../../helpers/db';

const FORM = 'interaction:new:case-1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stored = async () => (await readDraft<{ text: string }>(draftKey(FORM, 'me')))?.value.text;

beforeEach(async () => {
  await freshDatabase();
  resetTabForTests({ id: 'me', ready: Promise.resolve(), liveTabs: async () => new Set(['me', 'open-tab']) });
});
afterEach(() => resetTabForTests(undefined));

async function mounted() {
  const hook = renderHook(() => useDraft(FORM, () => ({ text: '' })));
  await waitFor(() => expect(hook.result.current.ready).toBe(true));
  return hook;
}

describe('useDraft', () => {
  it('writes steady typing within the delay of the first unwritten key, without waiting for a pause', async () => {
    const { result } = await mounted();
    const started = Date.now();
    let text = '';
    let seenAt: number | undefined;
    // A key every 40 ms for 1.2 s: a debounce that restarts on each key would write nothing until the end.
    while (Date.now() - started < 1200) {
      text += 'a';
      act(() => result.current.setValue({ text }));
      await sleep(40);
      if (seenAt === undefined && (await stored())) seenAt = Date.now();
    }
    // Seen while the keys were still coming.
    expect(seenAt).toBeDefined();
  });

  it('never runs two writes of one draft at once, and the last write holds the latest input', async () => {
    const { result } = await mounted();
    const put = db.drafts.put.bind(db.drafts);
    let active = 0;
    let most = 0;
    db.drafts.put = (async (...args: Parameters<typeof put>) => {
      active += 1;
      most = Math.max(most, active);
      await sleep(120);
      try {
        return await put(...args);
      } finally {
        active -= 1;
      }
    }) as typeof db.drafts.put;
    for (let i = 1; i <= 12; i += 1) {
      act(() => result.current.setValue({ text: 'x'.repeat(i) }));
      await sleep(30);
      if (i % 4 === 0) void result.current.flush();
    }
    await act(() => result.current.flush());
    expect(most).toBe(1);
    expect(await stored()).toBe('x'.repeat(12));
  });

  it('reports a failed write at once, keeps the input, and clears the report once a write succeeds', async () => {
    const { result } = await mounted();
    const put = db.drafts.put.bind(db.drafts);
    db.drafts.put = (() => Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof db.drafts.put;
    act(() => result.current.setValue({ text: 'typed while full' }));
    expect(await act(() => result.current.flush())).toBe(false);
    expect((result.current.writeError as DOMException).name).toBe('QuotaExceededError');
    expect(result.current.value.text).toBe('typed while full');
    db.drafts.put = put;
    act(() => result.current.setValue({ text: 'typed while full, then freed' }));
    expect(await act(() => result.current.flush())).toBe(true);
    expect(result.current.writeError).toBeUndefined();
    expect(await stored()).toBe('typed while full, then freed');
  });

  it('restores its own draft by itself, offers drafts of tabs that are gone, and leaves open tabs’ drafts alone', async () => {
    await saveDraft(FORM, 'me', { text: 'mine' }, 1000);
    await saveDraft(FORM, 'gone-tab', { text: 'left by a killed tab' }, 2000);
    await saveDraft(FORM, 'open-tab', { text: 'being typed elsewhere' }, 3000);
    const { result } = await mounted();
    expect(result.current.value.text).toBe('mine');
    expect(result.current.restoredAt).toBe(1000);
    expect(result.current.others.map((o) => [o.key, o.maybeLive])).toEqual([[draftKey(FORM, 'gone-tab'), false]]);

    await act(() => result.current.adopt(draftKey(FORM, 'gone-tab')));
    expect(result.current.value.text).toBe('left by a killed tab');
    expect((await listDrafts(FORM)).map((d) => [d.owner, (d.value as { text: string }).text]).sort()).toEqual([
      ['me', 'left by a killed tab'],
      ['open-tab', 'being typed elsewhere'],
    ]);
  });

  it('without Web Locks, offers other drafts as copies and never removes them', async () => {
    resetTabForTests({ id: 'me', ready: Promise.resolve(), liveTabs: async () => undefined });
    await saveDraft(FORM, 'other', { text: 'maybe still open' });
    const { result } = await mounted();
    expect(result.current.others).toMatchObject([{ maybeLive: true }]);
    await act(() => result.current.adopt(draftKey(FORM, 'other')));
    expect(result.current.value.text).toBe('maybe still open');
    expect((await listDrafts(FORM)).map((d) => d.owner).sort()).toEqual(['me', 'other']);
  });

  it('holds writes during a save, so a write in flight never brings back a draft the save removed', async () => {
    const { result } = await mounted();
    act(() => result.current.setValue({ text: 'about to save' }));
    const key = await act(() => result.current.hold());
    expect(key).toBe(draftKey(FORM, 'me'));
    expect(await stored()).toBe('about to save');
    act(() => result.current.setValue({ text: 'about to save!' }));
    await db.drafts.delete(key!);
    act(() => result.current.saved());
    await sleep(DRAFT_DELAY_MS + 100);
    expect(await stored()).toBeUndefined();
  });
});
