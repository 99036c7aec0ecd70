import { addDaysIso, endOfDayInstant, isoDateOf } from '../dates';
import type { Instant } from '../types';
import type { Urgency } from './types';

/** "soon" covers the rest of the coming week: today plus six days. */
const SOON_DAYS = 6;

/** How pressing a due instant is, seen from `now` in the person's zone. */
export function urgencyOf(dueAt: Instant, now: Instant, timeZone: string): Urgency {
  if (dueAt < now) return 'overdue';
  const today = isoDateOf(now, timeZone);
  if (isoDateOf(dueAt, timeZone) === today) return 'today';
  if (dueAt <= endOfDayInstant(addDaysIso(today, SOON_DAYS), timeZone)) return 'soon';
  return 'later';
}
