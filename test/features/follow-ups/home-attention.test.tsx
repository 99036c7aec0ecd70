import { TZDate } from '@date-fns/tz';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { ATTENTION_MOST } from '../../../src/features/follow-ups/attention-list';
import { ATTENTION_PAGE } from '../../../src/features/follow-ups/use-ready';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

// Home's groups follow the person's today, in the device's zone: whatever that zone is, NOW is
// Wednesday 11 November 2026 at 11:00 there, so each case below lands in the same group.
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const DAY = 86_400_000;
const NOW = new TZDate(2026, 10, 11, 11, 0, ZONE).getTime();

beforeEach(async () => {
  await freshDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Cases whose leading action falls in each group, seen from NOW. */
async function seed() {
  const opts = { now: NOW - 10 * DAY, timeZone: ZONE };
  // Overdue: a reply promised for Monday 9th, nothing since.
  const promised = await createCase(caseInput({ company: 'Netflix', reason: 'other', paymentMethod: 'paypal' }), opts);
  await logInteraction(interactionInput(promised, { occurredAt: NOW - 5 * DAY, outcome: 'reply-promised', promisedBy: '2026-11-09', references: ['NF-1'] }), opts);
  // This week: contacted on Tuesday 10th, follow up three business days later.
  const waiting = await createCase(caseInput({ company: 'LinkedIn', reason: 'other', paymentMethod: 'paypal' }), opts);
  await logInteraction(interactionInput(waiting, { occurredAt: NOW - DAY, outcome: 'no-resolution' }), opts);
  // Overdue too, by evidence: a cancellation issue with no confirmation attached.
  const evidence = await createCase(caseInput({ company: 'Spotify', reason: 'cancellation-issue', paymentMethod: 'paypal' }), opts);
  await logInteraction(interactionInput(evidence, { occurredAt: NOW - DAY, outcome: 'refund-promised' }), opts);
  // Escalation after a refusal yesterday: due today.
  const refused = await createCase(caseInput({ company: 'Disney+', reason: 'other', paymentMethod: 'paypal' }), opts);
  await logInteraction(interactionInput(refused, { occurredAt: NOW - DAY, outcome: 'denied', direction: 'inbound' }), opts);
  // Later: a refund issued today, checked in five business days.
  const refund = await createCase(caseInput({ company: 'Hulu', reason: 'other', paymentMethod: 'paypal' }), opts);
  await logInteraction(interactionInput(refund, { occurredAt: NOW - 3600_000, outcome: 'refund-issued' }), opts);
  return { promised, waiting, evidence, refused, refund };
}

const region = (name: RegExp) => screen.findByRole('region', { name });
const companiesIn = (el: HTMLElement) => within(el).getAllByRole('listitem').map((li) => li.querySelector('.list-item-title')?.textContent);

describe('Home: the attention list', () => {
  it('groups cases by their most pressing action, each opening the case at the right action', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const ids = await seed();
    renderApp('/');
    const list = await region(/^What to do next$/);
    const overdue = await within(list).findByRole('region', { name: /^Overdue/ });
    expect(companiesIn(overdue)).toEqual(['Spotify', 'Netflix']);
    expect(companiesIn(within(list).getByRole('region', { name: /^Today/ }))).toEqual(['Disney+']);
    expect(companiesIn(within(list).getByRole('region', { name: /^This week/ }))).toEqual(['LinkedIn']);
    expect(companiesIn(within(list).getByRole('region', { name: /^Later/ }))).toEqual(['Hulu']);

    const link = (company: string) => within(list).getAllByRole('link').find((a) => a.textContent?.includes(company))!;
    expect(link('Netflix')).toHaveAttribute('href', `/cases/${ids.promised}?action=log`);
    expect(link('Netflix')).toHaveTextContent('They promised a reply by 9 Nov 2026 (reference NF-1) and nothing came in.');
    expect(link('Spotify')).toHaveAttribute('href', `/cases/${ids.evidence}?action=evidence`);
    expect(link('Disney+')).toHaveAttribute('href', `/cases/${ids.refused}?action=escalate`);
    expect(link('Disney+')).toHaveTextContent('Ask for a supervisor');
    // The log button and recent cases stay on Home.
    expect(screen.getByRole('link', { name: 'Log a chat or call' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Recent cases' })).toBeInTheDocument();
  });

  it('snoozes one day (the item moves to this week), undoes it, and marks done', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const ids = await seed();
    const { user } = renderApp('/');
    const list = await region(/^What to do next$/);
    const overdue = await within(list).findByRole('region', { name: /^Overdue/ });
    const netflix = within(overdue).getAllByRole('listitem').find((li) => li.textContent?.includes('Netflix'))!;
    await user.click(within(netflix).getByRole('button', { name: 'Snooze “Netflix: Follow up on their promise”' }));
    await user.click(within(netflix).getByRole('button', { name: '1 day' }));
    await waitFor(() => expect(companiesIn(within(list).getByRole('region', { name: /^This week/ }))).toEqual(['Netflix', 'LinkedIn']));
    const mark = (await db.followUps.where('caseId').equals(ids.promised).toArray())[0]!;
    expect(mark).toMatchObject({ ruleId: 'promise-missed', state: 'snoozed', until: NOW + DAY });
    expect((await db.cases.get(ids.promised))!.nextDueAt).toBe(NOW + DAY);

    const toast = (await screen.findByText(/^Snoozed until 12 Nov 2026$/, { selector: '.toast span' })).closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(companiesIn(within(list).getByRole('region', { name: /^Overdue/ }))).toEqual(['Spotify', 'Netflix']));

    const spotify = within(within(list).getByRole('region', { name: /^Overdue/ })).getAllByRole('listitem').find((li) => li.textContent?.includes('Spotify'))!;
    await user.click(within(spotify).getByRole('button', { name: 'Mark “Spotify: Attach your cancellation confirmation” done' }));
    // Its next action (the refund check) takes its place, later on.
    await waitFor(() => expect(companiesIn(within(list).getByRole('region', { name: /^Overdue/ }))).toEqual(['Netflix']));
    expect((await db.followUps.where('caseId').equals(ids.evidence).toArray())[0]).toMatchObject({ ruleId: 'gather-evidence', eventKey: 'cancellation-confirmation', state: 'done' });
  });

  it('snoozes to a chosen date', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const ids = await seed();
    const { user } = renderApp('/');
    const overdue = await within(await region(/^What to do next$/)).findByRole('region', { name: /^Overdue/ });
    const netflix = within(overdue).getAllByRole('listitem').find((li) => li.textContent?.includes('Netflix'))!;
    await user.click(within(netflix).getByRole('button', { name: /^Snooze/ }));
    await user.click(within(netflix).getByRole('button', { name: 'Choose a date' }));
    const date = within(netflix).getByLabelText('Snooze until');
    expect(date).toHaveAttribute('min', '2026-11-12');
    await user.clear(date);
    await user.type(date, '2026-11-30');
    await user.click(within(netflix).getByRole('button', { name: 'Snooze' }));
    await waitFor(async () => expect((await db.followUps.where('caseId').equals(ids.promised).toArray())[0]?.state).toBe('snoozed'));
    const until = (await db.followUps.where('caseId').equals(ids.promised).toArray())[0]!.until!;
    expect(new Date(until).toLocaleDateString('en-CA', { timeZone: ZONE })).toBe('2026-11-30');
    await within(await region(/^What to do next$/)).findByRole('region', { name: /^Later/ });
  });

  it('moves an item from today to overdue on the minute tick, without a reload', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
    await createCase(caseInput({ company: 'Netflix', reason: 'other', paymentMethod: 'paypal' }), { now: NOW, timeZone: ZONE });
    renderApp('/');
    const list = await region(/^What to do next$/);
    await within(list).findByRole('region', { name: /^Today/ });
    expect(within(list).getByText('Contact the company')).toBeInTheDocument();
    const endOfDay = (await db.cases.toArray())[0]!.nextDueAt!;
    act(() => {
      vi.setSystemTime(endOfDay + 30_000);
      vi.advanceTimersByTime(60_000);
    });
    expect(within(list).getByRole('region', { name: /^Overdue/ })).toHaveTextContent('Contact the company');
    expect(within(list).queryByRole('region', { name: /^Today/ })).toBeNull();
  });

  it('says when nothing is due, keeping the log button and recent cases', async () => {
    renderApp('/');
    expect(await screen.findByText('Nothing is due. New follow-ups show up here as your cases move.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log a chat or call' })).toBeInTheDocument();
  });

  it('sets the app badge to the number of cases due today or overdue, where supported', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    await seed();
    const setAppBadge = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'setAppBadge', { value: setAppBadge, configurable: true });
    try {
      renderApp('/');
      await waitFor(() => expect(setAppBadge).toHaveBeenLastCalledWith(3));
    } finally {
      delete (navigator as { setAppBadge?: unknown }).setAppBadge;
    }
  });
});

