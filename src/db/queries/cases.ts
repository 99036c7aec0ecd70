/**
 * Read queries for lists. Each reads through an index and stops at what the screen shows, so lists
 * stay as quick with 100,000 interactions as with 20. Search (./search-query.ts) and the case
 * timeline (./timeline-query.ts) have modules of their own: only the screens that use them load them.
 */
import { queryTerms } from '../../domain/text';
import { OPEN_STATUSES, type CaseRecord, type CaseStatus } from '../../domain/types';
import { db } from '../database';
import { TOTALS_KEY, type Totals } from '../repositories/case-summary';

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

export async function readTotals(): Promise<Totals> {
  return ((await db.meta.get(TOTALS_KEY))?.value as Totals | undefined) ?? { disputed: [], refunded: [], cases: 0 };
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
