import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { endCall, holdCall, readCall, startCall } from '../../../src/db/repositories/timer-repo';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { renderApp } from '../../helpers/render';

const ZONE = 'Europe/Paris';

beforeEach(async () => {
  await freshDatabase();
});

/** A call of 10 minutes talking and 20 on hold, ended 5 minutes ago. */
async function endedCall(caseId?: string) {
  const start = Date.now() - 35 * 60_000;
  await startCall(caseId, start, ZONE);
  await holdCall(start + 10 * 60_000);
  await endCall(start + 30 * 60_000);
  return start;
}

describe('log form and an ended call', () => {
  it('reopened without the times in its address, still shows the call times, and saving removes the ended call', async () => {
    const id = await createCase(caseInput({ company: 'Netflix' }));
    const start = await endedCall(id);
    const { user, location } = renderApp(`/cases/${id}/log`);
    expect(await screen.findByRole('radio', { name: 'Phone' })).toBeChecked();
    expect(screen.getByText('Call timer: 10:00 talking, 20:00 on hold')).toBeInTheDocument();
    expect(screen.getByLabelText(/Duration/)).toHaveValue('30');
    await user.selectOptions(screen.getByLabelText('Outcome'), 'no-resolution');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/cases/${id}`));
    expect(await db.interactions.toArray()).toMatchObject([{ caseId: id, channel: 'phone', occurredAt: start, talkSec: 600, holdSec: 1200 }]);
    expect(await readCall()).toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Call ended' })).not.toBeInTheDocument());
  });

  it('fills /log from an ended call that had no case, and the call is removed with the new case', async () => {
    await endedCall();
    const { user, location } = renderApp('/log');
    expect(await screen.findByText('Call timer: 10:00 talking, 20:00 on hold')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Case'), '__new__');
    await user.type(screen.getByLabelText('Company'), 'Spotify');
    await user.selectOptions(screen.getByLabelText('Why you want a refund'), 'billing-error');
    await user.selectOptions(screen.getByLabelText('Outcome'), 'no-resolution');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/cases\/[0-9a-f-]{36}$/));
    expect(await db.interactions.toArray()).toMatchObject([{ talkSec: 600, holdSec: 1200 }]);
    expect(await readCall()).toBeUndefined();
  });

  it('leaves the form of another case alone, and keeps the ended call', async () => {
    const callCase = await createCase(caseInput({ company: 'Netflix' }));
    const other = await createCase(caseInput({ company: 'Hulu' }));
    await logInteraction(interactionInput(other, { channel: 'email', agentName: 'Sam' }));
    await endedCall(callCase);
    renderApp(`/cases/${other}/log`);
    expect(await screen.findByRole('radio', { name: 'Email' })).toBeChecked();
    expect(screen.queryByText(/^Call timer:/)).not.toBeInTheDocument();
    // The bar still offers to log the call on its own case.
    expect(await screen.findByRole('link', { name: 'Call ended: log it' })).toHaveAttribute('href', expect.stringContaining(`/cases/${callCase}/log?`));
    expect((await readCall())?.endedAt).toBeDefined();
  });

  it('keeps the ended call when the save fails', async () => {
    const id = await createCase(caseInput());
    await endedCall(id);
    const { user } = renderApp(`/cases/${id}/log`);
    await screen.findByText('Call timer: 10:00 talking, 20:00 on hold');
    await user.selectOptions(screen.getByLabelText('Outcome'), 'no-resolution');
    const add = db.interactions.add;
    db.interactions.add = () => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never;
    try {
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('out of storage space');
    } finally {
      db.interactions.add = add;
    }
    expect((await readCall())?.endedAt).toBeDefined();
    expect(await db.interactions.count()).toBe(0);
    expect(screen.getByText('Call timer: 10:00 talking, 20:00 on hold')).toBeInTheDocument();
  });
});

describe('ending a call while its log form is open', () => {
  it('brings the talk and hold times into the form, and the save keeps them', async () => {
    const id = await createCase(caseInput({ company: 'Netflix' }));
    const start = Date.now() - 20 * 60_000;
    await startCall(id, start, ZONE);
    await holdCall(start + 5 * 60_000);
    const { user, location } = renderApp(`/cases/${id}/log`);
    await user.type(await screen.findByLabelText(/What was said/), 'Notes typed during the call');
    await user.click(screen.getByRole('button', { name: 'End call' }));
    await waitFor(() => expect(screen.getByLabelText(/Duration/)).not.toHaveValue(''));
    expect(screen.getByLabelText(/What was said/)).toHaveValue('Notes typed during the call');
    await user.selectOptions(screen.getByLabelText('Outcome'), 'no-resolution');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/cases/${id}`));
    const [saved] = await db.interactions.toArray();
    expect(saved).toMatchObject({ channel: 'phone', occurredAt: start, talkSec: 300, summary: 'Notes typed during the call' });
    expect(saved!.holdSec).toBeGreaterThanOrEqual(15 * 60 - 5);
    expect(await readCall()).toBeUndefined();
  });
});
