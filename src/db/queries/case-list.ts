/**
 * The case list read as a window: a run of at most `count` cases of a filter, by last activity
 * (newest first, ties by id), starting at the top or at a given place. The Cases screen moves this
 * window instead of growing the list, so it mounts and reads as little with 2,000 cases as with 100.
 */
import { OPEN_STATUSES, type CaseRecord, type CaseStatus } from '../../domain/types';
import { db } from '../database';
import type { CaseFilter } from './cases';

/** Where a case sits in the list. */
export interface CaseKey {
  at: number;
  id: string;
}

export type CaseAnchor = { from: 'top' } | { from: 'key'; key: CaseKey };

export interface CaseListRequest {
  filter: CaseFilter;
  anchor: CaseAnchor;
  /** Cases in the window, at most. */
  count: number;
}

export interface CaseListWindow {
  /** The request this answers (the same object), so the screen knows when its move has landed. */
  request: CaseListRequest;
  cases: CaseRecord[];
  /** More recent cases exist above the window. */
  hasNewer: boolean;
  /** Older cases exist below the window. */
  hasOlder: boolean;
}

export const caseKey = (c: CaseRecord): CaseKey => ({ at: c.lastActivityAt, id: c.id });
const live = (c: CaseRecord) => !c.deletedAt;
/** True when case `c` comes at or after `key` in newest-first order. */
const atOrBelow = (c: CaseRecord, key: CaseKey) => c.lastActivityAt < key.at || (c.lastActivityAt === key.at && c.id <= key.id);
const newestFirst = (a: CaseRecord, b: CaseRecord) => b.lastActivityAt - a.lastActivityAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const statusesOf = (filter: CaseFilter): readonly CaseStatus[] | null => (filter === 'all' ? null : filter === 'open' ? OPEN_STATUSES : [filter]);

/** Up to `take` live cases at or below `key` (all from the top without one), newest first. */
async function casesBelow(filter: CaseFilter, key: CaseKey | null, take: number): Promise<CaseRecord[]> {
  const keep = (c: CaseRecord) => live(c) && (!key || atOrBelow(c, key));
  const upper = key?.at ?? Infinity;
  const statuses = statusesOf(filter);
  if (!statuses) return db.cases.where('lastActivityAt').belowOrEqual(upper).reverse().filter(keep).limit(take).toArray();
  const parts = await Promise.all(
    statuses.map((s) => db.cases.where('[status+lastActivityAt]').between([s, -Infinity], [s, upper], true, true).reverse().filter(keep).limit(take).toArray()),
  );
  return parts.flat().sort(newestFirst).slice(0, take);
}

/** Up to `take` live cases above `key` (more recent), nearest first. */
async function casesAbove(filter: CaseFilter, key: CaseKey, take: number): Promise<CaseRecord[]> {
  const keep = (c: CaseRecord) => live(c) && !atOrBelow(c, key);
  const statuses = statusesOf(filter);
  if (!statuses) return db.cases.where('lastActivityAt').aboveOrEqual(key.at).filter(keep).limit(take).toArray();
  const parts = await Promise.all(
    statuses.map((s) => db.cases.where('[status+lastActivityAt]').between([s, key.at], [s, Infinity], true, true).filter(keep).limit(take).toArray()),
  );
  return parts
    .flat()
    .sort((a, b) => newestFirst(b, a))
    .slice(0, take);
}

export async function caseListWindow(request: CaseListRequest): Promise<CaseListWindow> {
  const { filter, anchor, count } = request;
  const key = anchor.from === 'key' ? anchor.key : null;
  const [read, above] = await Promise.all([casesBelow(filter, key, count + 1), key ? casesAbove(filter, key, 1) : []]);
  return { request, cases: read.slice(0, count), hasNewer: above.length > 0, hasOlder: read.length > count };
}

/** The anchor of a window that starts `step` cases above `key`: the top when fewer are above. */
export async function caseAnchorAbove(filter: CaseFilter, key: CaseKey, step: number): Promise<CaseAnchor> {
  const above = await casesAbove(filter, key, step + 1);
  if (above.length <= step) return { from: 'top' };
  return { from: 'key', key: caseKey(above[step - 1]!) };
}
