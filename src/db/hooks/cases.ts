/** Live reads of cases, their bundles, contacts and totals (all through ./live-query.ts). */
import type { CaseBundle } from '../../domain/case-bundle';
import type { CaseRecord, Interaction } from '../../domain/types';
import { db } from '../database';
import { listCases, readTotals, type CaseFilter } from '../queries/cases';
import { loadBundle, RULES_WINDOW, type BundleOptions, type Totals } from '../repositories/case-summary';
import { useSharedLiveQuery } from './live-query';

const KEEP = { keepPrevious: true };

export function useCaseList(filter: CaseFilter, limit: number): CaseRecord[] | undefined {
  return useSharedLiveQuery(`case-list:${filter}:${limit}`, () => listCases(filter, limit), KEEP);
}

export function useTotals(): Totals | undefined {
  return useSharedLiveQuery('totals', readTotals);
}

/** undefined while loading, null when the case does not exist. */
export function useCase(id: string): CaseRecord | null | undefined {
  return useSharedLiveQuery(`case:${id}`, async () => (await db.cases.get(id)) ?? null);
}

export function useCaseBundle(id: string, opts: BundleOptions = {}): CaseBundle | null | undefined {
  const recent = opts.recentInteractions;
  return useSharedLiveQuery(`bundle:${id}:${recent ?? 'all'}`, async () => (await loadBundle(id, { recentInteractions: recent })) ?? null);
}

/**
 * The case with its latest contacts (RULES_WINDOW), as the rules read it; null when the case does not
 * exist. A page waits for it, then its panels render it on their first render, in place.
 */
export function useRulesBundle(id: string): CaseBundle | null | undefined {
  return useCaseBundle(id, { recentInteractions: RULES_WINDOW });
}

/** undefined while loading, null when there is no such contact. */
export function useInteraction(id: string): Interaction | null | undefined {
  return useSharedLiveQuery(`interaction:${id}`, async () => (id ? ((await db.interactions.get(id)) ?? null) : null));
}
