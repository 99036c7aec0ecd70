/**
 * Calendar and clock arithmetic, the only door to date-fns; dates in words come from Intl, which the
 * browser already carries (date-fns's format and its locales would weigh on the start-up bundle).
 * Instants are epoch ms with an IANA zone; calendar dates are 'YYYY-MM-DD'. Nothing here reads the
 * clock: `now` is always passed in.
 */
import { TZDate } from '@date-fns/tz';
import { addBusinessDays as dfAddBusinessDays, addDays as dfAddDays, addMonths as dfAddMonths, differenceInCalendarDays, endOfDay, isWeekend, startOfDay } from 'date-fns';
import type { Instant, IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar date as a local-midnight Date, for date-fns's calendar arithmetic. */
function dateOf(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const out = new Date(y, m - 1, d);
  // Years 0 to 99 would otherwise be read as 1900 to 1999.
  out.setFullYear(y);
  return out;
}

/** The calendar date a Date shows in its own zone (a TZDate's zone, or the device's). */
function isoOf(d: Date): IsoDate {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** The calendar date of an instant in a zone. */
export function isoDateOf(at: Instant, timeZone: string): IsoDate {
  return isoOf(new TZDate(at, timeZone));
}

function tzDateOf(date: IsoDate, timeZone: string): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, timeZone);
}

/** The last millisecond of a calendar date in a zone: when a deadline on that date passes. */
export function endOfDayInstant(date: IsoDate, timeZone: string): Instant {
  return endOfDay(tzDateOf(date, timeZone)).getTime();
}

export function startOfDayInstant(date: IsoDate, timeZone: string): Instant {
  return startOfDay(tzDateOf(date, timeZone)).getTime();
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return isoOf(dfAddDays(dateOf(date), days));
}

/** Add calendar months; a day missing in the target month clamps to its last day (31 Aug + 6 months = 28 Feb). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return isoOf(dfAddMonths(dateOf(date), months));
}

/** Add business days (Monday to Friday), skipping weekends. */
export function addBusinessDaysIso(date: IsoDate, days: number): IsoDate {
  return isoOf(dfAddBusinessDays(dateOf(date), days));
}

/** If the date falls on a weekend, the next Monday; otherwise the date itself. */
export function nextWorkingDayIso(date: IsoDate): IsoDate {
  let d = dateOf(date);
  while (isWeekend(d)) d = dfAddDays(d, 1);
  return isoOf(d);
}

export function isWeekendIso(date: IsoDate): boolean {
  return isWeekend(dateOf(date));
}

/** Whole calendar days from a to b (b - a). */
export function daysBetweenIso(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(dateOf(b), dateOf(a));
}

/** Value for an <input type="datetime-local"> showing an instant in a zone. */
export function toLocalInput(at: Instant, timeZone: string): string {
  const d = new TZDate(at, timeZone);
  return `${isoOf(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Read an <input type="datetime-local"> value as wall time in a zone. Null when malformed. */
export function fromLocalInput(value: string, timeZone: string): Instant | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const t = new TZDate(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), timeZone).getTime();
  return Number.isNaN(t) ? null : t;
}

export type DateLocale = 'en' | 'fr';
// British English words dates the European way ("22 Nov 2026"), like the French; times are 24-hour in both.
const INTL_LOCALE: Record<DateLocale, string> = { en: 'en-GB', fr: 'fr' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to make and a timeline formats hundreds of dates: one per locale and zone. */
function formatter(locale: DateLocale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    const time: Intl.DateTimeFormatOptions = withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {};
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', ...time, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/*
 * The formatters below are total: a stored value of any shape (an instant past what a Date holds,
 * NaN, a zone this browser does not know, a malformed date) gives text, never an exception, so one
 * absurd record cannot blank a screen. What cannot be shown as a date is shown as it is.
 */

/** The raw value, when it cannot be a date. */
const rawText = (value: unknown): string => (typeof value === 'number' && Number.isNaN(value) ? '–' : String(value));

/** "22 Nov 2026, 14:05" in the zone the instant happened in (in UTC if the zone is unknown here). */
export function formatInstant(at: Instant, timeZone: string, locale: DateLocale): string {
  for (const zone of [timeZone, 'UTC']) {
    try {
      return formatter(locale === 'fr' ? 'fr' : 'en', zone, true).format(at);
    } catch {
      // An unknown zone: try UTC; an instant no Date holds: the raw value below.
    }
  }
  return rawText(at);
}

/** "22 Nov 2026". */
export function formatIsoDate(date: IsoDate, locale: DateLocale): string {
  try {
    if (typeof date !== 'string' || !ISO_DATE.test(date)) return rawText(date);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const utc = new Date(Date.UTC(2000, m - 1, d));
    utc.setUTCFullYear(y);
    return formatter(locale === 'fr' ? 'fr' : 'en', 'UTC', false).format(utc);
  } catch {
    return rawText(date);
  }
}

/** The short zone name at an instant, e.g. "CET" or "GMT+1"; the zone's own name if Intl cannot say. */
export function zoneAbbreviation(at: Instant, timeZone: string, locale: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? String(timeZone);
  } catch {
    return String(timeZone);
  }
}

/** "1:05:09" or "12:03" for a duration in seconds. */
export function formatDuration(totalSec: number): string {
  const s = Number.isFinite(totalSec) ? Math.max(0, Math.round(totalSec)) : 0;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}
