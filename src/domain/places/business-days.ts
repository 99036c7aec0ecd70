/**
 * Business days of a place: Monday to Friday, less the public and bank holidays of the country (and
 * UK nation). The holiday table is data handed in by the caller (loaded lazily outside the domain),
 * so this stays pure. No holiday list alone defines a bank's business day: rules counted this way say
 * "typically".
 */
import { addDaysIso, isWeekendIso } from '../dates';
import type { IsoDate } from '../types';
import type { UkNation } from './countries';

/** Which public holidays apply: a country code and, in the UK, the nation ('GB-SCT'). */
export type PlaceKey = string;

export interface HolidayTable {
  /** First and last year covered; outside them only weekends are skipped. */
  years: readonly [number, number];
  places: ReadonlyMap<PlaceKey, ReadonlySet<IsoDate>>;
}

/** A table with no holidays (weekends only): before the data loads, or for a place it does not know. */
export const NO_HOLIDAYS: HolidayTable = { years: [0, 0], places: new Map() };

/** Read the compact data file: per place, 'YYYYMMDD' dates separated by spaces. */
export function parseHolidayData(data: { years: readonly number[]; places: Record<string, string> }): HolidayTable {
  const places = new Map<PlaceKey, ReadonlySet<IsoDate>>();
  for (const [key, list] of Object.entries(data.places)) {
    places.set(key, new Set(list.split(' ').filter(Boolean).map((d) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`)));
  }
  return { years: [data.years[0] ?? 0, data.years[1] ?? 0], places };
}

/** The holiday place of a country; England and Wales's holidays stand in when the UK nation is unknown. */
export function placeKey(country: string, nation?: UkNation): PlaceKey {
  if (country === 'GB') return `GB-${nation ?? 'ENG'}`;
  return country;
}

export function isHoliday(date: IsoDate, place: PlaceKey, table: HolidayTable): boolean {
  return table.places.get(place)?.has(date) ?? false;
}

export function isBusinessDay(date: IsoDate, place: PlaceKey, table: HolidayTable): boolean {
  return !isWeekendIso(date) && !isHoliday(date, place, table);
}

/** The n-th business day after `date` (the day itself never counts). */
export function addBusinessDaysIn(date: IsoDate, n: number, place: PlaceKey, table: HolidayTable): IsoDate {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDaysIso(d, 1);
    if (isBusinessDay(d, place, table)) left -= 1;
  }
  return d;
}

/** The date itself when it is a business day, otherwise the next one (Regulation 1182/71, Art. 3(4)). */
export function nextBusinessDayIn(date: IsoDate, place: PlaceKey, table: HolidayTable): IsoDate {
  let d = date;
  while (!isBusinessDay(d, place, table)) d = addDaysIso(d, 1);
  return d;
}

/** Business days from today to `date`: 0 when it is today or passed, counting `date` itself. */
export function businessDaysUntil(today: IsoDate, date: IsoDate, place: PlaceKey, table: HolidayTable): number {
  let n = 0;
  for (let d = addDaysIso(today, 1); d <= date; d = addDaysIso(d, 1)) if (isBusinessDay(d, place, table)) n += 1;
  return n;
}
