/** The rules' messages and due times in the person's language. */
import { useCallback } from 'react';
import { addDaysIso, isoDateOf } from '../domain/dates';
import type { Message } from '../domain/follow-up';
import type { Instant } from '../domain/types';
import { formatValues } from '../i18n/rule-wording';
import type { MessageKey } from '../i18n/messages';
import { useFormat, useT, type Formatters, type T } from '../i18n/use-t';

export function useWord(): (m: Message) => string {
  const t = useT();
  const f = useFormat();
  return useCallback((m: Message) => t(m.key as MessageKey, formatValues(m.values, f.date)), [t, f]);
}

/** "Due today", "Due tomorrow", "Due 12 Nov 2026", "Was due yesterday", "Was due 2 Nov 2026". */
export function dueText(t: T, f: Formatters, dueAt: Instant, now: Instant, timeZone: string): string {
  const day = isoDateOf(dueAt, timeZone);
  const today = isoDateOf(now, timeZone);
  if (day === today) return t('due.today');
  if (day === addDaysIso(today, 1)) return t('due.tomorrow');
  if (day === addDaysIso(today, -1)) return t('due.yesterday');
  return t(day < today ? 'due.overdue' : 'due.on', { date: f.date(day) });
}
