import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { updateSettings } from '../../../src/db/repositories/settings-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

beforeEach(async () => {
  await freshDatabase();
});

describe('log form', () => {
  it('opens with the time set to now and the last channel used, and saves in one tap', async () => {
    const id = await createCase(caseInput());
    await updateSettings({ lastChannel: 'email' });
    const before = Date.now();
    const { user, location } = renderApp(`/cases/${id}/log`);
    expect(await screen.findByRole('radio', { name: 'Email' })).toBeChecked();
    await user.type(screen.getByLabelText(/Agent name/), 'Zoë');
    await user.type(screen.getByRole('textbox', { name: 'Reference 1' }), 'AB-1');
    await user.click(screen.getByRole('button', { name: 'Add another reference' }));
    await user.type(screen.getByRole('textbox', { name: 'Reference 2' }), 'CD-2');
    await user.selectOptions(screen.getByLabelText('Outcome'), 'reply-promised');
    await user.type(screen.getByLabelText(/They promised an answer by/), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/cases/${id}`));
    const [i] = await db.interactions.toArray();
    expect(i).toMatchObject({ channel: 'email', agentName: 'Zoë', references: ['AB-1', 'CD-2'], outcome: 'reply-promised', promisedBy: '2026-12-01' });
    expect(i!.occurredAt).toBeGreaterThanOrEqual(before);
    expect(i!.occurredAt).toBeLessThanOrEqual(Date.now());
    expect((await db.cases.get(id))!.status).toBe('waiting');
    expect(await screen.findByRole('button', { name: 'Copy reference CD-2' })).toBeInTheDocument();
  });

  it('suggests the agent names already seen for this company', async () => {
    const id = await createCase(caseInput());
    await logInteraction(interactionInput(id, { agentName: 'Priya' }));
    renderApp(`/cases/${id}/log`);
    await waitFor(() => expect(document.querySelector('#agent-names option[value="Priya"]')).not.toBeNull());
    expect(screen.getByLabelText(/Agent name/)).toHaveAttribute('list', 'agent-names');
  });

  it('starts a new case from the log form, both written together', async () => {
    const { user, location } = renderApp('/log');
    await user.selectOptions(await screen.findByLabelText('Case'), '__new__');
    await user.type(screen.getByLabelText('Company'), 'Spotify');
    await user.selectOptions(screen.getByLabelText('Why you want a refund'), 'billing-error');
    await user.click(screen.getByRole('radio', { name: 'Phone' }));
    await user.selectOptions(screen.getByLabelText('Outcome'), 'no-resolution');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/cases\/[0-9a-f-]{36}$/));
    const [c] = await db.cases.toArray();
    expect(c).toMatchObject({ company: 'Spotify', reason: 'billing-error', status: 'in-progress' });
    expect(await db.interactions.toArray()).toMatchObject([{ caseId: c!.id, channel: 'phone' }]);
  });

  it('refuses a time in the future and a missing outcome, keeping the summary', async () => {
    const id = await createCase(caseInput());
    const { user } = renderApp(`/cases/${id}/log`);
    const when = await screen.findByLabelText('When');
    await user.clear(when);
    await user.type(when, '2099-01-01T10:00');
    await user.type(screen.getByLabelText(/What was said/), 'They hung up');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please fix 2 problem(s) below.');
    expect(when).toHaveFocus();
    expect(when).toHaveAccessibleDescription(/This is in the future/);
    expect(screen.getByLabelText('Outcome')).toHaveAccessibleDescription('This is required.');
    expect(screen.getByLabelText(/What was said/)).toHaveValue('They hung up');
    expect(await db.interactions.count()).toBe(0);
  });

  it('fills start, talk and hold time from the call timer', async () => {
    const id = await createCase(caseInput());
    const at = Date.now() - 30 * 60_000;
    renderApp(`/cases/${id}/log?channel=phone&at=${at}&talk=600&hold=1200`);
    expect(await screen.findByRole('radio', { name: 'Phone' })).toBeChecked();
    expect(screen.getByText('Call timer: 10:00 talking, 20:00 on hold')).toBeInTheDocument();
    expect(screen.getByLabelText(/Duration/)).toHaveValue('30');
  });

  it('offers to resolve the case when the refund was issued', async () => {
    const id = await createCase(caseInput());
    const { user } = renderApp(`/cases/${id}/log`);
    await user.selectOptions(await screen.findByLabelText('Outcome'), 'refund-issued');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const offer = await screen.findByText(/They say the refund was issued/);
    await user.click(within(offer.closest('.toast') as HTMLElement).getByRole('button', { name: 'Mark resolved' }));
    await waitFor(async () => expect((await db.cases.get(id))!.status).toBe('resolved'));
  });

  it('edits a logged contact from the timeline', async () => {
    const id = await createCase(caseInput());
    await logInteraction(interactionInput(id, { occurredAt: Date.now() - 60_000, agentName: 'Sam', references: ['OLD-1'] }));
    const { user, location } = renderApp(`/cases/${id}`);
    await user.click(await screen.findByRole('link', { name: 'Edit contact' }));
    const agent = await screen.findByLabelText(/Agent name/);
    expect(agent).toHaveValue('Sam');
    await user.clear(agent);
    await user.type(agent, 'Samira');
    await user.clear(screen.getByRole('textbox', { name: 'Reference 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Reference 1' }), 'NEW-2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const all = await db.interactions.toArray();
    // Back on the case, at the edited contact.
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/cases/${id}#interaction-${all[0]!.id}`));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ agentName: 'Samira', references: ['NEW-2'] });
    expect(await screen.findByRole('button', { name: 'Copy reference NEW-2' })).toBeInTheDocument();
  });
});
