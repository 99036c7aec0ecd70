/**
 * An iCalendar (RFC 5545) VCALENDAR of all-day events with alarms. UIDs are stable per case, rule and
 * triggering event, so importing a fresh export updates the same events instead of adding copies.
 */
import { addDaysIso } from '../../domain/dates';
import type { Instant, IsoDate } from '../../domain/types';
import { escapeText, icsDate, icsUtc, joinLines, safeUid } from './ics-text';

export interface CalendarAlarm {
  /** A DURATION relative to the start of the day, e.g. 'PT9H' (09:00 that day) or '-P2DT15H' (09:00 three days before). */
  trigger: string;
  description: string;
}

export interface CalendarEvent {
  uid: string;
  date: IsoDate;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
  alarms?: CalendarAlarm[];
}

export interface CalendarOptions {
  name: string;
  /** DTSTAMP of every event: when the file was made. */
  now: Instant;
}

export const PRODID = '-//Refund Tracker//Refund Tracker//EN';

function eventLines(e: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${safeUid(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDaysIso(e.date, 1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    'TRANSP:TRANSPARENT',
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  for (const a of e.alarms ?? []) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${a.trigger}`, `DESCRIPTION:${escapeText(a.description)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

export function buildCalendar(events: CalendarEvent[], opts: CalendarOptions): string {
  const stamp = icsUtc(opts.now);
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ]);
}
