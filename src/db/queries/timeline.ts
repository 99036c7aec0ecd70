/**
 * A case's timeline, read as a window: a run of at most `count` contacts in a row (newest first)
 * with the charges, status changes and evidence that fall among them. The case screen moves this
 * window instead of growing it, so a case with 2,000 contacts reads and mounts as little as one
 * with 40. Contacts are ordered by (occurredAt, id), the order of the [caseId+occurredAt] index.
 */
import type { Charge, Evidence, Interaction, StatusChange } from '../../domain/types';
import { db } from '../database';

export type TimelineEntry =
  | { kind: 'interaction'; at: number; record: Interaction }
  | { kind: 'charge'; at: number; record: Charge }
  | { kind: 'status'; at: number; record: StatusChange }
  | { kind: 'evidence'; at: number; record: Evidence };

/** Where a contact sits in the timeline. */
export interface TimelineKey {
  at: number;
  id: string;
}

export type TimelineAnchor =
  | { from: 'newest' }
  | { from: 'oldest' }
  /** The window starts at this contact (or the next older live one) and goes back in time. */
  | { from: 'key'; key: TimelineKey };

export interface TimelineRequest {
  anchor: TimelineAnchor;
  /** Contacts in the window, at most. */
  count: number;
}

export interface TimelineWindow {
  /** The request this answers (the same object), so the screen knows when its move has landed. */
  request: TimelineRequest;
  entries: TimelineEntry[];
  /** Newer contacts exist above the window. */
  hasNewer: boolean;
  /** Older contacts exist below the window. */
  hasOlder: boolean;
}

export interface TimelinePage {
  entries: TimelineEntry[];
  /** True when older interactions exist beyond this page. */
  hasMore: boolean;
}

const live = <T extends { deletedAt?: number }>(r: T) => !r.deletedAt;
const byCase = () => db.interactions.where('[caseId+occurredAt]');
/** True when contact `r` comes after `key` in newest-first order (it is older). */
const olderOrSame = (r: Interaction, key: TimelineKey) => r.occurredAt < key.at || (r.occurredAt === key.at && r.id <= key.id);

export const entryKey = (e: TimelineEntry) => `${e.kind}-${e.record.id}`;
export const contactKey = (i: Interaction): TimelineKey => ({ at: i.occurredAt, id: i.id });

/** A charge sits in the timeline at midday UTC of its date: its place among the days, not a clock time. */
function chargeInstant(c: Charge): number {
  return Date.parse(`${c.chargedOn}T12:00:00Z`);
}

/** Up to `take` live contacts from the anchor, newest first. */
async function contactsFrom(caseId: string, anchor: TimelineAnchor, take: number): Promise<Interaction[]> {
  const all = byCase().between([caseId, -Infinity], [caseId, Infinity]);
  if (anchor.from === 'newest') return all.reverse().filter(live).limit(take).toArray();
  if (anchor.from === 'oldest') return (await all.filter(live).limit(take).toArray()).reverse();
  const { key } = anchor;
  return byCase()
    .between([caseId, -Infinity], [caseId, key.at], true, true)
    .reverse()
    .filter((r) => live(r) && olderOrSame(r, key))
    .limit(take)
    .toArray();
}

async function newerExists(caseId: string, key: TimelineKey): Promise<boolean> {
  const first = await byCase()
    .between([caseId, key.at], [caseId, Infinity], true, true)
    .filter((r) => live(r) && !olderOrSame(r, key))
    .first();
  return first !== undefined;
}

/** Charges, status changes and evidence of the case with `lower <= at <= upper`. */
async function othersBetween(caseId: string, lower: number, upper: number): Promise<TimelineEntry[]> {
  const [charges, statuses, evidence] = await Promise.all([
    db.charges.where('[caseId+chargedOn]').between([caseId, ''], [caseId, '\uffff']).filter(live).toArray(),
    db.statusChanges.where('[caseId+at]').between([caseId, lower], [caseId, upper], true, true).filter(live).toArray(),
    db.evidence.where('[caseId+addedAt]').between([caseId, lower], [caseId, upper], true, true).filter(live).toArray(),
  ]);
  return [
    ...charges.map((r) => ({ kind: 'charge' as const, at: chargeInstant(r), record: r })).filter((e) => e.at >= lower && e.at <= upper),
    ...statuses.map((r) => ({ kind: 'status' as const, at: r.at, record: r })),
    ...evidence.map((r) => ({ kind: 'evidence' as const, at: r.addedAt, record: r })),
  ];
}

