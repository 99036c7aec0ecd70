/**
 * Whether what these panels show first is known. A page waits for it before showing them: the
 * panels then render their data on their first render (the reads are shared by key) and appear in
 * their final layout at once, instead of each one pushing the content below it down as it loads.
 */
import { useAttentionPage } from '../../db/hooks/attention';
import { useRulesBundle } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';

/**
 * The attention list shows this many cases, then "Show more" adds as many again. Home waits for this
 * first page, whose cases are each read with their latest contacts, so it stays short: ten fill two
 * phone screens and keep Home's first paint fast with thousands of cases.
 */
export const ATTENTION_PAGE = 10;

export function useAttentionListReady(): boolean {
  const page = useAttentionPage(ATTENTION_PAGE);
  const settings = useSettings();
  return page !== undefined && settings !== undefined;
}

/** Next steps, deadlines and playbook read the same case bundle and settings. */
export function useCasePanelsReady(caseId: string): boolean {
  const bundle = useRulesBundle(caseId);
  const settings = useSettings();
  return bundle !== undefined && settings !== undefined;
}

export function useRuleSettingsReady(): boolean {
  return useSettings() !== undefined;
}
