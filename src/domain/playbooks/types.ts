/** Playbooks: the steps a person works through for a company, as data with i18n keys. */
import type { PaymentMethod, Reason, Region } from '../types';

/** The escalation ladder, climbed in this order when contacts stop making progress. */
export const RUNGS = ['supervisor', 'formal-review', 'card-dispute', 'outside-body', 'small-claims'] as const;
export type Rung = (typeof RUNGS)[number];

/** When a step applies. A blank payment method or product on the case matches any condition on it. */
export interface StepCondition {
  regions?: readonly Region[];
  paymentMethods?: readonly PaymentMethod[];
  /** The payment method must be known and listed: a blank one does not match (a card dispute needs a card). */
  paymentMethodKnown?: boolean;
  reasons?: readonly Reason[];
  /** Applies when the product names one of these words (or is blank). */
  productWords?: readonly string[];
  /** Does not apply when the product names one of these words. */
  notProductWords?: readonly string[];
}

export interface PlaybookStep {
  /** Stable id stored with the person's tick; a ladder step's id is its rung, whatever the variant. */
  id: string;
  titleKey: string;
  bodyKey: string;
  rung?: Rung;
  when?: StepCondition;
}

export interface Playbook {
  id: string;
  nameKey: string;
  /** Words of a company key that select this playbook ("netflix" matches "netflix inc"). */
  companyWords: readonly string[];
  /** Company-specific steps before the ladder, in order. */
  steps: readonly PlaybookStep[];
  /** Variants replacing the generic ladder step of a rung; the first that applies wins. */
  ladder?: Partial<Record<Rung, readonly PlaybookStep[]>>;
}
