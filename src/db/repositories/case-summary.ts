/**
 * Kept-up fields of a case (lastActivityAt, nextDueAt, disputed) and the totals across all cases,
 * recomputed inside the same transaction as every write that changes a case, so lists and Home read
 * indexes and one totals record instead of running rules or sums over every case.
 */
import { lastActivityOf, type CaseBundle, type EvidenceInfo } from '../../domain/case-bundle';
import { nextDueAt } from '../../domain/follow-up';
import { sumByCurrency } from '../../domain/money';
import type { CaseRecord, Evidence, Money } from '../../domain/types';
import { nextRevision, revisionOf } from '../../lib/ids';
import { db } from '../database';
import { getSettings } from '../queries/settings';
import { loadedHolidays, loadHolidays } from '../holidays/load';

/**
 * A read-write transaction over caseTables() for a write that recomputes a case's summary: the
 * holiday table is loaded first, since nothing outside IndexedDB may be awaited inside.
 */
export async function caseWrite<T>(body: () => Promise<T>): Promise<T> {
  await loadHolidays();
  return db.transaction('rw', caseTables(), body);
}

/** Every table a case write may read or touch; pass to db.transaction('rw', ...). */
export function caseTables() {
  return [
    db.cases,
    db.statusChanges,
    db.charges,
    db.interactions,
    db.evidence,
    db.followUps,
    db.playbookSteps,
    db.deadlineOverrides,
    db.companies,
    db.settings,
    db.meta,
    // Logging a call's contact removes the ended call timer in the same transaction.
    db.timers,
    // A save removes its form's draft in the same transaction.
    db.drafts,
  ];
}

function stripFiles(e: Evidence): EvidenceInfo {
  const { blob: _b, thumbnail: _t, displayCopy: _d, ...info } = e;
  return info;
}

const live = <T extends { deletedAt?: number }>(r: T) => !r.deletedAt;
/**
 * How many of a case's latest contacts the rules read. The rules look at the recent run of contacts
 * (the last promise, the last K without progress), so a case with thousands of contacts costs the
 * same to keep current and to show as a case with twenty.
 */
export const RULES_WINDOW = 200;

export interface BundleOptions {
  /** Read only this many of the latest contacts (still returned oldest first). */
  recentInteractions?: number;
}

function interactionsOf(caseId: string, recent: number | undefined) {
  const range = db.interactions.where('[caseId+occurredAt]').between([caseId, -Infinity], [caseId, Infinity]);
  if (recent === undefined) return range.toArray();
  if (recent <= 0) return Promise.resolve([]);
  return range
    .reverse()
    .limit(recent)
    .toArray()
    .then((newestFirst) => newestFirst.reverse());
}

/** Read a case with everything attached to it (live records only, oldest first). */
export async function loadBundle(caseId: string, opts: BundleOptions = {}): Promise<CaseBundle | undefined> {
  const c = await db.cases.get(caseId);
  if (!c) return undefined;
  const [interactions, charges, evidence, statusChanges, followUps, overrides, playbookSteps] = await Promise.all([
    interactionsOf(caseId, opts.recentInteractions),
    db.charges.where('[caseId+chargedOn]').between([caseId, ''], [caseId, '\uffff']).toArray(),
    db.evidence.where('[caseId+addedAt]').between([caseId, -Infinity], [caseId, Infinity]).toArray(),
    db.statusChanges.where('[caseId+at]').between([caseId, -Infinity], [caseId, Infinity]).toArray(),
    db.followUps.where('caseId').equals(caseId).toArray(),
    db.deadlineOverrides.where('caseId').equals(caseId).toArray(),
    db.playbookSteps.where('caseId').equals(caseId).toArray(),
  ]);
  return {
    case: c,
    interactions: interactions.filter(live),
    charges: charges.filter(live),
    evidence: evidence.filter(live).map(stripFiles),
    statusChanges: statusChanges.filter(live),
    followUps: followUps.filter(live),
    overrides: overrides.filter(live),
    playbookSteps: playbookSteps.filter(live),
  };
}

