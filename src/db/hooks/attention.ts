/** Live reads for Home's attention list and the app badge. */
import type { Instant } from '../../domain/types';
import { attentionPage, countDueCases, type AttentionPage } from '../queries/attention';
import { useSharedLiveQuery } from './live-query';

/** Open cases with something pending, soonest first, `limit` at most. */
export function useAttentionPage(limit: number): AttentionPage | undefined {
  return useSharedLiveQuery(`attention:${limit}`, () => attentionPage(limit));
}

export function useDueCount(until: Instant): number | undefined {
  return useSharedLiveQuery(`due-count:${until}`, () => countDueCases(until), { keepPrevious: true });
}
