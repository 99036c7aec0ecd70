// @vitest-environment node
/** Every formatter of dates, money and sizes gives text for any stored value and never throws. */
import { describe, expect, it } from 'vitest';
import { formatDuration, formatInstant, formatIsoDate, zoneAbbreviation } from '../../src/domain/dates';
import { formatMoney } from '../../src/domain/money';
import { icsUtc } from '../../src/export/ics/ics-text';
import { formatBytes, formatSizeAgainst } from '../../src/lib/bytes';

const ODD_NUMBERS = [8.64e15, 8.64e15 + 1, -8.64e15 - 1, Number.NaN, Infinity, -Infinity, -1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2];
const ODD_ZONES = ['Europe/Paris', 'Pacific/Kiritimati', 'Not/AZone', '', 'UTC'];
const ODD_DATES = ['2026-02-29', '275760-09-13', 'NaN-NaN-NaN', '', '2026-13-01', '0000-01-01', '9999-12-31'];
const ODD_CURRENCIES = ['EUR', 'JPY', 'XYZ', 'eur', '', 'EURO', '€'];

describe('total formatters', () => {
  it('format any instant in any zone as text', () => {
    for (const at of ODD_NUMBERS) {
      for (const zone of ODD_ZONES) {
        for (const lang of ['en', 'fr'] as const) {
          const text = formatInstant(at, zone, lang);
          expect(typeof text).toBe('string');
          expect(text.length).toBeGreaterThan(0);
          expect(typeof zoneAbbreviation(at, zone, lang)).toBe('string');
        }
      }
      expect(typeof formatDuration(at)).toBe('string');
      expect(icsUtc(at)).toMatch(/^\d{8}T\d{6}Z$/);
    }
    expect(formatInstant(8.64e15 + 1, 'Europe/Paris', 'en')).toBe('8640000000000001');
    expect(formatInstant(Number.NaN, 'Europe/Paris', 'fr')).toBe('–');
    expect(formatInstant(Date.UTC(2026, 10, 22, 13, 5), 'Not/AZone', 'en')).toBe('22 Nov 2026, 13:05');
  });

  it('format any calendar date as text', () => {
    for (const date of ODD_DATES) for (const lang of ['en', 'fr'] as const) expect(typeof formatIsoDate(date, lang)).toBe('string');
    expect(formatIsoDate('NaN-NaN-NaN', 'en')).toBe('NaN-NaN-NaN');
    expect(formatIsoDate(undefined as unknown as string, 'en')).toBe('undefined');
  });

  it('format any amount in any currency code as text', () => {
    for (const minor of ODD_NUMBERS) {
      for (const currency of ODD_CURRENCIES) {
        for (const lang of ['en', 'fr']) expect(typeof formatMoney({ minor, currency }, lang)).toBe('string');
      }
    }
    expect(formatMoney({ minor: 1250, currency: 'XYZ' }, 'en')).toBe('12.50 XYZ');
    expect(formatMoney({ minor: Number.NaN, currency: 'EUR' }, 'en')).toBe('– EUR');
    expect(formatMoney({ minor: 1250, currency: 'EUR' }, 'en')).toBe('€12.50');
    expect(formatMoney(null as unknown as { minor: number; currency: string }, 'en')).toBe('–');
  });

  it('format any size as text', () => {
    for (const n of ODD_NUMBERS) {
      expect(typeof formatBytes(n, 'fr')).toBe('string');
      expect(typeof formatSizeAgainst(n, 1024 ** 3, 'en').size).toBe('string');
    }
  });
});
