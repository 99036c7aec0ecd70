/** Live read of the case list window (see ./case-list-query.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import { caseListWindow, type CaseListRequest, type CaseListWindow } from '../queries/case-list';

/** The window `request` asks for; while a new request loads, the previous window stays. */
export function useCaseListWindow(request: CaseListRequest): CaseListWindow | undefined {
  return useLiveQuery(() => caseListWindow(request), [request]);
}
