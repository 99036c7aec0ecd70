import { describe, expect, it } from 'vitest';
import { CURRENCY_DIGITS } from '../../src/domain/currencies';
import { minorDigits } from '../../src/domain/money';
import {
  MAX_INSTANT,
  MIN_INSTANT,
  currencyProblem,
  durationProblem,
  idProblem,
  instantProblem,
  isoDateProblem,
  moneyProblem,
  textProblem,
  zoneProblem,
} from '../../src/domain/validation';

describe('one rule per kind of value', () => {
  it.each([
    [{ minor: 0, currency: 'EUR' }, undefined],
    [{ minor: 2999, currency: 'JPY' }, undefined],
    [{ minor: 1e13, currency: 'BHD' }, undefined],
    [{ minor: 1e13 + 1, currency: 'EUR' }, 'amountTooLarge'],
    [{ minor: -1, currency: 'EUR' }, 'amountNegative'],
    [{ minor: 1.5, currency: 'EUR' }, 'amountInvalid'],
    [{ minor: Number.NaN, currency: 'EUR' }, 'amountInvalid'],
    [{ minor: 100, currency: 'XYZ' }, 'currencyUnknown'],
    [{ minor: 100, currency: 'eur' }, 'currencyUnknown'],
    [{ minor: 100, currency: 'XXX' }, 'currencyUnknown'],
    [{ minor: 100, currency: 'XAU' }, 'currencyUnknown'],
  ])('money %j: %s', (m, problem) => {
    expect(moneyProblem(m)).toBe(problem);
  });

  it('pins currency digits in the domain, the same on every browser', () => {
    expect([minorDigits('EUR'), minorDigits('JPY'), minorDigits('BHD'), minorDigits('HUF'), minorDigits('XYZ')]).toEqual([2, 0, 3, 0, 2]);
    expect(CURRENCY_DIGITS.size).toBeGreaterThan(150);
    for (const code of ['EUR', 'USD', 'GBP', 'CHF', 'PLN', 'UAH', 'XCG', 'ZWG', 'VES']) expect(currencyProblem(code), code).toBeUndefined();
  });

  it.each([
    ['2026-02-28', undefined],
    ['2024-02-29', undefined],
    ['2000-02-29', undefined],
    ['1970-01-01', undefined],
    ['2099-12-31', undefined],
    ['2025-02-29', 'dateInvalid'],
    ['1900-02-29', 'dateInvalid'],
    ['2026-04-31', 'dateInvalid'],
    ['2026-13-01', 'dateInvalid'],
    ['2026-1-05', 'dateInvalid'],
    ['26-01-05', 'dateInvalid'],
    ['', 'dateInvalid'],
    ['1969-12-31', 'dateRange'],
    ['2100-01-01', 'dateRange'],
    ['0000-01-01', 'dateRange'],
  ])('calendar date %s: %s', (date, problem) => {
    expect(isoDateProblem(date)).toBe(problem);
  });

  it.each([
    [MIN_INSTANT, undefined],
    [MAX_INSTANT, undefined],
    [Date.UTC(2026, 10, 22), undefined],
    [-1, 'instantRange'],
    [MAX_INSTANT + 1, 'instantRange'],
    [8.64e15, 'instantRange'],
    [Number.NaN, 'instantRange'],
    [Infinity, 'instantRange'],
  ])('instant %d: %s', (at, problem) => {
    expect(instantProblem(at)).toBe(problem);
  });

  it.each([
    ['0b6f3a42-8a0c-4a8e-9d55-2f1b7c1e9a01', undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
    ['new', 'idUnsafe'],
    ['New', 'idUnsafe'],
    ['a/b', 'idUnsafe'],
    ['x?y#z', 'idUnsafe'],
    ['..', 'idUnsafe'],
    ['%2e%2e', 'idUnsafe'],
    ['', 'idUnsafe'],
    ['a'.repeat(65), 'idUnsafe'],
  ])('id %j: %s', (id, problem) => {
    expect(idProblem(id)).toBe(problem);
  });

  it('text lengths, durations and zones', () => {
    expect(textProblem('a'.repeat(300), 300)).toBeUndefined();
    expect(textProblem('a'.repeat(301), 300)).toBe('tooLong');
    expect(durationProblem(86_400)).toBeUndefined();
    expect(durationProblem(86_401)).toBe('durationInvalid');
    expect(durationProblem(-1)).toBe('durationInvalid');
    expect(zoneProblem('Europe/Paris')).toBeUndefined();
    expect(zoneProblem('Mars/Olympus')).toBe('zoneUnknown');
    expect(zoneProblem('')).toBe('zoneUnknown');
  });
});
