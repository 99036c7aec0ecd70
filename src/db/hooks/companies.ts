/** Live reads of what the app remembers per company: notes, names used before, agents. */
import type { CompanyRecord } from '../../domain/types';
import { db } from '../database';
import { agentSuggestions, companySuggestions } from '../queries/cases';
import { useSharedLiveQuery } from './live-query';

const NONE: string[] = [];

/** undefined while loading, null when the company has no record yet. */
export function useCompany(key: string): CompanyRecord | null | undefined {
  return useSharedLiveQuery(`company:${key}`, async () => (await db.companies.get(key)) ?? null);
}

export function useCompanySuggestions(prefix: string): string[] {
  return useSharedLiveQuery(`company-suggestions:${prefix}`, () => companySuggestions(prefix, 8), { keepPrevious: true }) ?? NONE;
}

export function useAgentSuggestions(companyKey: string): string[] {
  return useSharedLiveQuery(`agents:${companyKey}`, () => agentSuggestions(companyKey)) ?? NONE;
}
