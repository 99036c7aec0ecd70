/** When a snooze ends: the same wall-clock time some days later, or the start of a chosen day. */
import { addDaysIso, fromLocalInput, startOfDayInstant, toLocalInput } from '../dates';
import type { Instant, IsoDate } from '../types';

/** The same local time `days` later (23 or 25 hours across a clock change, never an hour off). */
export function snoozeForDays(now: Instant, days: number, timeZone: string): Instant {
  const local = toLocalInput(now, timeZone);
  const later = fromLocalInput(`${addDaysIso(local.slice(0, 10), days)}T${local.slice(11)}`, timeZone);
  return later ?? now + days * 86_400_000;
}

/** The first moment of a chosen day. */
export function snoozeUntilDay(date: IsoDate, timeZone: string): Instant {
  return startOfDayInstant(date, timeZone);
}
