import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RefundDatabase } from '../../../src/db/database';
import { discardCall, endCall, readCall, startCall } from '../../../src/db/repositories/timer-repo';
import { StartCallButton } from '../../../src/features/call/start-call-button';
import { freshDatabase } from '../../helpers/db';

let database: RefundDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});

describe('StartCallButton', () => {
  it('starts a call for the case in the browser’s zone, then shows that a call runs', async () => {
    render(<StartCallButton caseId="case-1" />);
    const before = Date.now();
    await userEvent.click(await screen.findByRole('button', { name: 'Start call' }));
    const running = await screen.findByRole('button', { name: 'A call is being timed' });
    expect(running).toBeDisabled();
    const t = await readCall();
    expect(t).toMatchObject({ caseId: 'case-1', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    expect(t!.startedAt).toBeGreaterThanOrEqual(before);
    expect(t!.segments).toEqual([{ kind: 'talk', start: t!.startedAt }]);
  });

  it('starts a call with no case from Home', async () => {
    render(<StartCallButton />);
    await userEvent.click(await screen.findByRole('button', { name: 'Start call' }));
    await waitFor(async () => expect(await database.timers.count()).toBe(1));
    expect('caseId' in (await readCall())!).toBe(false);
  });

  it('asks to log or discard an ended call before another one can start', async () => {
    await startCall('case-1', Date.now(), 'Europe/Paris');
    await endCall(Date.now());
    render(<StartCallButton caseId="case-2" />);
    expect(await screen.findByRole('button', { name: 'Log or discard the ended call first' })).toBeDisabled();
    await discardCall();
    expect(await screen.findByRole('button', { name: 'Start call' })).toBeEnabled();
  });
});
