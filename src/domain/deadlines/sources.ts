/**
 * Which rule in the catalogue of rules and sources each deadline rests on. Citations and checked
 * dates live in ../rules/catalogue.ts; how each deadline counts is in the message catalogue.
 */
import { legalRule, RULES_CHECKED, type LegalRuleId } from '../rules/catalogue';

export const SOURCES_CHECKED = RULES_CHECKED;

export const DEADLINE_RULES = [
  'card-dispute',
  'us-billing-error',
  'us-transfer-error',
  'eu-withdrawal',
  'uk-cancellation',
  'uk-ombudsman-wait',
  'uk-ombudsman-limit',
  'trader-refund',
  'sepa-dd-refund',
  'paypal-dispute',
  'paypal-claim',
  'fr-mediation-limit',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULES)[number];

export interface DeadlineSource {
  citation: string;
  checked: string;
  url: string;
}

const LAW: Record<DeadlineRuleId, LegalRuleId> = {
  'card-dispute': 'card-dispute',
  'us-billing-error': 'us-billing-error',
  'us-transfer-error': 'us-transfer-error',
  'eu-withdrawal': 'eu-withdrawal',
  'uk-cancellation': 'uk-cancellation',
  'uk-ombudsman-wait': 'uk-fca-complaint',
  'uk-ombudsman-limit': 'uk-fos',
  'trader-refund': 'eu-trader-refund',
  'sepa-dd-refund': 'sepa-dd-refund',
  'paypal-dispute': 'paypal-dispute',
  'paypal-claim': 'paypal-dispute',
  'fr-mediation-limit': 'fr-mediation',
};

export function lawOfDeadline(id: DeadlineRuleId): LegalRuleId {
  return LAW[id];
}

export const DEADLINE_SOURCES = Object.fromEntries(
  DEADLINE_RULES.map((id) => {
    const r = legalRule(LAW[id]);
    return [id, { citation: r.citation, checked: r.checked, url: r.url }];
  }),
) as Record<DeadlineRuleId, DeadlineSource>;
