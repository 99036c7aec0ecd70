/**
 * The case timeline with 220 contacts: the screen never mounts more than TIMELINE_MAX contacts,
 * yet "Show older" reaches every one down to the first, each move hands focus to the entry to read
 * next, every entry says its place in the whole list, and a contact deep in the list can be deleted
 * (focus stays in the list) and found through `#interaction-<id>`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import type { Interaction } from '../../../src/domain/types';
import { TIMELINE_MAX, TIMELINE_PAGE } from '../../../src/features/timeline/timeline-window';
import { freshDatabase } from '../../helpers/db';
import { caseInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

const CONTACTS = 220;
const T0 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;
const idOf = (n: number) => `i-${String(n).padStart(4, '0')}`;

async function bigCase(): Promise<string> {
  const caseId = await createCase(caseInput({ charges: [] }), { now: T0 - HOUR });
  const list: Interaction[] = [];
  for (let n = 0; n < CONTACTS; n++) {
    const at = T0 + n * HOUR;
    list.push({
      id: idOf(n), caseId, occurredAt: at, timeZone: 'Europe/Paris', channel: 'chat', direction: 'outbound', agentName: '', agentId: '',
      references: [], summary: `Contact number ${n + 1}`, outcome: 'no-resolution', words: [], createdAt: at, updatedAt: at,
    });
  }
  await db.interactions.bulkAdd(list);
  return caseId;
}

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
const contactItems = () => Array.from(timeline().querySelectorAll<HTMLElement>('li.tl-interaction'));
const entryItems = () => Array.from(timeline().querySelectorAll<HTMLElement>('li.tl-item'));
const shownIds = () => contactItems().map((li) => li.id.replace('interaction-', ''));

beforeEach(async () => {
  await freshDatabase();
});

afterEach(() => {
  window.location.hash = '';
});

describe('a long timeline', () => {
  it('keeps at most 40 contacts mounted while "Show older" reaches the first contact', async () => {
    const caseId = await bigCase();
    const { user } = renderApp(`/cases/${caseId}`);
    await within(await screen.findByRole('region', { name: 'Timeline' })).findByText('Contact number 220');
    expect(contactItems()).toHaveLength(TIMELINE_PAGE);
    // The status change that opened the case is older than every contact: not mounted yet.
    expect(within(timeline()).queryByText('Case opened')).not.toBeInTheDocument();
    await waitFor(() => expect(within(timeline()).getByRole('status')).toHaveTextContent('Entries 1 to 30 of 221'));
    expect(entryItems()[0]).toHaveAttribute('aria-posinset', '1');
    expect(entryItems()[0]).toHaveAttribute('aria-setsize', '221');

    const seen = new Set(shownIds());
    let taps = 0;
    while (within(timeline()).queryByRole('button', { name: 'Show older entries' })) {
      const lastBefore = entryItems().at(-1)!.dataset.key;
      const before = shownIds().join();
      await user.click(within(timeline()).getByRole('button', { name: 'Show older entries' }));
      await waitFor(() => expect(shownIds().join()).not.toBe(before));
      taps += 1;
      expect(contactItems().length).toBeLessThanOrEqual(TIMELINE_MAX);
      shownIds().forEach((id) => seen.add(id));
      // Focus is on the entry right below where the previous window ended.
      const keys = entryItems().map((li) => li.dataset.key);
      expect(document.activeElement).toBe(entryItems()[keys.indexOf(lastBefore) + 1]);
      // Once read, the window's place: entries say theirs, one after the other, and so does the status line.
      await waitFor(() => expect(entryItems()[0]).toHaveAttribute('aria-posinset'));
      const first = Number(entryItems()[0]!.getAttribute('aria-posinset'));
      expect(first).toBeGreaterThan(1);
      entryItems().forEach((li, k) => expect(li).toHaveAttribute('aria-posinset', String(first + k)));
      expect(within(timeline()).getByRole('status')).toHaveTextContent(`Entries ${first} to ${first + entryItems().length - 1} of 221`);
    }
    expect(taps).toBe(Math.ceil((CONTACTS - TIMELINE_PAGE) / 20));
    expect(seen.size).toBe(CONTACTS);
    expect(shownIds().at(-1)).toBe(idOf(0));
    expect(within(timeline()).getByText('Case opened')).toBeInTheDocument();
    expect(entryItems().at(-1)).toHaveAttribute('aria-posinset', '221');

    // And back: "Show newer" then "Back to the latest".
    const oldFirst = shownIds()[0]!;
    await user.click(within(timeline()).getByRole('button', { name: 'Show newer entries' }));
    await waitFor(() => expect(shownIds()[0]).not.toBe(oldFirst));
    expect(shownIds().indexOf(oldFirst)).toBe(20);
    expect(document.activeElement).toBe(contactItems()[0]);
    await user.click(within(timeline()).getByRole('button', { name: 'Back to the latest' }));
    await waitFor(() => expect(shownIds()[0]).toBe(idOf(CONTACTS - 1)));
    expect(contactItems()).toHaveLength(TIMELINE_PAGE);
    expect(within(timeline()).queryByRole('button', { name: 'Show newer entries' })).not.toBeInTheDocument();
  }, 60_000);

  it('goes to the first entries in one tap', async () => {
    const caseId = await bigCase();
    const { user } = renderApp(`/cases/${caseId}`);
    await within(await screen.findByRole('region', { name: 'Timeline' })).findByText('Contact number 220');
    await user.click(within(timeline()).getByRole('button', { name: 'Go to the first entries' }));
    await waitFor(() => expect(shownIds().at(-1)).toBe(idOf(0)));
    expect(contactItems()).toHaveLength(TIMELINE_PAGE);
    expect(document.activeElement).toBe(entryItems()[0]);
    await waitFor(() => expect(within(timeline()).getByRole('status')).toHaveTextContent('Entries 191 to 221 of 221'));
    expect(within(timeline()).queryByRole('button', { name: 'Show older entries' })).not.toBeInTheDocument();
  });

  it('opens at the contact named by #interaction-<id>, and keeps focus in the list when it is deleted', async () => {
    const caseId = await bigCase();
    window.location.hash = `#interaction-${idOf(120)}`;
    const { user } = renderApp(`/cases/${caseId}`);
    await screen.findByRole('region', { name: 'Timeline' });
    await waitFor(() => expect(document.activeElement?.id).toBe(`interaction-${idOf(120)}`));
    expect(shownIds()[0]).toBe(idOf(120));
    expect(contactItems().length).toBeLessThanOrEqual(TIMELINE_MAX);
    expect(within(timeline()).getByRole('button', { name: 'Show newer entries' })).toBeInTheDocument();

    const item = document.getElementById(`interaction-${idOf(120)}`)!;
    await user.click(within(item).getByRole('button', { name: 'Delete contact' }));
    await waitFor(() => expect(document.getElementById(`interaction-${idOf(120)}`)).toBeNull());
    expect(document.activeElement?.id).toBe(`interaction-${idOf(119)}`);
    const toast = (await screen.findByText('Contact deleted')).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.getElementById(`interaction-${idOf(120)}`)).not.toBeNull());
    expect(within(document.getElementById(`interaction-${idOf(120)}`)!).getByRole('link', { name: 'Edit contact' })).toHaveAttribute(
      'href',
      `/cases/${caseId}/interactions/${idOf(120)}/edit`,
    );
  });
});
