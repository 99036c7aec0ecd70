/**
 * The case timeline read as a moving window: walked down and back up with the moves the case
 * screen makes, every contact, charge, status change and file is shown by some window, no window
 * holds more than TIMELINE_MAX contacts, contacts logged at the same instant are neither lost nor
 * repeated at a window's edge, and a deep window reads about as many records as it shows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RefundDatabase } from '../../../src/db/database';
import {
  anchorAbove,
  caseTimelineWindow,
  contactKey,
  contactPlace,
  entryKey,
  timelinePosition,
  type TimelineEntry,
  type TimelineRequest,
  type TimelineWindow,
} from '../../../src/db/queries/timeline';
import type { Charge, Evidence, Interaction, StatusChange } from '../../../src/domain/types';
import { contactsOf, FIRST_WINDOW, jumpRequest, newerRequest, olderRequest, TIMELINE_MAX, TIMELINE_PAGE, TIMELINE_STEP } from '../../../src/features/timeline/timeline-window';
import { freshDatabase } from '../../helpers/db';
import { countReads } from '../../helpers/read-counter';

const T0 = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;
const CASE = 'case-big';

function contact(n: number, at: number, over: Partial<Interaction> = {}): Interaction {
  return {
    id: `i-${String(n).padStart(4, '0')}`, caseId: CASE, occurredAt: at, timeZone: 'Europe/Paris', channel: 'chat', direction: 'outbound',
    agentName: '', agentId: '', references: [], summary: `contact ${n}`, outcome: 'no-resolution', words: [], createdAt: at, updatedAt: at, ...over,
  };
}

let database: RefundDatabase;

/**
 * 250 contacts, three at a time logged at the same instant (so ties fall on window edges), one of
 * them deleted, with a charge, status changes and files spread between them; and another case.
 */
async function seed(contacts = 250): Promise<void> {
  const list: Interaction[] = [];
  for (let n = 0; n < contacts; n++) list.push(contact(n, T0 + Math.floor(n / 3) * HOUR, n === 100 ? { deletedAt: T0 } : {}));
  list.push({ ...contact(9999, T0 + 5 * HOUR), caseId: 'other-case', id: 'other' });
  await database.interactions.bulkAdd(list);
  const stamp = { createdAt: T0, updatedAt: T0 };
  await database.statusChanges.bulkAdd([
    { id: 's-open', caseId: CASE, from: null, to: 'new', at: T0 - HOUR, ...stamp } satisfies StatusChange,
    { id: 's-mid', caseId: CASE, from: 'new', to: 'waiting', at: T0 + 40 * HOUR + 1, ...stamp } satisfies StatusChange,
    // At the very instant of three contacts.
    { id: 's-tie', caseId: CASE, from: 'waiting', to: 'escalated', at: T0 + 60 * HOUR, ...stamp } satisfies StatusChange,
  ]);
  await database.charges.add({ id: 'c-1', caseId: CASE, chargedOn: '2024-12-20', amount: { minor: 999, currency: 'EUR' }, ...stamp } satisfies Charge);
  const file = (id: string, addedAt: number, deleted = false): Evidence => ({
    id, caseId: CASE, kind: 'other', name: `${id}.pdf`, type: 'application/pdf', size: 1, sha256: id, blob: new Blob(['x']), addedAt, ...stamp, ...(deleted ? { deletedAt: T0 } : {}),
  });
  await database.evidence.bulkAdd([file('e-1', T0 + 10 * HOUR + 5), file('e-2', T0 + 75 * HOUR + 5), file('e-gone', T0 + 20 * HOUR, true)]);
}

/** Everything, newest first, in one read: what the windows must add up to. */
async function everything(): Promise<TimelineEntry[]> {
  return (await caseTimelineWindow(CASE, { anchor: { from: 'newest' }, count: 10_000 })).entries;
}

function checkWindow(w: TimelineWindow) {
  const keys = w.entries.map(entryKey);
  expect(new Set(keys).size).toBe(keys.length);
  expect(contactsOf(w.entries).length).toBeLessThanOrEqual(TIMELINE_MAX);
  for (let k = 1; k < w.entries.length; k++) expect(w.entries[k - 1]!.at).toBeGreaterThanOrEqual(w.entries[k]!.at);
}

beforeEach(async () => {
  database = await freshDatabase();
});

