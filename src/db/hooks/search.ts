/** Live search results (see ./search-query.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import { searchCases, type SearchHit } from '../queries/search';

export function useSearch(query: string, limit: number): SearchHit[] | undefined {
  return useLiveQuery(() => searchCases(query, limit), [query, limit]);
}
