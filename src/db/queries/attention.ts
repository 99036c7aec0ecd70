/**
 * Reads for the attention list and the app badge. The list reads the `nextDueAt` index (kept true by
 * every write) and loads bundles only for the cases it shows.
 */
import type { CaseBundle } from '../../domain/case-bundle';
import type { Instant } from '../../domain/types';
import { db } from '../database';
import { loadBundle, RULES_WINDOW } from '../repositories/case-summary';

export interface AttentionPage {
  bundles: CaseBundle[];
  /** More cases with something pending exist beyond this page. */
  hasMore: boolean;
}

/** Open cases with something pending, soonest due first, `limit` at most. */
export async function attentionPage(limit: number): Promise<AttentionPage> {
  const cases = await db.cases
    .orderBy('nextDueAt')
    .filter((c) => !c.deletedAt)
    .limit(limit + 1)
    .toArray();
  const bundles = await Promise.all(cases.slice(0, limit).map((c) => loadBundle(c.id, { recentInteractions: RULES_WINDOW })));
  return { bundles: bundles.filter((b): b is CaseBundle => !!b), hasMore: cases.length > limit };
}

/** How many cases need attention by `until` (the end of today for the app badge). */
export function countDueCases(until: Instant): Promise<number> {
  return db.cases
    .where('nextDueAt')
    .belowOrEqual(until)
    .filter((c) => !c.deletedAt)
    .count();
}
