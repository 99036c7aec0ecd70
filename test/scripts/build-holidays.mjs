/**
 * Writes src/domain/places/holiday-data.json: the public and bank holidays of every country the app
 * offers (and of each UK nation), 2015 to 2045, as compact date lists. Run with `npm run holidays`
 * after updating date-holidays. The data comes from date-holidays (data licence CC BY-SA 3.0): the
 * file carries that attribution and stays under the same licence.
 */
import { writeFileSync } from 'node:fs';
import Holidays from 'date-holidays';

const COUNTRIES = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'US', 'CA', 'CH'];
const PLACES = [...COUNTRIES.map((c) => [c, c]), ...['ENG', 'WLS', 'SCT', 'NIR'].map((n) => [`GB-${n}`, 'GB', n])];
const FIRST = 2015;
const LAST = 2045;

const out = {
  source: 'date-holidays (https://github.com/commenthol/date-holidays), data licence CC BY-SA 3.0; trimmed to public and bank holidays',
  licence: 'CC BY-SA 3.0 https://creativecommons.org/licenses/by-sa/3.0/',
  years: [FIRST, LAST],
  places: {},
};
for (const [key, country, state] of PLACES) {
  const hd = state ? new Holidays(country, state, { types: ['public', 'bank'] }) : new Holidays(country, { types: ['public', 'bank'] });
  const days = new Set();
  for (let y = FIRST; y <= LAST; y++) {
    for (const h of hd.getHolidays(y)) {
      // Holidays that begin in the afternoon (Christmas Eve in some countries) do not close a business day.
      if (!h.date.endsWith('00:00:00')) continue;
      days.add(h.date.slice(0, 10).replaceAll('-', ''));
    }
  }
  out.places[key] = [...days].sort().join(' ');
}
writeFileSync(new URL('../../src/domain/places/holiday-data.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${Object.keys(out.places).length} places`);
