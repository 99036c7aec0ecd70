/** The generic escalation ladder and the first steps every case shares. */
import type { PlaybookStep, Rung } from './types';

const CARDS = ['card', 'debit-card'] as const;

export const COMMON_STEPS = {
  gather: { id: 'gather', titleKey: 'step.gather.title', bodyKey: 'step.gather.body' },
  contact: { id: 'contact', titleKey: 'step.contact.title', bodyKey: 'step.contact.body' },
  explain: { id: 'explain', titleKey: 'step.explain.title', bodyKey: 'step.explain.body' },
  evidence: { id: 'evidence', titleKey: 'step.evidence.title', bodyKey: 'step.evidence.body' },
  followUp: { id: 'follow-up', titleKey: 'step.followUp.title', bodyKey: 'step.followUp.body' },
  withdrawal: { id: 'withdrawal', titleKey: 'step.withdrawal.title', bodyKey: 'step.withdrawal.body', when: { regions: ['EU', 'UK'] } },
} satisfies Record<string, PlaybookStep>;

/** Each rung's variants; the first whose condition holds is the one shown. */
export const GENERIC_LADDER: Record<Rung, readonly PlaybookStep[]> = {
  supervisor: [{ id: 'supervisor', rung: 'supervisor', titleKey: 'step.supervisor.title', bodyKey: 'step.supervisor.body' }],
  'formal-review': [{ id: 'formal-review', rung: 'formal-review', titleKey: 'step.formalReview.title', bodyKey: 'step.formalReview.body' }],
  'card-dispute': [
    // Only offered once the case says it was paid by card: a dispute needs a card to dispute.
    { id: 'card-dispute', rung: 'card-dispute', titleKey: 'step.cardDispute.title', bodyKey: 'step.cardDispute.body', when: { paymentMethods: CARDS, paymentMethodKnown: true } },
  ],
  'outside-body': [
    { id: 'outside-body', rung: 'outside-body', titleKey: 'step.eccNet.title', bodyKey: 'step.eccNet.body', when: { regions: ['EU'] } },
    { id: 'outside-body', rung: 'outside-body', titleKey: 'step.fos.title', bodyKey: 'step.fos.body', when: { regions: ['UK'], paymentMethods: CARDS } },
    {
      id: 'outside-body',
      rung: 'outside-body',
      titleKey: 'step.cfpb.title',
      bodyKey: 'step.cfpb.body',
      when: { regions: ['US'], paymentMethods: ['card', 'debit-card', 'bank-transfer'] },
    },
    { id: 'outside-body', rung: 'outside-body', titleKey: 'step.consumerBody.title', bodyKey: 'step.consumerBody.body', when: { regions: ['CA', 'OTHER'] } },
  ],
  'small-claims': [{ id: 'small-claims', rung: 'small-claims', titleKey: 'step.smallClaims.title', bodyKey: 'step.smallClaims.body' }],
};
