/**
 * Next actions for a case: what to do, by when, and why. Pure: `now` and the zone are passed in.
 */
import type { CaseBundle } from '../case-bundle';
import { addBusinessDaysIso, endOfDayInstant, isoDateOf } from '../dates';
import { OPEN_STATUSES, type Instant, type Settings } from '../types';

export type Urgency = 'overdue' | 'today' | 'soon' | 'later';

export interface NextAction {
  ruleId: string;
  /** Identifies the event that triggered the action, so a snooze does not hide a later one. */
  eventKey: string;
  kind: 'contact' | 'follow-up' | 'check-statement' | 'escalate' | 'gather-evidence' | 'deadline';
  dueAt: Instant;
  urgency: Urgency;
  /** i18n key and values for the one-line reason. */
  reason: { key: string; values: Record<string, string | number> };
}

export type RuleSettings = Pick<Settings, 'followUpBusinessDays' | 'contactsBeforeEscalation' | 'cardDisputeWindowDays' | 'homeRegion'>;

export function urgencyOf(dueAt: Instant, now: Instant, timeZone: string): Urgency {
  if (dueAt < now) return 'overdue';
  const today = isoDateOf(now, timeZone);
  if (isoDateOf(dueAt, timeZone) === today) return 'today';
  if (dueAt <= endOfDayInstant(addBusinessDaysIso(today, 5), timeZone)) return 'soon';
  return 'later';
}

export function nextActions(bundle: CaseBundle, settings: RuleSettings, now: Instant, timeZone: string): NextAction[] {
  const c = bundle.case;
  if (c.deletedAt || !OPEN_STATUSES.includes(c.status)) return [];
  const out: Omit<NextAction, 'urgency'>[] = [];
  const last = bundle.interactions.at(-1);
  if (!last) {
    out.push({ ruleId: 'first-contact', eventKey: c.id, kind: 'contact', dueAt: c.createdAt, reason: { key: 'rule.firstContact', values: {} } });
  } else if (last.promisedBy) {
    out.push({
      ruleId: 'promise-missed',
      eventKey: last.id,
      kind: 'follow-up',
      dueAt: endOfDayInstant(last.promisedBy, timeZone),
      reason: { key: 'rule.promiseMissed', values: { date: last.promisedBy, ref: last.references[0] ?? '' } },
    });
  } else {
    const due = addBusinessDaysIso(isoDateOf(last.occurredAt, timeZone), settings.followUpBusinessDays);
    out.push({
      ruleId: 'no-reply',
      eventKey: last.id,
      kind: 'follow-up',
      dueAt: endOfDayInstant(due, timeZone),
      reason: { key: 'rule.noReply', values: { days: settings.followUpBusinessDays } },
    });
  }
  return out.map((a) => ({ ...a, urgency: urgencyOf(a.dueAt, now, timeZone) })).sort((a, b) => a.dueAt - b.dueAt);
}

/** Actions not snoozed past `now` nor marked done. */
export function visibleActions(actions: NextAction[], bundle: CaseBundle, now: Instant): NextAction[] {
  return actions.filter((a) => {
    const mark = bundle.followUps.find((f) => !f.deletedAt && f.ruleId === a.ruleId && f.eventKey === a.eventKey);
    if (!mark) return true;
    if (mark.state === 'done') return false;
    return (mark.until ?? 0) <= now;
  });
}

/**
 * The instant the case next needs attention: the earliest due visible action, or when a snooze ends.
 * Undefined when nothing is pending.
 */
export function nextDueAt(bundle: CaseBundle, settings: RuleSettings, now: Instant, timeZone: string): Instant | undefined {
  let best: Instant | undefined;
  for (const a of nextActions(bundle, settings, now, timeZone)) {
    const mark = bundle.followUps.find((f) => !f.deletedAt && f.ruleId === a.ruleId && f.eventKey === a.eventKey);
    if (mark?.state === 'done') continue;
    const due = mark?.state === 'snoozed' && mark.until ? Math.max(a.dueAt, mark.until) : a.dueAt;
    if (best === undefined || due < best) best = due;
  }
  return best;
}
