/** Live read of the case list window (see ../queries/case-list.ts). */
import { caseListWindow, type CaseListRequest, type CaseListWindow } from '../queries/case-list';
import { identityKey, useSharedLiveQuery } from './live-query';

/** The window `request` asks for; while a new request loads, the previous window stays. */
export function useCaseListWindow(request: CaseListRequest): CaseListWindow | undefined {
  return useSharedLiveQuery(`case-window:${identityKey(request)}`, () => caseListWindow(request), { keepPrevious: true });
}
