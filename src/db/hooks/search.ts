/** Live search results (see ../queries/search.ts); the previous results stay while the next load. */
import { searchCases, type SearchHit } from '../queries/search';
import { useSharedLiveQuery } from './live-query';

export function useSearch(query: string, limit: number): SearchHit[] | undefined {
  return useSharedLiveQuery(`search:${limit}:${query}`, () => searchCases(query, limit), { keepPrevious: true });
}
