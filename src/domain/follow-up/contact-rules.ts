/** Contact rules: make the first contact, chase a missed promise, follow up when nothing comes back. */
import { addBusinessDaysIso, endOfDayInstant, isoDateOf } from '../dates';
import { isRefund, pendingPromise, referencesOf } from './history';
import type { Message, Rule } from './types';

/** A new case with no contact yet: contact the company today. */
export const firstContact: Rule = ({ bundle, timeZone }) => {
  if (bundle.interactions.length > 0) return [];
  const c = bundle.case;
  return [
    {
      ruleId: 'first-contact',
      eventKey: c.id,
      kind: 'contact',
      dueAt: endOfDayInstant(isoDateOf(c.createdAt, timeZone), timeZone),
      title: { key: 'action.contact', values: {} },
      reason: { key: 'rule.firstContact', values: {} },
    },
  ];
};

/** A reply was promised by a date and nothing came in by the end of that day: follow up, quoting it. */
export const promiseMissed: Rule = ({ bundle, timeZone }) => {
  const p = pendingPromise(bundle.interactions, timeZone);
  if (!p) return [];
  const ref = p.references[0];
  const reason: Message = ref ? { key: 'rule.promiseMissedRef', values: { date: p.promisedBy!, ref } } : { key: 'rule.promiseMissed', values: { date: p.promisedBy! } };
  return [
    {
      ruleId: 'promise-missed',
      eventKey: p.id,
      kind: 'follow-up',
      dueAt: endOfDayInstant(p.promisedBy!, timeZone),
      title: { key: 'action.followUpPromise', values: {} },
      reason,
      refs: referencesOf(bundle.interactions),
    },
  ];
};

/**
 * Waiting on the company: no new interaction for N business days (weekends skipped) after the last one.
 * Not while a dated promise is pending, after a refund (the refund rules watch it) or after a denial
 * (the escalation rule takes over).
 */
export const noReply: Rule = ({ bundle, settings, timeZone }) => {
  const last = bundle.interactions.at(-1);
  if (!last || last.outcome === 'denied' || isRefund(last.outcome)) return [];
  if (pendingPromise(bundle.interactions, timeZone)) return [];
  const days = settings.followUpBusinessDays;
  const date = isoDateOf(last.occurredAt, timeZone);
  return [
    {
      ruleId: 'no-reply',
      eventKey: last.id,
      kind: 'follow-up',
      dueAt: endOfDayInstant(addBusinessDaysIso(date, days), timeZone),
      title: { key: last.outcome === 'info-requested' ? 'action.sendInfo' : 'action.followUp', values: {} },
      reason: { key: last.outcome === 'info-requested' ? 'rule.infoRequested' : 'rule.noReply', values: { days, date } },
      refs: referencesOf(bundle.interactions),
    },
  ];
};