/**
 * The window a request asks for. Other entries are those between the window's newest and oldest
 * contacts (and everything newer or older when the window reaches that end), so windows that share
 * at least one contact together show every entry.
 */
export async function caseTimelineWindow(caseId: string, request: TimelineRequest): Promise<TimelineWindow> {
  const { anchor, count } = request;
  const read = await contactsFrom(caseId, anchor, count + 1);
  let contacts: Interaction[];
  let hasOlder: boolean;
  let hasNewer: boolean;
  if (anchor.from === 'oldest') {
    // Read oldest first: the extra contact, if any, is the newest one.
    hasNewer = read.length > count;
    contacts = hasNewer ? read.slice(1) : read;
    hasOlder = false;
  } else {
    hasOlder = read.length > count;
    contacts = read.slice(0, count);
    hasNewer = anchor.from === 'key' && (await newerExists(caseId, anchor.key));
  }
  const upper = hasNewer ? (contacts[0]?.occurredAt ?? (anchor.from === 'key' ? anchor.key.at : Infinity)) : Infinity;
  const lower = hasOlder ? (contacts.at(-1)?.occurredAt ?? -Infinity) : -Infinity;
  const entries: TimelineEntry[] = [...contacts.map((r) => ({ kind: 'interaction' as const, at: r.occurredAt, record: r })), ...(await othersBetween(caseId, lower, upper))];
  // Stable: at equal instants contacts stay first, in index order.
  entries.sort((a, b) => b.at - a.at);
  return { request, entries, hasNewer, hasOlder };
}

/**
 * The newest `limit` interactions of a case, with the charges, status changes and evidence that fall
 * in the same time span (all of them on the last page), newest first.
 */
export async function caseTimeline(caseId: string, limit: number): Promise<TimelinePage> {
  const window = await caseTimelineWindow(caseId, { anchor: { from: 'newest' }, count: limit });
  return { entries: window.entries, hasMore: window.hasOlder };
}

/**
 * The anchor of a window that starts `step` contacts above `key` (newer): the newest window when
 * fewer than `step` live contacts are newer than it.
 */
export async function anchorAbove(caseId: string, key: TimelineKey, step: number): Promise<TimelineAnchor> {
  const newer = await byCase()
    .between([caseId, key.at], [caseId, Infinity], true, true)
    .filter((r) => live(r) && !olderOrSame(r, key))
    .limit(step + 1)
    .toArray();
  if (newer.length <= step) return { from: 'newest' };
  return { from: 'key', key: contactKey(newer[step - 1]!) };
}

/** The place of a live contact of this case, or null (another case's, deleted or unknown). */
export async function contactPlace(caseId: string, interactionId: string): Promise<TimelineKey | null> {
  const i = await db.interactions.get(interactionId);
  return i && i.caseId === caseId && live(i) ? contactKey(i) : null;
}

export interface TimelinePosition {
  /** entryKey of the entry this position was read for ('' for none). */
  first: string;
  /** Entries in the whole timeline. */
  total: number;
  /** Entries above the window's first entry. */
  before: number;
}

/**
 * How many entries the whole timeline holds, and how many come before `first`. Reads every contact
 * of the case (the live flag needs the record), so it runs apart from the window it describes.
 */
export async function timelinePosition(caseId: string, first: TimelineEntry | undefined): Promise<TimelinePosition> {
  const [contacts, others] = await Promise.all([byCase().between([caseId, -Infinity], [caseId, Infinity]).filter(live).toArray(), othersBetween(caseId, -Infinity, Infinity)]);
  const total = contacts.length + others.length;
  if (!first) return { first: '', total, before: 0 };
  // Contacts come first among entries at the same instant: all of those are above a charge, status or file.
  const key = first.kind === 'interaction' ? contactKey(first.record) : { at: first.at, id: '' };
  const before = contacts.filter((r) => !olderOrSame(r, key)).length + others.filter((e) => e.at > first.at).length;
  return { first: entryKey(first), total, before };
}