export interface Totals {
  disputed: Money[];
  refunded: Money[];
  /** Cases counted (not deleted). */
  cases: number;
}
export const TOTALS_KEY = 'totals';

function contribution(c: CaseRecord | undefined, sign: 1 | -1): { disputed: Money[]; refunded: Money[]; cases: number } {
  if (!c || c.deletedAt) return { disputed: [], refunded: [], cases: 0 };
  const flip = (ms: Money[]) => ms.map((m) => ({ currency: m.currency, minor: sign * m.minor }));
  return { disputed: flip(c.disputed ?? []), refunded: flip(c.refunded), cases: sign };
}

/** Fields the repositories keep up by themselves: changing only these is no new revision. */
const KEPT_UP = new Set(['updatedAt', 'lastActivityAt', 'nextDueAt', 'disputed', 'words', 'rev', 'parentRev']);
const edited = (c: CaseRecord) => JSON.stringify(Object.entries(c).filter(([k]) => !KEPT_UP.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * Write a case record and move the totals by the difference between its old and new contribution.
 * A change to anything but the kept-up fields gives the case a new revision. Every case write goes
 * through here, inside a transaction over caseTables().
 */
export async function storeCase(prev: CaseRecord | undefined, next: CaseRecord, now: number): Promise<void> {
  if (!prev) next = { ...next, rev: nextRevision(undefined) };
  else if (edited(prev) !== edited(next)) next = { ...next, rev: nextRevision(prev.rev), parentRev: revisionOf(prev) };
  await db.cases.put(next);
  const before = contribution(prev, -1);
  const after = contribution(next, 1);
  const zero = (ms: Money[]) => sumByCurrency(ms).every((m) => m.minor === 0);
  if (before.cases + after.cases === 0 && zero([...before.disputed, ...after.disputed]) && zero([...before.refunded, ...after.refunded])) return;
  const current = ((await db.meta.get(TOTALS_KEY))?.value as Totals | undefined) ?? { disputed: [], refunded: [], cases: 0 };
  const nonZero = (ms: Money[]) => ms.filter((m) => m.minor !== 0);
  const value: Totals = {
    disputed: nonZero(sumByCurrency([...current.disputed, ...before.disputed, ...after.disputed])),
    refunded: nonZero(sumByCurrency([...current.refunded, ...before.refunded, ...after.refunded])),
    cases: current.cases + before.cases + after.cases,
  };
  await db.meta.put({ key: TOTALS_KEY, value, updatedAt: now });
}

/** Recompute the totals from every case (after an import or restore). */
export async function rebuildTotals(now: number): Promise<void> {
  const cases = (await db.cases.toArray()).filter(live);
  const value: Totals = {
    disputed: sumByCurrency(cases.flatMap((c) => c.disputed ?? [])),
    refunded: sumByCurrency(cases.flatMap((c) => c.refunded)),
    cases: cases.length,
  };
  await db.meta.put({ key: TOTALS_KEY, value, updatedAt: now });
}

/** Recompute a case's kept-up fields; call inside a rw transaction over caseTables(). */
export async function refreshCaseSummary(caseId: string, now: number): Promise<void> {
  const bundle = await loadBundle(caseId, { recentInteractions: RULES_WINDOW });
  if (!bundle) return;
  const settings = await getSettings();
  const c = bundle.case;
  const next: CaseRecord = { ...c, lastActivityAt: lastActivityOf(bundle), disputed: sumByCurrency(bundle.charges.map((ch) => ch.amount)) };
  const due = c.deletedAt ? undefined : nextDueAt(bundle, settings, now, c.timeZone, loadedHolidays());
  if (due === undefined) delete next.nextDueAt;
  else next.nextDueAt = due;
  if (JSON.stringify(next) === JSON.stringify(c)) return;
  await storeCase(c, next, now);
}
