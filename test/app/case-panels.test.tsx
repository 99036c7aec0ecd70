import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { createCase, setCaseStatus } from '../../src/db/repositories/case-repo';
import { logInteraction } from '../../src/db/repositories/interaction-repo';
import { freshDatabase } from '../helpers/db';
import { caseInput, interactionInput } from '../helpers/fixtures';
import { renderApp } from '../helpers/render';

// The case's own zone, named: its deadlines count days and its playbook dates ticks in it.
const ZONE = 'Europe/Paris';
const NOW = Date.UTC(2026, 10, 11, 10); // Wednesday 11 November 2026, 11:00 in Paris

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

const opts = { now: NOW - 86_400_000, timeZone: ZONE };

describe('case screen: next steps', () => {
  it('opens at the requested action, focused, with the references to quote', async () => {
    const id = await createCase(caseInput({ reason: 'other', paymentMethod: 'paypal' }), opts);
    await logInteraction(interactionInput(id, { occurredAt: NOW - 86_400_000, references: ['CS-77'] }), opts);
    renderApp(`/cases/${id}?action=log`);
    const panel = await screen.findByRole('region', { name: 'Next steps' });
    const item = (await within(panel).findByText('Follow up')).closest('li')!;
    await waitFor(() => expect(document.activeElement).toBe(item));
    expect(item).toHaveTextContent('Quote: CS-77');
    expect(within(item).getByRole('link', { name: 'Log the contact' })).toHaveAttribute('href', `/cases/${id}/log`);
  });

  it('says a closed case has no reminders', async () => {
    const id = await createCase(caseInput(), opts);
    await setCaseStatus(id, 'closed', {}, opts);
    renderApp(`/cases/${id}`);
    expect(await within(await screen.findByRole('region', { name: 'Next steps' })).findByText('This case is closed, so there are no reminders.')).toBeInTheDocument();
  });
});

describe('case screen: deadlines', () => {
  async function withdrawalCase() {
    return createCase(caseInput({ reason: 'withdrawal-right', region: 'EU', paymentMethod: 'card', subscriptionStartedOn: '2026-11-07', charges: [{ chargedOn: '2026-11-07', amount: { minor: 3999, currency: 'EUR' } }] }), opts);
  }

  it('shows each deadline with its countdown, source, date checked and "not legal advice"', async () => {
    const id = await withdrawalCase();
    renderApp(`/cases/${id}`);
    const panel = await screen.findByRole('region', { name: 'Deadlines and rights' });
    const withdrawal = (await within(panel).findByText('14-day right of withdrawal')).closest('li')!;
    expect(withdrawal).toHaveTextContent('Last safe day: 23 Nov 2026');
    expect(withdrawal).toHaveTextContent('12 days left');
    expect(withdrawal).toHaveTextContent('Source: Directive 2011/83/EU');
    expect(withdrawal).toHaveTextContent('(checked 6 Dec 2026)');
    expect(withdrawal).toHaveTextContent('Information, not legal advice.');
    const card = within(panel).getByText('Card dispute for the charge of 7 Nov 2026').closest('li')!;
    expect(card).toHaveTextContent('Usual last safe day: 7 Mar 2027');
  });

  it('changes a date, goes back to the computed one, dismisses and restores', async () => {
    const id = await withdrawalCase();
    const { user } = renderApp(`/cases/${id}`);
    const panel = await screen.findByRole('region', { name: 'Deadlines and rights' });
    await user.click(await within(panel).findByRole('button', { name: 'Change date: 14-day right of withdrawal' }));
    const input = within(panel).getByLabelText('Your last safe day');
    await user.clear(input);
    await user.type(input, '2026-11-20');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    const item = (await within(panel).findByText('Date set by you (computed: 23 Nov 2026)')).closest('li')!;
    expect(item).toHaveTextContent('Last safe day: 20 Nov 2026');
    expect((await db.deadlineOverrides.toArray())[0]).toMatchObject({ deadlineId: 'eu-withdrawal', date: '2026-11-20', dismissed: false });

    await user.click(within(item).getByRole('button', { name: 'Change date: 14-day right of withdrawal' }));
    await user.click(within(panel).getByRole('button', { name: 'Use the computed date' }));
    await waitFor(() => expect(within(panel).queryByText(/Date set by you/)).toBeNull());

    await user.click(within(panel).getByRole('button', { name: 'Dismiss “14-day right of withdrawal”' }));
    const dismissed = await within(panel).findByText('Dismissed (1)');
    await user.click(dismissed);
    await user.click(within(panel).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(within(panel).queryByText('Dismissed (1)')).toBeNull());
    expect((await db.deadlineOverrides.toArray())[0]).toMatchObject({ dismissed: false });
  });
});

