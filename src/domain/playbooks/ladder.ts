/** The generic escalation ladders, by country and payment method, and the first steps every case shares. */
import type { PlaybookStep, Rung } from './types';

const CARDS = ['card', 'debit-card'] as const;
const BANK_ROUTES = ['card', 'debit-card', 'direct-debit'] as const;
const EEA_MINUS_FR = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO'] as const;

export const COMMON_STEPS = {
  gather: { id: 'gather', titleKey: 'step.gather.title', bodyKey: 'step.gather.body' },
  contact: { id: 'contact', titleKey: 'step.contact.title', bodyKey: 'step.contact.body' },
  explain: { id: 'explain', titleKey: 'step.explain.title', bodyKey: 'step.explain.body' },
  evidence: { id: 'evidence', titleKey: 'step.evidence.title', bodyKey: 'step.evidence.body' },
  followUp: { id: 'follow-up', titleKey: 'step.followUp.title', bodyKey: 'step.followUp.body' },
  withdrawal: { id: 'withdrawal', titleKey: 'step.withdrawal.title', bodyKey: 'step.withdrawal.body', when: { regions: ['EU', 'UK'], withdrawalOpen: true } },
  signalConso: { id: 'signalconso', titleKey: 'step.signalConso.title', bodyKey: 'step.signalConso.body', when: { countries: ['FR'] }, law: 'fr-signalconso' },
} satisfies Record<string, PlaybookStep>;

const step = (rung: Rung, name: string, law: string | undefined, when?: PlaybookStep['when']): PlaybookStep => ({
  id: rung,
  rung,
  titleKey: `step.${name}.title`,
  bodyKey: `step.${name}.body`,
  ...(law ? { law } : {}),
  ...(when ? { when } : {}),
});

/** Each rung's variants; the first whose condition holds is the one shown, none when none holds. */
export const GENERIC_LADDER: Record<Rung, readonly PlaybookStep[]> = {
  supervisor: [step('supervisor', 'supervisor', undefined, { notPaymentMethods: ['app-store'] })],
  'store-refund': [step('store-refund', 'storeRefund', 'app-store-refund', { paymentMethods: ['app-store'], paymentMethodKnown: true })],
  'card-dispute': [
    step('card-dispute', 'usBillingErrorNotice', 'us-billing-error', { countries: ['US'], paymentMethods: ['card'], paymentMethodKnown: true }),
    step('card-dispute', 'usDebitError', 'us-transfer-error', { countries: ['US'], paymentMethods: ['debit-card'], paymentMethodKnown: true }),
    // Only offered once the case says it was paid by card: a dispute needs a card to dispute.
    step('card-dispute', 'cardDispute', 'card-dispute', { paymentMethods: CARDS, paymentMethodKnown: true }),
  ],
  'dd-refund': [step('dd-refund', 'ddRefund', 'sepa-dd-refund', { regions: ['EU'], paymentMethods: ['direct-debit'], paymentMethodKnown: true })],
  'paypal-dispute': [step('paypal-dispute', 'paypalDispute', 'paypal-dispute', { paymentMethods: ['paypal'], paymentMethodKnown: true })],
  'paypal-claim': [step('paypal-claim', 'paypalClaim', 'paypal-dispute', { paymentMethods: ['paypal'], paymentMethodKnown: true })],
  'section-75': [step('section-75', 'section75', 'uk-s75', { countries: ['GB'], section75: true })],
  // In the UK a refused dispute is the bank's final response: the ombudsman comes next.
  'bank-complaint': [
    step('bank-complaint', 'bankComplaintFr', 'fr-bank-complaint', { countries: ['FR'], paymentMethods: BANK_ROUTES, paymentMethodKnown: true }),
    step('bank-complaint', 'bankComplaintEu', 'psd2-complaint', { regions: ['EU'], paymentMethods: BANK_ROUTES, paymentMethodKnown: true }),
  ],
  'outside-body': [
    step('outside-body', 'fos', 'uk-fos', { countries: ['GB'], paymentMethods: BANK_ROUTES, paymentMethodKnown: true }),
    step('outside-body', 'cfpb', 'us-cfpb', { countries: ['US'], paymentMethods: ['card', 'debit-card', 'bank-transfer', 'direct-debit'], paymentMethodKnown: true }),
    step('outside-body', 'bankMediator', 'fr-mediation', { countries: ['FR'], paymentMethods: BANK_ROUTES, paymentMethodKnown: true }),
    step('outside-body', 'bankAdr', 'eu-adr', { regions: ['EU'], paymentMethods: BANK_ROUTES, paymentMethodKnown: true }),
    step('outside-body', 'consumerBody', 'ca-consumer', { regions: ['CA', 'OTHER'] }),
  ],
  'formal-review': [
    step('formal-review', 'frWrittenComplaint', 'fr-written-complaint', { countries: ['FR'] }),
    step('formal-review', 'ukFormalComplaint', undefined, { countries: ['GB'] }),
    step('formal-review', 'formalReview', undefined),
  ],
  'formal-notice': [step('formal-notice', 'frFormalNotice', undefined, { countries: ['FR'] })],
  'letter-before-claim': [step('letter-before-claim', 'letterBeforeClaim', 'uk-letter-before-claim', { countries: ['GB'] })],
  mediator: [
    step('mediator', 'frMediator', 'fr-mediation', { countries: ['FR'] }),
    step('mediator', 'euAdr', 'eu-adr', { countries: EEA_MINUS_FR }),
  ],
  'ecc-net': [
    step('ecc-net', 'cecFrance', 'eu-ecc-net', { countries: ['FR'], crossBorderEcc: true }),
    step('ecc-net', 'eccNet', 'eu-ecc-net', { regions: ['EU'], crossBorderEcc: true }),
  ],
  conciliator: [step('conciliator', 'frConciliator', 'fr-conciliation', { countries: ['FR'] })],
  'small-claims': [
    step('small-claims', 'frCourt', 'fr-court', { countries: ['FR'] }),
    step('small-claims', 'ukSmallClaims', 'uk-small-claims', { countries: ['GB'] }),
    step('small-claims', 'usSmallClaims', 'us-small-claims', { countries: ['US'] }),
    step('small-claims', 'euSmallClaims', 'eu-small-claims', { regions: ['EU'], crossBorderEcc: true, notCountries: ['DK'] }),
    step('small-claims', 'smallClaims', undefined),
  ],
};
