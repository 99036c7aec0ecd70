/**
 * The short chronological account at the top of the dossier: the dates that frame the case (subscription,
 * cancellation, charges), the first contact, the turning points (promises, refusals, escalations, refunds),
 * promises not kept and status changes. Ordinary contacts are left to the full timeline. Pure.
 */
import type { CaseBundle } from '../../domain/case-bundle';
import { endOfDayInstant, isoDateOf, startOfDayInstant } from '../../domain/dates';
import type { Instant, InteractionOutcome } from '../../domain/types';
import { agentOf, channelOf, chronological } from './case-facts';
import { promisesOf } from './promises';
import type { DocFormat } from './text-format';

export interface KeyEvent {
  at: Instant;
  /** The date as shown: a day for calendar dates, a time with zone for contacts. */
  when: string;
  text: string;
}

export interface Chronology {
  events: KeyEvent[];
  /** Events left out of the middle to keep the account short. */
  omitted: number;
  /** Where the omission falls: events[0 .. omittedAt) come before it. */
  omittedAt: number;
}

const TURNING_POINTS: readonly InteractionOutcome[] = ['reply-promised', 'refund-promised', 'refund-issued', 'denied', 'escalated'];

function framingEvents(b: CaseBundle, fmt: DocFormat): KeyEvent[] {
  const c = b.case;
  const tz = c.timeZone;
  const day = (d: string, text: string): KeyEvent => ({ at: startOfDayInstant(d, tz), when: fmt.date(d), text });
  const out: KeyEvent[] = [];
  if (c.subscriptionStartedOn) out.push(day(c.subscriptionStartedOn, fmt.t('dossier.event.subscriptionStarted')));
  if (c.cancelledOn) out.push(day(c.cancelledOn, fmt.t('dossier.event.cancelled')));
  for (const ch of b.charges) out.push(day(ch.chargedOn, fmt.t('dossier.event.charge', { amount: fmt.money(ch.amount) })));
  out.push({ at: c.createdAt, when: fmt.date(isoDateOf(c.createdAt, tz)), text: fmt.t('dossier.event.opened') });
  for (const s of b.statusChanges) {
    if (s.from === null) continue;
    out.push({ at: s.at, when: fmt.date(isoDateOf(s.at, tz)), text: fmt.t('dossier.event.status', { status: fmt.status(s.to) }) });
  }
  return out;
}

function contactEvents(b: CaseBundle, fmt: DocFormat, now: Instant): KeyEvent[] {
  const out: KeyEvent[] = [];
  chronological(b).forEach((i, n) => {
    const when = fmt.instant(i.occurredAt, i.timeZone);
    const values = { channel: channelOf(i, fmt), agent: agentOf(i, fmt), outcome: fmt.outcome(i.outcome) };
    if (n === 0) out.push({ at: i.occurredAt, when, text: fmt.t('dossier.event.firstContact', values) });
    if (!TURNING_POINTS.includes(i.outcome) && !i.promisedBy) return;
    const text = i.promisedBy ? fmt.t('dossier.event.contactPromise', { ...values, date: fmt.date(i.promisedBy) }) : fmt.t('dossier.event.contact', values);
    out.push({ at: i.occurredAt, when, text });
  });
  for (const p of promisesOf(b, now)) {
    if (p.state !== 'missed' || !p.by) continue;
    const promise = fmt.t(p.kind === 'refund' ? 'dossier.summary.promiseRefund' : 'dossier.summary.promiseReply');
    out.push({ at: endOfDayInstant(p.by, p.made.timeZone), when: fmt.date(p.by), text: fmt.t('dossier.event.promiseMissed', { promise, date: fmt.date(p.by) }) });
  }
  return out;
}

/** Key events oldest first; past `limit`, the middle is left out (the beginning and the latest matter most). */
export function chronologyOf(b: CaseBundle, fmt: DocFormat, now: Instant, limit = 24): Chronology {
  const all = [...framingEvents(b, fmt), ...contactEvents(b, fmt, now)].sort((x, y) => x.at - y.at);
  if (all.length <= limit) return { events: all, omitted: 0, omittedAt: all.length };
  const head = Math.ceil(limit / 2);
  const tail = limit - head;
  return { events: [...all.slice(0, head), ...all.slice(all.length - tail)], omitted: all.length - limit, omittedAt: head };
}
