/**
 * How the Cases screen's window moves: "Show more cases" brings CASES_PAGE more below and, past
 * CASES_MAX, lets the most recent go; "Show more recent cases" does the reverse. About 6 DOM nodes a
 * case keeps the screen far under 1,500 nodes however far the list is paged.
 */
import { caseKey, type CaseAnchor, type CaseListRequest } from '../../db/queries/case-list';
import type { CaseFilter } from '../../db/queries/cases';
import type { CaseRecord } from '../../domain/types';

export const CASES_PAGE = 30;
export const CASES_MAX = 120;

export const firstCases = (filter: CaseFilter): CaseListRequest => ({ filter, anchor: { from: 'top' }, count: CASES_PAGE });

export function olderCases(current: CaseListRequest, cases: CaseRecord[]): CaseListRequest {
  const count = cases.length + CASES_PAGE;
  const drop = count - CASES_MAX;
  if (drop <= 0) return { ...current, count };
  return { filter: current.filter, anchor: { from: 'key', key: caseKey(cases[drop]!) }, count: CASES_MAX };
}

export function newerCases(filter: CaseFilter, anchor: CaseAnchor, cases: CaseRecord[]): CaseListRequest {
  return { filter, anchor, count: Math.min(CASES_MAX, cases.length + CASES_PAGE) };
}