describe('case screen: playbook', () => {
  it('shows the company’s steps, records ticks with the day, and points at the next rung', async () => {
    const id = await createCase(caseInput({ company: 'LinkedIn', product: 'Premium Career', reason: 'other', paymentMethod: 'card' }), opts);
    await logInteraction(interactionInput(id, { occurredAt: NOW - 86_400_000, outcome: 'denied', direction: 'inbound' }), opts);
    const { user } = renderApp(`/cases/${id}?action=escalate`);
    const panel = await screen.findByRole('region', { name: 'Playbook: LinkedIn' });
    expect(within(panel).getByRole('checkbox', { name: /Request an account review \(Premium\)/ })).not.toBeChecked();
    expect(within(panel).queryByText(/Open a ticket/)).toBeNull();
    const supervisor = within(panel).getByRole('checkbox', { name: /Ask for a supervisor/ });
    expect(supervisor.closest('li')).toHaveTextContent('Next');
    await waitFor(() => expect(document.activeElement).toBe(supervisor.closest('li')));

    await user.click(supervisor);
    await waitFor(() => expect(within(panel).getByRole('checkbox', { name: /Ask for a supervisor/ })).toBeChecked());
    expect(within(panel).getByRole('checkbox', { name: /Ask for a supervisor/ }).closest('li')).toHaveTextContent('Done 11 Nov 2026');
    expect(await db.playbookSteps.toArray()).toMatchObject([{ playbookId: 'linkedin', stepId: 'supervisor', doneAt: NOW }]);
    // Climbed: a card payer's next rung is the bank, which now waits for the supervisor's answer.
    await waitFor(() => expect(within(panel).getByRole('checkbox', { name: /Dispute the charge with your bank/ }).closest('li')).toHaveTextContent('Next'));

    await user.click(within(panel).getByRole('checkbox', { name: /Ask for a supervisor/ }));
    await waitFor(() => expect(within(panel).getByRole('checkbox', { name: /Ask for a supervisor/ })).not.toBeChecked());
  });

  it('keeps the person’s notes per company', async () => {
    const id = await createCase(caseInput({ company: 'Netflix' }), opts);
    const { user } = renderApp(`/cases/${id}`);
    const notes = await screen.findByLabelText('Your notes on Netflix');
    await user.type(notes, 'Chat works best in the morning.');
    await user.click(screen.getByRole('button', { name: 'Save notes' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect((await db.companies.get('netflix'))!.notes).toBe('Chat works best in the morning.');
  });
});

describe('settings: reminders and deadlines', () => {
  it('refuses an out-of-range value inline, then saves and recomputes open cases', async () => {
    const id = await createCase(caseInput({ reason: 'other', paymentMethod: 'paypal' }), opts);
    await logInteraction(interactionInput(id, { occurredAt: Date.UTC(2026, 10, 9, 10) }), opts);
    const before = (await db.cases.get(id))!.nextDueAt!;
    const { user } = renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Reminders and deadlines' });
    const days = within(section).getByLabelText('Business days before a follow-up');
    await user.clear(days);
    await user.type(days, '0');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Enter a whole number from 1 to 30.')).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '5');
    await user.selectOptions(within(section).getByLabelText('Home region'), 'UK');
    await user.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Saved')).toBeInTheDocument();
    expect(await db.settings.get('app')).toMatchObject({ followUpBusinessDays: 5, homeRegion: 'UK' });
    // Monday 9th + 5 business days instead of 3: two days later.
    expect((await db.cases.get(id))!.nextDueAt! - before).toBe(4 * 86_400_000);
  });
});
