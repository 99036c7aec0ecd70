/** The translate function and formatters for the language in use. */
import { useCallback, useMemo } from 'react';
import { formatInstant, formatIsoDate, type DateLocale } from '../domain/dates';
import { formatMoney } from '../domain/money';
import type { Instant, IsoDate, Money } from '../domain/types';
import { useUiStore } from '../stores/ui-store';
import type { MessageKey } from './messages';
import { translate, type Values } from './translate';

export type T = (key: MessageKey, values?: Values) => string;

export function useT(): T {
  const lang = useUiStore((s) => s.lang);
  return useCallback((key: MessageKey, values?: Values) => translate(lang, key, values), [lang]);
}

export interface Formatters {
  lang: 'en' | 'fr';
  money: (m: Money) => string;
  instant: (at: Instant, timeZone: string) => string;
  date: (d: IsoDate) => string;
  number: (n: number) => string;
}

export function useFormat(): Formatters {
  const lang = useUiStore((s) => s.lang);
  return useMemo(() => {
    const locale: DateLocale = lang;
    const nf = new Intl.NumberFormat(lang);
    return {
      lang,
      money: (m: Money) => formatMoney(m, lang),
      instant: (at: Instant, tz: string) => formatInstant(at, tz, locale),
      date: (d: IsoDate) => formatIsoDate(d, locale),
      number: (n: number) => nf.format(n),
    };
  }, [lang]);
}
