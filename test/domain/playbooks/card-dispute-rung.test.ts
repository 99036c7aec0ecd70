import { describe, expect, it } from 'vitest';
import { checklistFor, ladderStep, type StepFacts } from '../../../src/domain/playbooks';
import type { PaymentMethod } from '../../../src/domain/types';

const facts = (paymentMethod: PaymentMethod | ''): StepFacts => ({ companyKey: 'acme', product: '', reason: 'other', paymentMethod, region: 'EU' });

describe('the card-dispute rung of the ladder', () => {
  it.each([
    ['card', true],
    ['debit-card', true],
    ['', false],
    ['paypal', false],
    ['bank-transfer', false],
    ['app-store', false],
  ] as const)('paid by "%s": offered %s', (paymentMethod, offered) => {
    expect(ladderStep('card-dispute', facts(paymentMethod))?.id === 'card-dispute').toBe(offered);
    expect(checklistFor(facts(paymentMethod)).steps.some((s) => s.id === 'card-dispute')).toBe(offered);
  });

  it('a blank method still matches the other conditioned steps, such as the outside body', () => {
    expect(ladderStep('outside-body', facts(''))?.titleKey).toBe('step.eccNet.title');
    expect(ladderStep('outside-body', { ...facts(''), region: 'UK' })?.titleKey).toBe('step.fos.title');
  });
});
