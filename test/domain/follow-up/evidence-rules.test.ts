import { describe, expect, it } from 'vitest';
import { nextActions } from '../../../src/domain/follow-up';
import type { EvidenceKind, Reason } from '../../../src/domain/types';
import { messages } from '../../../src/i18n/messages';
import { bundle, PARIS, SETTINGS, utc } from './build';

const needs = (reason: Reason, evidence: EvidenceKind[] = [], extra: Parameters<typeof bundle>[0] = {}) =>
  nextActions(bundle({ ...extra, evidence, case: { reason, ...extra.case } }), SETTINGS, 0, PARIS)
    .filter((a) => a.ruleId === 'gather-evidence')
    .map((a) => `${a.eventKey}>${a.target}`)
    .sort();

describe('evidence the reason calls for', () => {
  it.each([
    ['cancellation-issue', [], ['cancellation-confirmation>evidence']],
    ['cancellation-issue', ['cancellation-confirmation'], []],
    ['cancellation-issue', ['receipt'], ['cancellation-confirmation>evidence']],
    ['technical-issue', [], ['error-screenshot>evidence']],
    ['billing-error', ['bank-statement'], []],
    ['unauthorized-charge', [], ['account-security-email>evidence', 'bank-statement>evidence']],
    ['unauthorized-charge', ['bank-statement'], ['account-security-email>evidence']],
    ['unauthorized-charge', ['bank-statement', 'email'], []],
    ['unauthorized-charge', ['bank-statement', 'letter'], ['account-security-email>evidence']],
    ['accidental-billing', [], ['cancellation-attempt>evidence', 'trial-start>edit']],
    ['accidental-billing', ['cancellation-confirmation'], ['trial-start>edit']],
    ['accidental-billing', ['error-screenshot'], ['trial-start>edit']],
    ['accidental-billing', ['receipt'], ['cancellation-attempt>evidence', 'trial-start>edit']],
    ['payment-details-changed', ['email'], []],
    ['service-outage', [], ['outage-notice>evidence']],
    ['other', [], []],
  ] as [Reason, EvidenceKind[], string[]][])('%s with %j: %j', (reason, evidence, expected) => {
    expect(needs(reason, evidence)).toEqual(expected);
  });

  it('asks for the start date when the reason depends on it', () => {
    expect(needs('withdrawal-right')).toEqual(['subscription-start>edit']);
    expect(needs('withdrawal-right', [], { case: { subscriptionStartedOn: '2026-10-30' } })).toEqual([]);
    expect(needs('accidental-billing', ['cancellation-confirmation'])).toEqual(['trial-start>edit']);
  });

  it.each(['en', 'fr'] as const)('words the new needs and their reasons in %s', (lang) => {
    for (const id of ['cancellation-attempt', 'account-security-email']) {
      expect(messages[lang]).toHaveProperty(`need.${id}`);
      expect(messages[lang]).toHaveProperty(`why.${id}`);
    }
  });

  it('asks for the disputed charges when none are recorded', () => {
    expect(needs('other', [], { charges: [] })).toEqual(['charges>edit']);
  });

  it('is due by the end of the next business day after the case was opened', () => {
    const [a] = nextActions(bundle({ created: '2026-11-06T18:00', case: { reason: 'technical-issue' } }), SETTINGS, 0, PARIS).filter((x) => x.ruleId === 'gather-evidence');
    expect(utc(a!.dueAt)).toBe('2026-11-09T22:59:59.999Z');
    expect(a!.reason.key).toBe('why.error-screenshot');
  });
});
