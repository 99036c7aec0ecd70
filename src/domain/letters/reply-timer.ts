/**
 * After a letter is sent: the reply date it sets and the outcome its logged contact carries, so the
 * follow-up rules of today ("promise missed" on `promisedBy`, status after an outcome) watch for the
 * answer. This is the one place the escalation engine replaces when it gains timers per country and
 * payment method: everything that records a sent letter asks `replyTimerAfterSending`.
 */
import { addBusinessDaysIso, addDaysIso } from '../dates';
import type { InteractionOutcome, IsoDate, Region } from '../types';
import type { LetterRuleId } from './sources';
import type { LetterKind } from './types';

export interface ReplyPeriod {
  days: number;
  unit: 'calendar' | 'business';
  /** The rule that sets the period; absent when the period is the letter's own request. */
  rule?: LetterRuleId;
}

export interface ReplyTimer {
  /** The outcome of the logged contact: sending to a bank or mediator escalates the case. */
  outcome: InteractionOutcome;
  /** The end of the day by which an answer is expected; absent when none applies. */
  promisedBy?: IsoDate;
  period?: ReplyPeriod;
}

const cal = (days: number, rule?: LetterRuleId): ReplyPeriod => (rule ? { days, unit: 'calendar', rule } : { days, unit: 'calendar' });
const biz = (days: number, rule: LetterRuleId): ReplyPeriod => ({ days, unit: 'business', rule });

/** The answer period a letter asks for, by kind and by the region whose rules apply. */
export function replyPeriod(kind: LetterKind, region: Region): ReplyPeriod | undefined {
  switch (kind) {
    case 'withdrawal-form':
    case 'withdrawal-email':
      // The trader refunds within 14 days of being told.
      return cal(14, region === 'UK' ? 'uk-trader-refund' : 'eu-trader-refund');
    case 'complaint':
      return cal(14);
    case 'formal-notice':
      return cal(15);
    case 'bank-dispute':
      if (region === 'UK') return cal(56, 'uk-fca-complaint');
      if (region === 'EU') return biz(15, 'eu-psd2-complaint');
      if (region === 'US') return biz(10, 'us-transfer-error');
      return cal(30);
    case 'billing-error':
      // The issuer acknowledges within 30 days of receiving the notice.
      return cal(30, 'us-billing-error');
    case 'mediator-referral':
      // The mediator says within three weeks whether it takes the case.
      return cal(21, 'fr-mediation');
    case 'letter-before-claim':
      return cal(14, 'uk-pre-action');
  }
}

export function replyDateAfter(sentOn: IsoDate, period: ReplyPeriod): IsoDate {
  return period.unit === 'business' ? addBusinessDaysIso(sentOn, period.days) : addDaysIso(sentOn, period.days);
}

const ESCALATING: ReadonlySet<LetterKind> = new Set(['bank-dispute', 'billing-error', 'mediator-referral']);

/** The single hook point: what sending this letter on `sentOn` starts. */
export function replyTimerAfterSending(kind: LetterKind, region: Region, sentOn: IsoDate): ReplyTimer {
  const outcome: InteractionOutcome = ESCALATING.has(kind) ? 'escalated' : 'no-resolution';
  const period = replyPeriod(kind, region);
  if (!period) return { outcome };
  return { outcome, promisedBy: replyDateAfter(sentOn, period), period };
}
