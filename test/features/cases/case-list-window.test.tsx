/**
 * The Cases screen with 300 cases: "Show more cases" reaches the oldest case while at most
 * CASES_MAX are mounted, the first newly shown case takes focus, and the list can be walked back up.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import type { CaseRecord } from '../../../src/domain/types';
import { CASES_MAX, CASES_PAGE } from '../../../src/features/cases/case-list-window';
import { freshDatabase } from '../../helpers/db';
import { renderApp } from '../../helpers/render';

const CASES = 300;
const T0 = Date.UTC(2026, 0, 1);
const nameOf = (n: number) => `Company ${String(n).padStart(3, '0')}`;

beforeEach(async () => {
  await freshDatabase();
  const cases: CaseRecord[] = Array.from({ length: CASES }, (_, n) => ({
    id: `c-${n}`, company: nameOf(n), companyKey: nameOf(n).toLowerCase(), product: '', reason: 'billing-error', accountId: '', region: '', paymentMethod: 'card',
    requestKind: 'full-refund', request: '', status: 'waiting', refunded: [], disputed: [], createdAt: T0, updatedAt: T0, lastActivityAt: T0 + n * 60_000,
    words: [], timeZone: 'Europe/Paris',
  }));
  await db.cases.bulkAdd(cases);
});

const list = () => screen.getByRole('main').querySelector('ul.list') as HTMLElement;
const shownNames = () => within(list()).getAllByRole('link').map((a) => a.querySelector('.list-item-title')?.textContent ?? '');

describe('a long case list', () => {
  it('pages to the oldest case with at most 120 mounted, focusing the first new case each time', async () => {
    const { user } = renderApp('/cases');
    await screen.findByText(nameOf(CASES - 1));
    expect(shownNames()).toHaveLength(CASES_PAGE);
    const seen = new Set(shownNames());
    while (screen.queryByRole('button', { name: 'Show more cases' })) {
      const last = shownNames().at(-1)!;
      await user.click(screen.getByRole('button', { name: 'Show more cases' }));
      await waitFor(() => expect(shownNames().at(-1)).not.toBe(last));
      const names = shownNames();
      expect(names.length).toBeLessThanOrEqual(CASES_MAX);
      names.forEach((n) => seen.add(n));
      expect(document.activeElement?.querySelector('.list-item-title')?.textContent).toBe(names[names.indexOf(last) + 1]);
    }
    expect(seen.size).toBe(CASES);
    expect(shownNames().at(-1)).toBe(nameOf(0));

    const first = shownNames()[0]!;
    await user.click(screen.getByRole('button', { name: 'Show more recent cases' }));
    await waitFor(() => expect(shownNames().indexOf(first)).toBe(CASES_PAGE));
    expect(document.activeElement?.querySelector('.list-item-title')?.textContent).toBe(shownNames()[0]);
    await user.click(screen.getByRole('button', { name: 'Back to the top' }));
    await waitFor(() => expect(shownNames()[0]).toBe(nameOf(CASES - 1)));
    expect(shownNames()).toHaveLength(CASES_PAGE);
    expect(screen.queryByRole('button', { name: 'Show more recent cases' })).not.toBeInTheDocument();
  }, 60_000);
});
