/** The public-holiday table for screens that run the rules: weekends only until the lazy chunk arrives. */
import { useEffect, useState } from 'react';
import { NO_HOLIDAYS, type HolidayTable } from '../../domain/places/business-days';
import { holidaysIfLoaded, loadHolidays } from '../holidays/load';

export function useHolidays(): HolidayTable {
  const [table, setTable] = useState<HolidayTable>(() => holidaysIfLoaded() ?? NO_HOLIDAYS);
  useEffect(() => {
    let live = true;
    if (table === NO_HOLIDAYS) void loadHolidays().then((t) => live && setTable(t), () => undefined);
    return () => {
      live = false;
    };
  }, [table]);
  return table;
}
