/** Playbooks: the steps a person works through for a company, as data with i18n keys. */
import type { PaymentMethod, Reason, Region } from '../types';

/**
 * Every rung of the escalation ladders, in the order they are climbed: the payment route first (the
 * bank, PayPal, the app store: usually the strongest move), then the trader's own formal route, the
 * outside bodies and the courts. A case's ladder keeps the rungs whose condition holds for its
 * country and payment method. The first five ids are those stored before ladders had countries.
 */
export const RUNGS = [
  'supervisor',
  'store-refund',
  'card-dispute',
  'dd-refund',
  'paypal-dispute',
  'paypal-claim',
  'section-75',
  'bank-complaint',
  'outside-body',
  'formal-review',
  'formal-notice',
  'letter-before-claim',
  'mediator',
  'ecc-net',
  'conciliator',
  'small-claims',
] as const;
export type Rung = (typeof RUNGS)[number];

/** When a step applies. A blank payment method or product on the case matches any condition on it. */
export interface StepCondition {
  regions?: readonly Region[];
  /** ISO codes of the case's country. */
  countries?: readonly string[];
  notCountries?: readonly string[];
  /** The trader is in another country the ECC-Net covers (EU27, Iceland, Norway). */
  crossBorderEcc?: boolean;
  /** A UK credit-card payment of a single item over £100 and up to £30,000 (Section 75). */
  section75?: boolean;
  /** The withdrawal period had not passed when the case was opened. */
  withdrawalOpen?: boolean;
  paymentMethods?: readonly PaymentMethod[];
  notPaymentMethods?: readonly PaymentMethod[];
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
  /** The rule in the catalogue of rules and sources that this step rests on. */
  law?: string;
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
