/**
 * Read queries. Each reads through an index and stops at what the screen shows, so lists and search
 * stay as quick with 100,000 interactions as with 20.
 */
import type { Collection } from 'dexie';
import { queryTerms } from '../domain/text';
import { OPEN_STATUSES, type CaseRecord, type CaseStatus, type Charge, type Evidence, type Interaction, type StatusChange } from '../domain/types';
import { db } from './database';
import { TOTALS_KEY, type Totals } from './repositories/case-summary';

export type CaseFilter = 'open' | 'all' | CaseStatus;

const live = <T extends { deletedAt?: number }>(r: T) => !r.deletedAt;

/** Cases by last activity, newest first; `limit` rows at most. */
export async function listCases(filter: CaseFilter, limit: number): Promise<CaseRecord[]> {
  if (filter === 'all') return db.cases.orderBy('lastActivityAt').reverse().filter(live).limit(limit).toArray();
  const statuses = filter === 'open' ? OPEN_STATUSES : [filter];
  const parts = await Promise.all(
    statuses.map((s) =>
      db.cases.where('[status+lastActivityAt]').between([s, -Infinity], [s, Infinity]).reverse().filter(live).limit(limit).toArray(),
    ),
  );
  return parts
    .flat()
    .sort((a, b) => b.lastActivityAt - a.lastActivityAt)
    .slice(0, limit);
}

/** Open cases whose next action is due before `until`, soonest first. */
export function dueCases(until: number, limit: number): Promise<CaseRecord[]> {
  return db.cases.where('nextDueAt').below(until).filter(live).limit(limit).toArray();
}

export async function readTotals(): Promise<Totals> {
  return ((await db.meta.get(TOTALS_KEY))?.value as Totals | undefined) ?? { disputed: [], refunded: [], cases: 0 };
}

export interface SearchHit {
  case: CaseRecord;
  /** The interaction that matched, when the match was in the log rather than the case itself. */
  interaction?: Interaction;
}

const hasAll = (words: string[], terms: string[]) => terms.every((t) => words.some((w) => w.startsWith(t)));

/**
 * Cases matching every term (prefix match on folded words) in the case (company, product, account)
 * or in one of its interactions (reference numbers, agent, summary). Driven by the longest term's
 * index range and stopped as soon as `limit` cases are found.
 */
export async function searchCases(query: string, limit: number): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const driver = terms.reduce((a, b) => (b.length > a.length ? b : a));
  const hits = new Map<string, SearchHit>();
  await db.cases
    .where('words')
    .startsWith(driver)
    .distinct()
    .until(() => hits.size >= limit)
    .each((c) => {
      if (!c.deletedAt && hasAll(c.words, terms)) hits.set(c.id, { case: c });
    });
  if (hits.size >= limit) return [...hits.values()];
  const pending = new Map<string, Interaction>();
  const caseCache = new Map<string, CaseRecord | undefined>();
  let found = hits.size;
  const iterate = db.interactions.where('words').startsWith(driver).distinct() as Collection<Interaction, string>;
  await iterate
    .until(() => found >= limit)
    .each((i) => {
      if (i.deletedAt || hits.has(i.caseId) || pending.has(i.caseId)) return;
      pending.set(i.caseId, i);
      found += 1;
    });
  for (const [caseId, i] of pending) {
    if (!caseCache.has(caseId)) caseCache.set(caseId, await db.cases.get(caseId));
    const c = caseCache.get(caseId);
    if (!c || c.deletedAt) continue;
    if (!hasAll([...i.words, ...c.words], terms)) continue;
    hits.set(caseId, { case: c, interaction: i });
  }
  return [...hits.values()].slice(0, limit);
}

export type TimelineEntry =
  | { kind: 'interaction'; at: number; record: Interaction }
  | { kind: 'charge'; at: number; record: Charge }
  | { kind: 'status'; at: number; record: StatusChange }
  | { kind: 'evidence'; at: number; record: Evidence };

/** A charge sits in the timeline at midday UTC of its date: its place among the days, not a clock time. */
function chargeInstant(c: Charge): number {
  return Date.parse(`${c.chargedOn}T12:00:00Z`);
}

export interface TimelinePage {
  entries: TimelineEntry[];
  /** True when older interactions exist beyond this page. */
  hasMore: boolean;
}

/**
 * The newest `limit` interactions of a case, with the charges, status changes and evidence that fall
 * in the same time span (all of them on the last page), newest first.
 */
export async function caseTimeline(caseId: string, limit: number): Promise<TimelinePage> {
  const page = await db.interactions
    .where('[caseId+occurredAt]')
    .between([caseId, -Infinity], [caseId, Infinity])
    .reverse()
    .filter(live)
    .limit(limit + 1)
    .toArray();
  const hasMore = page.length > limit;
  const interactions = page.slice(0, limit);
  const from = hasMore ? (interactions.at(-1)?.occurredAt ?? -Infinity) : -Infinity;
  const [charges, statuses, evidence] = await Promise.all([
    db.charges.where('[caseId+chargedOn]').between([caseId, ''], [caseId, '\uffff']).filter(live).toArray(),
    db.statusChanges.where('[caseId+at]').between([caseId, from], [caseId, Infinity]).filter(live).toArray(),
    db.evidence.where('[caseId+addedAt]').between([caseId, from], [caseId, Infinity]).filter(live).toArray(),
  ]);
  const entries: TimelineEntry[] = [
    ...interactions.map((r) => ({ kind: 'interaction' as const, at: r.occurredAt, record: r })),
    ...charges.map((r) => ({ kind: 'charge' as const, at: chargeInstant(r), record: r })).filter((e) => e.at >= from),
    ...statuses.map((r) => ({ kind: 'status' as const, at: r.at, record: r })),
    ...evidence.map((r) => ({ kind: 'evidence' as const, at: r.addedAt, record: r })),
  ];
  entries.sort((a, b) => b.at - a.at);
  return { entries, hasMore };
}

/** Company names used before, most recent first, matching a typed prefix. */
export async function companySuggestions(prefix: string, limit = 8): Promise<string[]> {
  const key = queryTerms(prefix).join(' ');
  const rows = await db.companies.orderBy('lastUsedAt').reverse().filter((c) => !c.deletedAt && c.key.startsWith(key)).limit(limit).toArray();
  return rows.map((c) => c.name);
}

export async function agentSuggestions(companyKey: string): Promise<string[]> {
  return (await db.companies.get(companyKey))?.agentNames ?? [];
}
