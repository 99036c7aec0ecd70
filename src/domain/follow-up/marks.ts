/** Snoozes and "done" ticks, matched to actions by rule and triggering event. */
import type { FollowUpMark, Instant } from '../types';
import type { NextAction } from './types';

export function markFor(marks: FollowUpMark[], a: Pick<NextAction, 'ruleId' | 'eventKey'>): FollowUpMark | undefined {
  return marks.filter((f) => !f.deletedAt && f.ruleId === a.ruleId && f.eventKey === a.eventKey).sort((x, y) => y.updatedAt - x.updatedAt)[0];
}

/** When the action next needs attention once its mark is applied: undefined when done. */
export function effectiveDueAt(a: NextAction, mark: FollowUpMark | undefined): Instant | undefined {
  if (mark?.state === 'done') return undefined;
  if (mark?.state === 'snoozed' && mark.until) return Math.max(a.dueAt, mark.until);
  return a.dueAt;
}

/** Actions neither done nor snoozed past `now`. */
export function visibleActions(actions: NextAction[], bundle: { followUps: FollowUpMark[] }, now: Instant): NextAction[] {
  return actions.filter((a) => {
    const mark = markFor(bundle.followUps, a);
    if (!mark) return true;
    if (mark.state === 'done') return false;
    return (mark.until ?? 0) <= now;
  });
}
