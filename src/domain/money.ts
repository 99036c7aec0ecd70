/**
 * Money as integer minor units plus an ISO 4217 code. The number of decimals comes from the
 * currency list pinned in ./currencies (JPY 0, EUR 2, BHD 3), never an assumed 2 and never the
 * browser's own list, which differs between browsers.
 */
import { CURRENCY_DIGITS } from './currencies';
import type { Money } from './types';
import { MAX_MINOR } from './validation';

export { isKnownCurrency } from './validation';

/** Decimal places of a currency's minor unit; 2 for a code not in the list (an old or damaged record). */
export function minorDigits(currency: string): number {
  return CURRENCY_DIGITS.get(currency) ?? 2;
}

/**
 * "€12.50", "12,50 €". Total: any stored value gives text, never an exception (an unknown or
 * malformed code is shown as it is after the number, a number that is not one as a dash).
 */
export function formatMoney(m: Money, locale: string): string {
  const code = typeof m?.currency === 'string' ? m.currency : '';
  const minor = typeof m?.minor === 'number' ? m.minor : Number.NaN;
  if (!Number.isFinite(minor)) return code ? `– ${code}` : '–';
  const digits = minorDigits(code);
  const value = minor / 10 ** digits;
  const fixed = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  try {
    if (CURRENCY_DIGITS.has(code)) return new Intl.NumberFormat(locale, { style: 'currency', currency: code, ...fixed }).format(value);
  } catch {
    // A locale Intl refuses: the plain form below.
  }
  let number: string;
  try {
    number = new Intl.NumberFormat(locale, fixed).format(value);
  } catch {
    number = value.toFixed(digits);
  }
  return code ? `${number} ${code}` : number;
}

export type ParseMoneyError = 'empty' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';

/**
 * Parse what a person typed ("12,99", "1 234.5", "1.234,50") into minor units of the currency.
 * With both '.' and ',' the last one is the decimal mark; a single mark used once is the decimal mark,
 * used several times it groups thousands; a currency without decimals (JPY) treats every mark as grouping.
 */
export function parseAmount(input: string, currency: string): { ok: true; minor: number } | { ok: false; error: ParseMoneyError } {
  const raw = input.replace(/[\s\u00a0\u202f']/g, '');
  if (!raw) return { ok: false, error: 'empty' };
  if (raw.startsWith('-')) return { ok: false, error: 'negative' };
  if (!/^[0-9.,]+$/.test(raw) || !/[0-9]/.test(raw)) return { ok: false, error: 'not-a-number' };
  const digits = minorDigits(currency);
  const marks = raw.match(/[.,]/g) ?? [];
  let decimalAt = -1;
  if (digits > 0 && marks.length > 0) {
    const last = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
    const mixed = raw.includes('.') && raw.includes(',');
    if (mixed || marks.length === 1) decimalAt = last;
  }
  const intRaw = decimalAt >= 0 ? raw.slice(0, decimalAt) : raw;
  const frac = decimalAt >= 0 ? raw.slice(decimalAt + 1) : '';
  if (/[.,]/.test(frac)) return { ok: false, error: 'not-a-number' };
  // Grouping marks must separate groups of three digits ("1.234.567"), with one kind of mark.
  const groups = intRaw.split(/[.,]/);
  const groupMarks = new Set(intRaw.match(/[.,]/g) ?? []);
  if (groupMarks.size > 1 || groups.slice(1).some((g) => g.length !== 3) || (groups.length > 1 && groups[0] === '')) {
    return { ok: false, error: digits === 0 && marks.length === 1 ? 'too-many-decimals' : 'not-a-number' };
  }
  const intPart = groups.join('');
  if (frac.length > digits) return { ok: false, error: 'too-many-decimals' };
  const minor = Number(intPart || '0') * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor) || minor > MAX_MINOR) return { ok: false, error: 'too-large' };
  return { ok: true, minor };
}

/** The amount as a plain decimal string for an input field ("12.50"). */
export function amountToInput(m: Money): string {
  const digits = minorDigits(m.currency);
  if (digits === 0) return String(m.minor);
  const s = String(m.minor).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** Sum amounts per currency, currencies sorted by code. */
export function sumByCurrency(amounts: Iterable<Money>): Money[] {
  const totals = new Map<string, number>();
  for (const m of amounts) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.minor);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ currency, minor }));
}

export interface MoneyTotals {
  currency: string;
  disputed: number;
  refunded: number;
  outstanding: number;
}

/** Disputed, refunded and outstanding per currency. Outstanding never goes below zero. */
export function totalsByCurrency(disputed: Iterable<Money>, refunded: Iterable<Money>): MoneyTotals[] {
  const map = new Map<string, MoneyTotals>();
  const get = (c: string) => {
    let t = map.get(c);
    if (!t) map.set(c, (t = { currency: c, disputed: 0, refunded: 0, outstanding: 0 }));
    return t;
  };
  for (const m of disputed) get(m.currency).disputed += m.minor;
  for (const m of refunded) get(m.currency).refunded += m.minor;
  for (const t of map.values()) t.outstanding = Math.max(0, t.disputed - t.refunded);
  return [...map.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
