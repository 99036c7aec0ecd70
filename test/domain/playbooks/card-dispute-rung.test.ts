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

  it('a blank method matches the steps that need no payment route, and none that need a bank', () => {
    expect(ladderStep('formal-review', { ...facts(''), country: 'FR' })?.titleKey).toBe('step.frWrittenComplaint.title');
    expect(ladderStep('outside-body', { ...facts(''), country: 'GB', region: 'UK' })).toBeUndefined();
    expect(ladderStep('outside-body', { ...facts('card'), country: 'GB', region: 'UK' })?.titleKey).toBe('step.fos.title');
  });
});
