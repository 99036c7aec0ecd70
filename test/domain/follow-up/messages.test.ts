import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../src/domain/deadlines';
import { nextActions } from '../../../src/domain/follow-up';
import { COMMON_STEPS, GENERIC_LADDER, PLAYBOOKS, RUNGS } from '../../../src/domain/playbooks';
import { PAYMENT_METHODS, REASONS, REGIONS, type InteractionOutcome } from '../../../src/domain/types';
import { messages } from '../../../src/i18n/messages';
import { bundle, PARIS, SETTINGS, type Say } from './build';

/** Every i18n key the rules, deadlines and playbooks can hand to the UI, over a sweep of case facts. */
function emittedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const p of PLAYBOOKS) {
    keys.add(p.nameKey);
    for (const s of [...p.steps, ...Object.values(p.ladder ?? {}).flat()]) keys.add(s.titleKey).add(s.bodyKey);
  }
  for (const r of RUNGS) for (const s of GENERIC_LADDER[r]) keys.add(s.titleKey).add(s.bodyKey);
  const outcomes: InteractionOutcome[] = ['no-resolution', 'info-requested', 'reply-promised', 'refund-promised', 'refund-issued', 'denied', 'escalated'];
  const logs: Say[][] = [
    [],
    ...outcomes.map((outcome) => [{ on: '2026-11-03', outcome }]),
    ...outcomes.map((outcome) => [{ on: '2026-11-03', outcome, promisedBy: '2026-11-06', refs: ['R'] }, { on: '2026-11-04', outcome }]),
  ];
  const stepSets = [[], [{ stepId: 'card-dispute', on: '2026-11-02' }], RUNGS.map((stepId) => ({ stepId, on: '2026-11-02' })), ['supervisor', 'formal-review', 'withdrawal', 'paypal-dispute', 'dd-refund', 'section-75', 'letter-before-claim', 'outside-body'].map((stepId) => ({ stepId, on: '2026-11-02' }))];
  const collect = (c: Record<string, unknown>, log: Say[], steps: { stepId: string; on: string }[]) => {
    const b = bundle({ log, case: { subscriptionStartedOn: '2026-11-01', ...c }, charges: [{ on: '2026-11-01' }], steps });
    for (const a of nextActions(b, SETTINGS, 0, PARIS)) {
      keys.add(a.title.key).add(a.reason.key);
      if (a.counting) keys.add(a.counting.key);
    }
    for (const d of computeDeadlines(b, SETTINGS, PARIS)) keys.add(d.titleKey).add(d.counting.key);
  };
  const countries = ['', 'FR', 'GB', 'US', 'DE', 'CA'];
  // What a case is about, where and how it was paid: every combination, before any contact or step.
  for (const reason of REASONS)
    for (const region of REGIONS)
      for (const country of countries)
        for (const paymentMethod of PAYMENT_METHODS)
          for (const steps of [stepSets[0]!, stepSets[2]!]) collect({ reason, region, paymentMethod, ...(country ? { country } : {}) }, [], steps);
  // Then every history (contacts and steps taken) for every place and payment route, the reason and
  // region taking each of their values in turn.
  let turn = 0;
  for (const region of REGIONS)
    for (const country of countries)
      for (const paymentMethod of PAYMENT_METHODS)
        for (const log of logs)
          for (const steps of stepSets) {
            const reason = REASONS[turn++ % REASONS.length]!;
            collect({ reason, region, paymentMethod, ...(country ? { country } : {}) }, log, steps);
          }
  keys.add(COMMON_STEPS.signalConso.titleKey).add(COMMON_STEPS.signalConso.bodyKey);
  return keys;
}

describe('messages the domain emits', () => {
  const keys = emittedKeys();
  it('cover every rule', () => {
    for (const k of ['rule.firstContact', 'rule.promiseMissedRef', 'rule.noReply', 'rule.refundIssued', 'rule.escalateDenied', 'rule.escalateDeniedAfter', 'rule.answerPeriod', 'rule.noAnswerAfterStep', 'action.reviewCase', 'deadline.ukOmbudsmanWait', 'deadline.paypalClaim', 'deadline.traderRefund', 'answer.regZ']) expect(keys).toContain(k);
  });
  it.each(['en', 'fr'] as const)('exist in %s', (lang) => {
    const missing = [...keys].filter((k) => !(k in messages[lang]));
    expect(missing).toEqual([]);
  });
});