describe('Home: more than one page of cases', () => {
  it('adds the next cases below the first page, which stays on screen while they load', async () => {
    const opts = { now: NOW - DAY, timeZone: ZONE };
    for (let i = 0; i <= ATTENTION_PAGE; i++) await createCase(caseInput({ company: `Company ${String(i).padStart(2, '0')}`, reason: 'other', paymentMethod: 'paypal' }), opts);
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const { user } = renderApp('/');
    const list = await region(/^What to do next$/);
    const items = () => list.querySelectorAll('.attention-item').length;
    expect(items()).toBe(ATTENTION_PAGE);
    const counts: number[] = [];
    const observer = new MutationObserver(() => counts.push(items()));
    observer.observe(list, { childList: true, subtree: true });
    await user.click(within(list).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(items()).toBe(ATTENTION_PAGE + 1));
    observer.disconnect();
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(ATTENTION_PAGE);
    expect(within(list).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('stops at a bounded number of cases and says how to see the next ones', async () => {
    const opts = { now: NOW - DAY, timeZone: ZONE };
    for (let i = 0; i < ATTENTION_MOST + 5; i++) await createCase(caseInput({ company: `Company ${String(i).padStart(3, '0')}`, reason: 'other', paymentMethod: 'paypal' }), opts);
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const { user } = renderApp('/');
    const list = await region(/^What to do next$/);
    const items = () => list.querySelectorAll('.attention-item').length;
    for (let shown = ATTENTION_PAGE; shown < ATTENTION_MOST; shown += ATTENTION_PAGE) {
      await waitFor(() => expect(items()).toBe(shown));
      await user.click(within(list).getByRole('button', { name: 'Show more' }));
    }
    await waitFor(() => expect(items()).toBe(ATTENTION_MOST));
    expect(within(list).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(within(list).getByText(`These are the ${ATTENTION_MOST} soonest. Mark some done or snooze them to see the next ones.`)).toBeInTheDocument();
  }, 30_000);
});
