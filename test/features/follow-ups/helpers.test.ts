import { describe, expect, it, vi } from 'vitest';
import { showDueBadge } from '../../../src/features/follow-ups/app-badge';
import { countdown } from '../../../src/features/deadlines/countdown';
import { dueText } from '../../../src/components/rule-wording';
import type { MessageKey } from '../../../src/i18n/messages';
import { translate } from '../../../src/i18n/translate';
import type { Formatters } from '../../../src/i18n/use-t';
import { formatIsoDate } from '../../../src/domain/dates';

const t = (key: MessageKey, values?: Record<string, string | number>) => translate('en', key, values);
const f = { date: (d: string) => formatIsoDate(d, 'en') } as Formatters;

describe('countdown', () => {
  it.each([
    ['closes', 30, '30 days left', 'calm'],
    ['closes', 7, '7 days left', 'close'],
    ['closes', 1, '1 day left', 'close'],
    ['closes', 0, 'Last day today', 'close'],
    ['closes', -1, 'Passed yesterday', 'passed'],
    ['closes', -12, 'Passed 12 days ago', 'passed'],
    ['opens', 5, 'Opens in 5 days', 'calm'],
    ['opens', 1, 'Opens tomorrow', 'calm'],
    ['opens', 0, 'Open now', 'calm'],
    ['opens', -3, 'Open now', 'calm'],
  ] as const)('%s, %i days: %s', (kind, days, text, tone) => {
    expect(countdown(t, kind, days)).toEqual({ text, tone });
  });
});

describe('due text', () => {
  const now = Date.UTC(2026, 10, 11, 10); // Wednesday in Paris
  it.each([
    [Date.UTC(2026, 10, 11, 22, 59), 'Due today'],
    [Date.UTC(2026, 10, 12, 22, 59), 'Due tomorrow'],
    [Date.UTC(2026, 10, 20, 22, 59), 'Due 20 Nov 2026'],
    [Date.UTC(2026, 10, 10, 22, 59), 'Was due yesterday'],
    [Date.UTC(2026, 10, 2, 22, 59), 'Was due 2 Nov 2026'],
  ])('%s', (due, text) => {
    expect(dueText(t, f, due, now, 'Europe/Paris')).toBe(text);
  });
});

describe('app badge', () => {
  it('sets the count, clears at zero, and is silent where unsupported or refused', async () => {
    const nav = { setAppBadge: vi.fn().mockResolvedValue(undefined), clearAppBadge: vi.fn().mockResolvedValue(undefined) };
    await showDueBadge(4, nav);
    await showDueBadge(0, nav);
    expect(nav.setAppBadge).toHaveBeenCalledWith(4);
    expect(nav.clearAppBadge).toHaveBeenCalledTimes(1);
    await expect(showDueBadge(2, {})).resolves.toBeUndefined();
    await expect(showDueBadge(2, { setAppBadge: () => Promise.reject(new DOMException('no', 'NotAllowedError')) })).resolves.toBeUndefined();
  });
});
