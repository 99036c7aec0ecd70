import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { RefundDatabase } from '../../../src/db/database';
import { createCase } from '../../../src/db/repositories/case-repo';
import { endCall, holdCall, readCall, startCall } from '../../../src/db/repositories/timer-repo';
import { CallBar } from '../../../src/features/call/call-bar';
import { Toasts } from '../../../src/components/toasts';
import { useTimerClock } from '../../../src/stores/timer-store';
import { caseInput } from '../../helpers/fixtures';
import { freshDatabase } from '../../helpers/db';

const T0 = Date.UTC(2026, 10, 10, 9, 0, 0);
const ZONE = 'Europe/Paris';

let database: RefundDatabase;
beforeEach(async () => {
  database = await freshDatabase();
  // Only the clock is faked: IndexedDB and React keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

function renderBar() {
  const location = memoryLocation({ path: '/cases', record: true });
  render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      <CallBar />
      <Toasts />
    </Router>,
  );
  return location;
}

/** What the one-second tick does, without waiting a second. */
function tickTo(at: number) {
  vi.setSystemTime(at);
  act(() => useTimerClock.getState().tick());
}

describe('CallBar', () => {
  it('shows nothing while no call runs', async () => {
    renderBar();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Call in progress' })).not.toBeInTheDocument();
  });

  it('shows the case, talk and hold times, and switches between talking and on hold', async () => {
    const caseId = await createCase(caseInput({ company: 'Netflix' }), { now: T0 - 1000 });
    await startCall(caseId, T0, ZONE);
    renderBar();
    const bar = await screen.findByRole('region', { name: 'Call in progress' });
    expect(await screen.findByText('Call: Netflix')).toBeInTheDocument();
    tickTo(T0 + 65_000);
    expect(bar).toHaveTextContent('Talk 1:05');
    expect(bar).toHaveTextContent('Hold 0:00');
    expect(screen.getByRole('button', { name: /Talking/ })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: /On hold/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: /On hold/ })).toHaveAttribute('aria-pressed', 'true'));
    expect((await readCall())?.segments.map((s) => s.kind)).toEqual(['talk', 'hold']);
    tickTo(T0 + 65_000 + 600_000);
    expect(bar).toHaveTextContent('Talk 1:05');
    expect(bar).toHaveTextContent('Hold 10:00');

    await userEvent.click(screen.getByRole('button', { name: /Talking/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Talking/ })).toHaveAttribute('aria-pressed', 'true'));
    expect((await readCall())?.segments.map((s) => s.kind)).toEqual(['talk', 'hold', 'talk']);
  });

  it('rebuilds a call left on hold (after a reload) and ends it into the log form with the times filled in', async () => {
    const caseId = await createCase(caseInput(), { now: T0 - 1000 });
    await startCall(caseId, T0, ZONE);
    await holdCall(T0 + 120_000);
    // The page is opened again forty minutes later: the bar reads everything from the stored record.
    vi.setSystemTime(T0 + 2_520_000);
    const location = renderBar();
    const bar = await screen.findByRole('region', { name: 'Call in progress' });
    await waitFor(() => expect(bar).toHaveTextContent('Hold 40:00'));
    expect(screen.getByRole('button', { name: /On hold/ })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'End call' }));
    const logHref = `/cases/${caseId}/log?channel=phone&at=${T0}&talk=120&hold=2400`;
    await waitFor(() => expect(location.history.at(-1)).toBe(logHref));
    // The ended call stays stored until its contact is saved; the bar hides on its own log form.
    expect((await readCall())?.endedAt).toBe(T0 + 2_520_000);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Call in progress' })).not.toBeInTheDocument());
    expect(screen.queryByRole('region', { name: 'Call ended' })).not.toBeInTheDocument();

    // Cancel on the form (or any other screen): the bar offers to log it, with the times fixed.
    act(() => location.navigate('/cases'));
    const ended = await screen.findByRole('region', { name: 'Call ended' });
    tickTo(T0 + 9_000_000);
    expect(ended).toHaveTextContent('Talk 2:00');
    expect(ended).toHaveTextContent('Hold 40:00');
    expect(screen.queryByRole('button', { name: 'End call' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Call ended: log it' }));
    expect(location.history.at(-1)).toBe(logHref);
  });

  it('discards an ended call, and undo brings it back ended', async () => {
    await startCall(undefined, T0, ZONE);
    await endCall(T0 + 30_000);
    renderBar();
    expect(await screen.findByRole('region', { name: 'Call ended' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Discard this call timer without logging it' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Call ended' })).not.toBeInTheDocument());
    expect(await database.timers.count()).toBe(0);
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: 'Call ended' })).toBeInTheDocument();
    expect((await readCall())?.endedAt).toBe(T0 + 30_000);
  });

  it('ends a call without a case into /log', async () => {
    await startCall(undefined, T0, ZONE);
    const location = renderBar();
    expect(await screen.findByText('Call (no case yet)')).toBeInTheDocument();
    vi.setSystemTime(T0 + 30_000);
    await userEvent.click(screen.getByRole('button', { name: 'End call' }));
    await waitFor(() => expect(location.history.at(-1)).toBe(`/log?channel=phone&at=${T0}&talk=30&hold=0`));
  });

  it('discards a call, and undo brings it back unchanged', async () => {
    await startCall(undefined, T0, ZONE);
    const before = await readCall();
    renderBar();
    await userEvent.click(await screen.findByRole('button', { name: 'Discard this call timer without logging it' }));
    expect(await screen.findByText('Call timer discarded.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Call in progress' })).not.toBeInTheDocument());
    expect(await database.timers.count()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: 'Call in progress' })).toBeInTheDocument();
    expect(await readCall()).toEqual(before);
  });

  it('says why when a write fails, and keeps the call', async () => {
    await startCall(undefined, T0, ZONE);
    renderBar();
    await screen.findByRole('region', { name: 'Call in progress' });
    const spy = vi.spyOn(database.timers, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await userEvent.click(screen.getByRole('button', { name: /On hold/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('out of storage space');
    expect(spy).toHaveBeenCalled();
    expect((await readCall())?.segments).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Talking/ })).toHaveAttribute('aria-pressed', 'true');
  });
});
