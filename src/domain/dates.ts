/**
 * Calendar and clock arithmetic, the only door to date-fns. Instants are epoch ms with an IANA zone;
 * calendar dates are 'YYYY-MM-DD'. Nothing here reads the clock: `now` is always passed in.
 */
import { TZDate } from '@date-fns/tz';
import {
  addBusinessDays as dfAddBusinessDays,
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  differenceInCalendarDays,
  endOfDay,
  format,
  formatDistanceStrict,
  isWeekend,
  parseISO,
  startOfDay,
} from 'date-fns';
import { enGB, enUS, fr } from 'date-fns/locale';
import type { Instant, IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** The calendar date of an instant in a zone. */
export function isoDateOf(at: Instant, timeZone: string): IsoDate {
  return format(new TZDate(at, timeZone), 'yyyy-MM-dd');
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
  return format(dfAddDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** Add calendar months; a day missing in the target month clamps to its last day (31 Aug + 6 months = 28 Feb). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return format(dfAddMonths(parseISO(date), months), 'yyyy-MM-dd');
}

/** Add business days (Monday to Friday), skipping weekends. */
export function addBusinessDaysIso(date: IsoDate, days: number): IsoDate {
  return format(dfAddBusinessDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** If the date falls on a weekend, the next Monday; otherwise the date itself. */
export function nextWorkingDayIso(date: IsoDate): IsoDate {
  let d = parseISO(date);
  while (isWeekend(d)) d = dfAddDays(d, 1);
  return format(d, 'yyyy-MM-dd');
}

export function isWeekendIso(date: IsoDate): boolean {
  return isWeekend(parseISO(date));
}

/** Whole calendar days from a to b (b - a). */
export function daysBetweenIso(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a));
}

/** Value for an <input type="datetime-local"> showing an instant in a zone. */
export function toLocalInput(at: Instant, timeZone: string): string {
  return format(new TZDate(at, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** Read an <input type="datetime-local"> value as wall time in a zone. Null when malformed. */
export function fromLocalInput(value: string, timeZone: string): Instant | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m || !isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const t = new TZDate(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), timeZone).getTime();
  return Number.isNaN(t) ? null : t;
}

export type DateLocale = 'en' | 'fr' | 'en-US';
const LOCALES = { en: enGB, 'en-US': enUS, fr };

/** "22 Nov 2026, 14:05" in the zone the instant happened in. */
export function formatInstant(at: Instant, timeZone: string, locale: DateLocale): string {
  return format(new TZDate(at, timeZone), 'PP, HH:mm', { locale: LOCALES[locale] });
}

/** "22 Nov 2026". */
export function formatIsoDate(date: IsoDate, locale: DateLocale): string {
  return format(parseISO(date), 'PP', { locale: LOCALES[locale] });
}

/** "3 days", "5 minutes": the distance between two instants in words. */
export function formatDistance(from: Instant, to: Instant, locale: DateLocale): string {
  return formatDistanceStrict(to, from, { locale: LOCALES[locale] });
}

/** The short zone name at an instant, e.g. "CET" or "GMT+1". */
export function zoneAbbreviation(at: Instant, timeZone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "1:05:09" or "12:03" for a duration in seconds. */
export function formatDuration(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}
