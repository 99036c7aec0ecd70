/**
 * The public-holiday table, loaded once as a lazy chunk (it stays out of the start-up bundle). Every
 * write that computes a due date awaits `loadHolidays()` before its transaction opens (through
 * `caseWrite`), since nothing but IndexedDB may be awaited inside one; the rules then read the loaded
 * table synchronously.
 */
import { parseHolidayData, type HolidayTable } from '../../domain/places/business-days';

let table: HolidayTable | undefined;
let pending: Promise<HolidayTable> | undefined;

export function loadHolidays(): Promise<HolidayTable> {
  if (table) return Promise.resolve(table);
  pending ??= import('../../domain/places/holiday-data.json').then((m) => {
    table = parseHolidayData(m.default);
    return table;
  });
  // A failed chunk load may be retried by the next call.
  pending.catch(() => (pending = undefined));
  return pending;
}

/** The loaded table; throws when a write forgot to load it first (a programming error). */
export function loadedHolidays(): HolidayTable {
  if (!table) throw new Error('The public-holiday table must be loaded before a write that computes due dates.');
  return table;
}

/** The table if already loaded, for reads that may show weekends-only dates until it arrives. */
export function holidaysIfLoaded(): HolidayTable | undefined {
  return table;
}
