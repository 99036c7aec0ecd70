/**
 * Next actions for a case: what to do, by when, why, and which rule said so. Pure: `now` and the zone
 * are passed in. Which actions exist and when they fall due depend only on the stored records (never
 * on `now`), so the `nextDueAt` written with each case write stays true as time passes; only urgency
 * moves with the clock.
 */
import type { CaseBundle } from '../case-bundle';
import { NO_HOLIDAYS, type HolidayTable } from '../places/business-days';
import { placeOfCase } from '../places/case-place';
import { OPEN_STATUSES, type Instant } from '../types';
import { firstContact, noReply, promiseMissed } from './contact-rules';
import { deadlineReminders } from './deadline-rules';
import { escalate } from './escalation';
import { gatherEvidence } from './evidence-rules';
import { effectiveDueAt, markFor } from './marks';
import { refundArrival } from './refund-rules';
import type { ActionDraft, ActionKind, ActionTarget, NextAction, Rule, RuleContext, RuleSettings } from './types';
import { urgencyOf } from './urgency';

export * from './types';
export { urgencyOf } from './urgency';
export { effectiveDueAt, markFor, visibleActions } from './marks';
export { evidenceNeeds } from './evidence-rules';
export { climbedRungs, ladderOf } from './escalation';
export { stepFactsOf } from './step-facts';
export { REFUND_CHECK_DAYS, REFUND_MISSING_DAYS } from './refund-rules';
export { snoozeForDays, snoozeUntilDay } from './snooze';

export const RULES: readonly Rule[] = [firstContact, promiseMissed, noReply, refundArrival, escalate, gatherEvidence, deadlineReminders];

const TARGETS: Record<ActionKind, ActionTarget> = {
  contact: 'log',
  'follow-up': 'log',
  'check-statement': 'log',
  escalate: 'escalate',
  'gather-evidence': 'evidence',
  deadline: 'deadlines',
};

function finish(d: ActionDraft, now: Instant, timeZone: string): NextAction {
  return { ...d, refs: d.refs ?? [], target: d.target ?? TARGETS[d.kind], urgency: urgencyOf(d.dueAt, now, timeZone) };
}

/** Every action the rules give for an open case, soonest first (marks not applied). */
export function nextActions(bundle: CaseBundle, settings: RuleSettings, now: Instant, timeZone: string, holidays: HolidayTable = NO_HOLIDAYS): NextAction[] {
  const c = bundle.case;
  if (c.deletedAt || !OPEN_STATUSES.includes(c.status)) return [];
  const place = placeOfCase(c, settings);
  const ctx: RuleContext = { bundle, settings, timeZone, region: place.region, place, holidays };
  return RULES.flatMap((rule) => rule(ctx))
    .map((d) => finish(d, now, timeZone))
    .sort((a, b) => a.dueAt - b.dueAt || a.ruleId.localeCompare(b.ruleId) || a.eventKey.localeCompare(b.eventKey));
}

/** The action that decides when the case next needs attention (snoozes counted in), or undefined. */
export function leadingAction(bundle: CaseBundle, settings: RuleSettings, now: Instant, timeZone: string, holidays: HolidayTable = NO_HOLIDAYS): { action: NextAction; dueAt: Instant } | undefined {
  let best: { action: NextAction; dueAt: Instant } | undefined;
  for (const a of nextActions(bundle, settings, now, timeZone, holidays)) {
    const due = effectiveDueAt(a, markFor(bundle.followUps, a));
    if (due !== undefined && (!best || due < best.dueAt)) best = { action: a, dueAt: due };
  }
  return best;
}

/**
 * The instant the case next needs attention: the earliest due action not done, a snoozed one counting
 * from when its snooze ends. Undefined when nothing is pending.
 */
export function nextDueAt(bundle: CaseBundle, settings: RuleSettings, now: Instant, timeZone: string, holidays: HolidayTable = NO_HOLIDAYS): Instant | undefined {
  return leadingAction(bundle, settings, now, timeZone, holidays)?.dueAt;
}
