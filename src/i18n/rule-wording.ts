/** Turning the rules' messages into text: i18n keys with their values, dates formatted for the language. */
import { formatIsoDate, isIsoDate } from '../domain/dates';
import type { Message } from '../domain/follow-up';
import type { Lang, MessageKey } from './messages';
import { translate, type Values } from './translate';

/** Values that are 'YYYY-MM-DD' become dates in the language ("5 Nov 2026", "5 nov. 2026"). */
export function formatValues(values: Record<string, string | number>, date: (d: string) => string): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'string' && isIsoDate(v) ? date(v) : v;
  return out;
}

export function word(lang: Lang, m: Message): string {
  return translate(lang, m.key as MessageKey, formatValues(m.values, (d) => formatIsoDate(d, lang)));
}

/** '2026-11' as "November 2026" / "novembre 2026". */
export function monthName(lang: Lang, month: string): string {
  // A full checked date ('2026-12-06') names its month too.
  const [y, m] = month.slice(0, 7).split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 15));
}
