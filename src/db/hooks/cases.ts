/** Typed live queries for the UI: each re-renders when the data it reads changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseBundle } from '../../domain/case-bundle';
import type { CallTimer, CaseRecord, CompanyRecord, Interaction, Settings } from '../../domain/types';
import { db } from '../database';
import { agentSuggestions, companySuggestions, dueCases, listCases, readTotals, type CaseFilter } from '../queries/cases';
import { loadBundle, RULES_WINDOW, type BundleOptions, type Totals } from '../repositories/case-summary';
import { getSettings } from '../repositories/settings-repo';
import { attentionPage, type AttentionPage } from './attention';
import { BACKUP_META_KEY, type BackupInfo } from '../repositories/backup-repo';
import { readMeta } from '../repositories/meta-repo';
import { useSharedLiveQuery } from './live-query';

/** The settings, one shared read for every component (see src/db/shared-live-query.ts). */
export function useSettings(): Settings | undefined {
  return useSharedLiveQuery('settings', getSettings);
}

export function useCaseList(filter: CaseFilter, limit: number): CaseRecord[] | undefined {
  return useLiveQuery(() => listCases(filter, limit), [filter, limit]);
}

export function useDueCases(until: number, limit: number): CaseRecord[] | undefined {
  return useLiveQuery(() => dueCases(until, limit), [until, limit]);
}

export function useTotals(): Totals | undefined {
  return useLiveQuery(() => readTotals(), []);
}

/** undefined while loading, null when the case does not exist. */
export function useCase(id: string): CaseRecord | null | undefined {
  return useLiveQuery(async () => (await db.cases.get(id)) ?? null, [id]);
}

export function useCaseBundle(id: string, opts: BundleOptions = {}): CaseBundle | null | undefined {
  const recent = opts.recentInteractions;
  return useLiveQuery(async () => (await loadBundle(id, { recentInteractions: recent })) ?? null, [id, recent]);
}

export function useCompany(key: string): CompanyRecord | undefined {
  return useLiveQuery(() => db.companies.get(key), [key]);
}

export function useCallTimer(): CallTimer | null | undefined {
  return useLiveQuery(async () => (await db.timers.get('current')) ?? null, []);
}

export function useCompanySuggestions(prefix: string): string[] {
  return useLiveQuery(() => companySuggestions(prefix, 8), [prefix]) ?? [];
}

export function useAgentSuggestions(companyKey: string): string[] {
  return useLiveQuery(() => agentSuggestions(companyKey), [companyKey]) ?? [];
}

export function useInteraction(id: string): Interaction | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.interactions.get(id)) ?? null) : null), [id]);
}

// Shared reads (src/db/shared-live-query.ts): a page waits for what its panels show, then the panels
// render it on their first render, so the page appears in its final layout at once (#8).

/** The case with its latest contacts (RULES_WINDOW); null when the case does not exist. */
export function useSharedRulesBundle(id: string): CaseBundle | null | undefined {
  return useSharedLiveQuery(`rules-bundle:${id}`, async () => (await loadBundle(id, { recentInteractions: RULES_WINDOW })) ?? null);
}

/** Home's attention list: open cases with something pending, soonest first, `limit` at most. */
export function useSharedAttentionPage(limit: number): AttentionPage | undefined {
  return useSharedLiveQuery(`attention:${limit}`, () => attentionPage(limit));
}

/** null when no full backup was ever made. */
export function useSharedLastBackup(): BackupInfo | null | undefined {
  return useSharedLiveQuery('last-backup', async () => (await readMeta<BackupInfo>(BACKUP_META_KEY)) ?? null);
}
