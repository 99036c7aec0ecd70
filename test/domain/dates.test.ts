import { describe, expect, it } from 'vitest';
import {
  addBusinessDaysIso,
  addDaysIso,
  addMonthsIso,
  daysBetweenIso,
  endOfDayInstant,
  formatInstant,
  formatIsoDate,
  fromLocalInput,
  isoDateOf,
  nextWorkingDayIso,
  toLocalInput,
} from '../../src/domain/dates';

describe('calendar arithmetic on YYYY-MM-DD', () => {
  it('adds days across a month end, a leap day and a DST change', () => {
    expect(addDaysIso('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('clamps months to the last day and counts business days over weekends', () => {
    expect(addMonthsIso('2026-08-31', 6)).toBe('2027-02-28');
    expect(addBusinessDaysIso('2026-11-20', 1)).toBe('2026-11-23'); // Friday + 1 = Monday
    expect(nextWorkingDayIso('2026-11-22')).toBe('2026-11-23'); // Sunday
    expect(nextWorkingDayIso('2026-11-24')).toBe('2026-11-24');
    expect(daysBetweenIso('2026-11-22', '2027-01-01')).toBe(40);
  });

  it('keeps four-digit years below 1000 instead of reading them as 19xx', () => {
    expect(addDaysIso('0099-12-31', 1)).toBe('0100-01-01');
  });
});

describe('instants in a zone', () => {
  const at = Date.UTC(2026, 10, 22, 23, 30); // 23:30 UTC is already the 23rd in Paris
  it('gives the calendar date and the datetime-local value in that zone', () => {
    expect(isoDateOf(at, 'UTC')).toBe('2026-11-22');
    expect(isoDateOf(at, 'Europe/Paris')).toBe('2026-11-23');
    expect(toLocalInput(at, 'Europe/Paris')).toBe('2026-11-23T00:30');
    expect(fromLocalInput('2026-11-23T00:30', 'Europe/Paris')).toBe(at);
    expect(fromLocalInput('2026-02-30T10:00', 'Europe/Paris')).toBeNull();
  });

  it('ends a day at its last millisecond in the zone', () => {
    expect(endOfDayInstant('2026-11-22', 'America/New_York')).toBe(Date.UTC(2026, 10, 23, 4, 59, 59, 999));
  });
});

describe('dates in words', () => {
  const at = Date.UTC(2026, 10, 22, 13, 5);
  it('words an instant in its own zone, 24-hour, in English and French', () => {
    expect(formatInstant(at, 'Europe/Paris', 'en')).toBe('22 Nov 2026, 14:05');
    expect(formatInstant(at, 'America/New_York', 'en')).toBe('22 Nov 2026, 08:05');
    expect(formatInstant(at, 'Europe/Paris', 'fr')).toMatch(/^22 nov\. 2026.*14:05$/);
  });

  it('words a calendar date the same in every zone', () => {
    expect(formatIsoDate('2026-01-05', 'en')).toBe('5 Jan 2026');
    expect(formatIsoDate('2026-01-05', 'fr')).toBe('5 janv. 2026');
    expect(formatIsoDate('2026-12-31', 'en')).toBe('31 Dec 2026');
  });
});
