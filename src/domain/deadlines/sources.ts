/**
 * Where each deadline rule comes from and when that was last checked (DOMAIN.md, collected 2026-11).
 * Citations are proper names of texts, not translated; how each one counts is in the catalogue.
 */
export const SOURCES_CHECKED = '2026-11';

export const DEADLINE_RULES = [
  'card-dispute',
  'us-billing-error',
  'us-transfer-error',
  'eu-withdrawal',
  'uk-cancellation',
  'uk-ombudsman-wait',
  'uk-ombudsman-limit',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULES)[number];

export interface DeadlineSource {
  citation: string;
  checked: string;
}

const source = (citation: string): DeadlineSource => ({ citation, checked: SOURCES_CHECKED });

export const DEADLINE_SOURCES: Record<DeadlineRuleId, DeadlineSource> = {
  'card-dispute': source('Visa Core Rules, dispute reason 13.2 (cancelled recurring transaction); Mastercard Chargeback Guide'),
  'us-billing-error': source('Fair Credit Billing Act; Regulation Z, 12 CFR 1026.13'),
  'us-transfer-error': source('Electronic Fund Transfer Act; Regulation E, 12 CFR 1005.11'),
  'eu-withdrawal': source('Directive 2011/83/EU, Art. 9, 10, 13, 16(m); Regulation (EEC, Euratom) 1182/71, Art. 3'),
  'uk-cancellation': source('Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013'),
  'uk-ombudsman-wait': source('FCA Handbook, DISP 1.6.2; DISP 1.6.2A (payment services)'),
  'uk-ombudsman-limit': source('FCA Handbook, DISP 2.8'),
};
