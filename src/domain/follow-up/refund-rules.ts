/** After a refund is promised or issued: check the statement after 5 business days, chase it after 10. */
import { addBusinessDaysIso, endOfDayInstant, isoDateOf } from '../dates';
import { isRefund, referencesOf } from './history';
import type { Rule } from './types';

/** Card issuers' common guidance: a refund shows on the statement within about 5 to 10 business days. */
export const REFUND_CHECK_DAYS = 5;
export const REFUND_MISSING_DAYS = 10;

export const refundArrival: Rule = ({ bundle, timeZone }) => {
  // The latest word on money decides: a later denial ends the wait, a later plain contact does not.
  const r = bundle.interactions.findLast((x) => isRefund(x.outcome) || x.outcome === 'denied');
  if (!r || r.outcome === 'denied') return [];
  const on = isoDateOf(r.occurredAt, timeZone);
  // A refund promised for a later day starts the statement clock on that day.
  const base = r.outcome === 'refund-promised' && r.promisedBy && r.promisedBy > on ? r.promisedBy : on;
  const refs = referencesOf(bundle.interactions);
  return [
    {
      ruleId: 'refund-check',
      eventKey: r.id,
      kind: 'check-statement',
      dueAt: endOfDayInstant(addBusinessDaysIso(base, REFUND_CHECK_DAYS), timeZone),
      title: { key: 'action.checkStatement', values: {} },
      reason: { key: r.outcome === 'refund-issued' ? 'rule.refundIssued' : 'rule.refundPromised', values: { date: base, days: REFUND_CHECK_DAYS } },
      refs,
    },
    {
      ruleId: 'refund-missing',
      eventKey: r.id,
      kind: 'follow-up',
      dueAt: endOfDayInstant(addBusinessDaysIso(base, REFUND_MISSING_DAYS), timeZone),
      title: { key: 'action.followUpRefund', values: {} },
      reason: { key: 'rule.refundMissing', values: { date: base, days: REFUND_MISSING_DAYS } },
      refs,
    },
  ];
};