describe('the timeline window', () => {
  it('walked down with "Show older", shows every live entry once it reaches the first contact', async () => {
    await seed();
    const all = await everything();
    expect(all.filter((e) => e.kind === 'interaction')).toHaveLength(249);
    expect(all.map(entryKey)).not.toContain('evidence-e-gone');
    let request: TimelineRequest = FIRST_WINDOW;
    let w = await caseTimelineWindow(CASE, request);
    expect(contactsOf(w.entries)).toHaveLength(TIMELINE_PAGE);
    expect(w.hasNewer).toBe(false);
    const seen = new Set<string>();
    let steps = 0;
    for (;;) {
      checkWindow(w);
      w.entries.forEach((e) => seen.add(entryKey(e)));
      // Each window is a run of the full list, in the same order.
      const start = all.findIndex((e) => entryKey(e) === entryKey(w.entries[0]!));
      expect(all.slice(start, start + w.entries.length).map(entryKey)).toEqual(w.entries.map(entryKey));
      if (!w.hasOlder) break;
      const previous = contactsOf(w.entries);
      request = olderRequest(request, previous);
      w = await caseTimelineWindow(CASE, request);
      // A move keeps part of the previous window: the two share contacts.
      expect(contactsOf(w.entries).some((c) => previous.some((p) => p.id === c.id))).toBe(true);
      expect(w.hasNewer).toBe(steps > 0 || contactsOf(w.entries)[0]!.id !== previous[0]!.id);
      steps += 1;
    }
    expect([...seen].sort()).toEqual(all.map(entryKey).sort());
    expect(entryKey(w.entries.at(-1)!)).toBe('charge-c-1');
    expect(steps).toBeGreaterThan(5);
  });

  it('walked back up with "Show newer" from the first contacts, reaches the newest again', async () => {
    await seed();
    const all = await everything();
    let request = jumpRequest('oldest');
    let w = await caseTimelineWindow(CASE, request);
    expect(w.hasOlder).toBe(false);
    expect(w.hasNewer).toBe(true);
    expect(contactsOf(w.entries).at(-1)!.id).toBe('i-0000');
    const seen = new Set<string>();
    while (w.hasNewer) {
      checkWindow(w);
      w.entries.forEach((e) => seen.add(entryKey(e)));
      const contacts = contactsOf(w.entries);
      const anchor = await anchorAbove(CASE, contactKey(contacts[0]!), TIMELINE_STEP);
      request = newerRequest(anchor, contacts);
      const next = await caseTimelineWindow(CASE, request);
      const above = contactsOf(next.entries).findIndex((c) => c.id === contacts[0]!.id);
      // STEP new contacts above the old first one (fewer when the newest are reached).
      expect(above).toBeGreaterThan(0);
      expect(above).toBeLessThanOrEqual(TIMELINE_STEP);
      w = next;
    }
    w.entries.forEach((e) => seen.add(entryKey(e)));
    expect(request.anchor.from).toBe('newest');
    expect([...seen].sort()).toEqual(all.map(entryKey).sort());
  });

  it('opens at a contact (also one logged at the same instant as others) and says what is around it', async () => {
    await seed();
    // i-0031 shares its instant with i-0030 and i-0032: the window starts at it, not at the others.
    const key = (await contactPlace(CASE, 'i-0031'))!;
    const w = await caseTimelineWindow(CASE, { anchor: { from: 'key', key }, count: TIMELINE_PAGE });
    expect(contactsOf(w.entries).map((c) => c.id).slice(0, 3)).toEqual(['i-0031', 'i-0030', 'i-0029']);
    expect(w.hasNewer).toBe(true);
    expect(w.hasOlder).toBe(true);
    expect(await contactPlace(CASE, 'i-0100')).toBeNull();
    expect(await contactPlace(CASE, 'other')).toBeNull();
    expect(await contactPlace(CASE, 'nope')).toBeNull();
  });

  it('starts past a deleted contact it was anchored at', async () => {
    await seed();
    const gone = (await database.interactions.get('i-0100'))!;
    const w = await caseTimelineWindow(CASE, { anchor: { from: 'key', key: contactKey(gone) }, count: 5 });
    expect(contactsOf(w.entries).map((c) => c.id)).toEqual(['i-0099', 'i-0098', 'i-0097', 'i-0096', 'i-0095']);
    expect(w.hasNewer).toBe(true);
  });

  it('gives each window its place in the whole timeline', async () => {
    await seed();
    const all = (await everything()).map(entryKey);
    let request: TimelineRequest = FIRST_WINDOW;
    for (let step = 0; step < 8; step++) {
      const w = await caseTimelineWindow(CASE, request);
      const position = await timelinePosition(CASE, w.entries[0]);
      expect(position.total).toBe(all.length);
      expect(position.first).toBe(entryKey(w.entries[0]!));
      expect(position.before).toBe(all.indexOf(entryKey(w.entries[0]!)));
      if (!w.hasOlder) break;
      request = olderRequest(request, contactsOf(w.entries));
    }
    const last = await caseTimelineWindow(CASE, jumpRequest('oldest'));
    const position = await timelinePosition(CASE, last.entries[0]);
    expect(position.before + last.entries.length).toBe(all.length);
  });

  it('reads about one window of contacts, however deep the window is in a 2,000-contact case', async () => {
    await seed(2_000);
    const counter = await countReads(database);
    const key = (await contactPlace(CASE, 'i-0500'))!;
    counter.reset();
    const w = await caseTimelineWindow(CASE, { anchor: { from: 'key', key }, count: TIMELINE_MAX });
    expect(contactsOf(w.entries)).toHaveLength(TIMELINE_MAX);
    // The window plus one to know older ones exist, and the few newer ones read to know newer ones exist.
    expect(counter.byTable.interactions).toBeLessThanOrEqual(TIMELINE_MAX + 5);
    counter.reset();
    await anchorAbove(CASE, key, TIMELINE_STEP);
    expect(counter.byTable.interactions).toBeLessThanOrEqual(TIMELINE_STEP + 5);
  });
});
