import { describe, expect, it } from 'vitest';
import { formatMoney, isKnownCurrency, minorDigits, parseAmount, sumByCurrency, totalsByCurrency } from '../../src/domain/money';

describe('money', () => {
  it('takes the number of decimals from the currency', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
  });

  it.each([
    ['13.99', 'EUR', 1399],
    ['13,99', 'EUR', 1399],
    ['1 234,50', 'EUR', 123450],
    ['1.234,50', 'EUR', 123450],
    ['1,234.50', 'USD', 123450],
    ['7', 'EUR', 700],
    ['1,500', 'JPY', 1500],
    ['1500', 'JPY', 1500],
    ['2.125', 'BHD', 2125],
    ['0.5', 'EUR', 50],
  ])('parses %s %s as %i minor units', (input, currency, minor) => {
    expect(parseAmount(input, currency)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'EUR', 'empty'],
    ['abc', 'EUR', 'not-a-number'],
    ['-5', 'EUR', 'negative'],
    ['1.999', 'EUR', 'too-many-decimals'],
    ['1.5', 'JPY', 'too-many-decimals'],
    ['12,34,567', 'USD', 'not-a-number'],
    ['99999999999999999', 'EUR', 'too-large'],
    ['1.2.3,4,5', 'EUR', 'not-a-number'],
  ])('refuses %j in %s (%s)', (input, currency, error) => {
    const r = parseAmount(input, currency);
    expect(r).toEqual({ ok: false, error });
  });

  it('knows real currency codes only', () => {
    expect(isKnownCurrency('EUR')).toBe(true);
    expect(isKnownCurrency('PLN')).toBe(true);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('eur')).toBe(false);
  });

  it('formats with the right decimals for the locale', () => {
    expect(formatMoney({ minor: 1399, currency: 'EUR' }, 'fr')).toMatch(/13,99\s€/);
    expect(formatMoney({ minor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });

  it('sums per currency and never shows a negative outstanding amount', () => {
    expect(sumByCurrency([{ minor: 100, currency: 'USD' }, { minor: 250, currency: 'EUR' }, { minor: 50, currency: 'USD' }])).toEqual([
      { currency: 'EUR', minor: 250 },
      { currency: 'USD', minor: 150 },
    ]);
    expect(totalsByCurrency([{ minor: 1000, currency: 'EUR' }], [{ minor: 1200, currency: 'EUR' }, { minor: 300, currency: 'GBP' }])).toEqual([
      { currency: 'EUR', disputed: 1000, refunded: 1200, outstanding: 0 },
      { currency: 'GBP', disputed: 0, refunded: 300, outstanding: 0 },
    ]);
  });
});
