/**
 * One rule for each kind of value, whichever way it arrives: the forms, import, and later share and
 * sync all ask these functions, so a value one refuses the others refuse too. Each answers with a
 * problem code (undefined when the value is fine) that the UI words in the person's language.
 */
import { isSafeId } from '../lib/ids';
import { CURRENCY_DIGITS } from './currencies';

export type ValueProblem =
  | 'required'
  | 'tooLong'
  | 'idUnsafe'
  | 'amountInvalid'
  | 'amountNegative'
  | 'amountTooLarge'
  | 'currencyUnknown'
  | 'dateInvalid'
  | 'dateRange'
  | 'instantRange'
  | 'zoneUnknown'
  | 'durationInvalid';

/** Text lengths, in UTF-16 code units as a browser's maxlength counts them. */
export const TEXT_LIMITS = {
  /** One line: a company, a product, an agent, a reference, a charge's description. */
  line: 300,
  /** Free text: a request, a summary, a note. */
  text: 20_000,
} as const;

/** Largest amount, in minor units (a hundred billion euros): more is a typing slip, and sums stay exact. */
export const MAX_MINOR = 1e13;
/** Instants and calendar dates the app keeps: from 1970 to the end of 2099. */
export const FIRST_DATE = '1970-01-01';
export const LAST_DATE = '2099-12-31';
export const MIN_INSTANT = Date.UTC(1970, 0, 1);
export const MAX_INSTANT = Date.UTC(2100, 0, 1) - 1;
/** Longest contact the app records, in seconds (a day). */
export const MAX_DURATION_SEC = 24 * 60 * 60;

/**
 * Ids of records. Every id is checked, not only those of cases and contacts that appear in paths:
 * any record may one day be reached by a link (a shared file, a synced change), and one rule is
 * easier to keep than a list of exceptions. Keys that are not ids (a company's key, a rule's id)
 * are text and only checked for length.
 */
export function idProblem(id: string): ValueProblem | undefined {
  return isSafeId(id) ? undefined : 'idUnsafe';
}

export function isKnownCurrency(code: string): boolean {
  return CURRENCY_DIGITS.has(code);
}

export function currencyProblem(code: string): ValueProblem | undefined {
  return CURRENCY_DIGITS.has(code) ? undefined : 'currencyUnknown';
}

/** An amount in minor units: a whole number, never negative (refunds are recorded as refunds), at most MAX_MINOR. */
export function minorProblem(minor: number): ValueProblem | undefined {
  if (!Number.isSafeInteger(minor)) return 'amountInvalid';
  if (minor < 0) return 'amountNegative';
  if (minor > MAX_MINOR) return 'amountTooLarge';
  return undefined;
}

export function moneyProblem(m: { minor: number; currency: string }): ValueProblem | undefined {
  return currencyProblem(m.currency) ?? minorProblem(m.minor);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date ('YYYY-MM-DD': no 31 April, 29 February only in leap years) from 1970 to 2099. */
export function isoDateProblem(value: string): ValueProblem | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return 'dateInvalid';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return 'dateInvalid';
  if (value < FIRST_DATE || value > LAST_DATE) return 'dateRange';
  return undefined;
}

/** An instant in epoch milliseconds, from 1970 to the end of 2099. */
export function instantProblem(at: number): ValueProblem | undefined {
  if (!Number.isFinite(at)) return 'instantRange';
  return at < MIN_INSTANT || at > MAX_INSTANT ? 'instantRange' : undefined;
}

export function textProblem(value: string, max: number): ValueProblem | undefined {
  return value.length > max ? 'tooLong' : undefined;
}

export function durationProblem(seconds: number): ValueProblem | undefined {
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_DURATION_SEC ? undefined : 'durationInvalid';
}

const knownZones = new Set<string>();
/** An IANA time zone the platform knows (Intl, a language built-in, not a browser API). */
export function zoneProblem(zone: string): ValueProblem | undefined {
  if (knownZones.has(zone)) return undefined;
  if (zone.length === 0 || zone.length > 100) return 'zoneUnknown';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return 'zoneUnknown';
  }
  knownZones.add(zone);
  return undefined;
}
