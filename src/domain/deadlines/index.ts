/** Deadlines and rights: what applies to a case, by when, how it is counted and where it comes from. */
import { daysBetweenIso, endOfDayInstant, isoDateOf } from '../dates';
import type { Instant } from '../types';
import type { Deadline } from './types';

export * from './sources';
export * from './types';
export { ARRIVAL_MARGIN_DAYS, bankDisputeDate, computeDeadlines, regionOfCase, type DeadlineSettings } from './compute';

/** When a deadline passes: the end of its day in the zone. */
export function deadlineEndsAt(d: Pick<Deadline, 'date'>, timeZone: string): Instant {
  return endOfDayInstant(d.date, timeZone);
}

/** Whole days from today to the deadline's day (0 on the day itself, negative once passed). */
export function daysLeft(d: Pick<Deadline, 'date'>, now: Instant, timeZone: string): number {
  return daysBetweenIso(isoDateOf(now, timeZone), d.date);
}
