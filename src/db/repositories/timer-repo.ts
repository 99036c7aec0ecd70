/**
 * The running call timer, stored as one record (id 'current') of talk and hold segments so a call
 * survives a reload, a killed tab or a switch to the phone app. Only the display ticks in memory; every
 * state change is written here first. An ended call stays stored (with `endedAt`) until its contact
 * is logged (removed in the same transaction as the interaction) or it is discarded, so its times
 * survive a killed tab or a cancelled log form. The arithmetic lives in src/domain/timer.ts.
 */
import { callDurations, endTimer, holdTimer, resumeTimer, startTimer, timerState, type CallDurations } from '../../domain/timer';
import type { CallTimer } from '../../domain/types';
import { assertWritable, db } from '../database';

const KEY = 'current';

export function readCall(): Promise<CallTimer | undefined> {
  return db.timers.get(KEY);
}

/**
 * Start a call; a call already stored is kept and returned: a double tap starts nothing new, and an
 * ended call waits to be logged or discarded before another one can start.
 */
export async function startCall(caseId: string | undefined, now: number, timeZone: string): Promise<CallTimer> {
  assertWritable();
  return db.transaction('rw', db.timers, async () => {
    const stored = await db.timers.get(KEY);
    if (stored) return stored;
    const timer = startTimer(now, timeZone, caseId);
    await db.timers.put(timer);
    return timer;
  });
}

async function update(change: (t: CallTimer) => CallTimer): Promise<CallTimer | undefined> {
  assertWritable();
  return db.transaction('rw', db.timers, async () => {
    const current = await db.timers.get(KEY);
    if (!current) return undefined;
    const next = change(current);
    if (next !== current) await db.timers.put(next);
    return next;
  });
}

/** Put the call on hold; undefined when no call runs. */
export function holdCall(now: number): Promise<CallTimer | undefined> {
  return update((t) => holdTimer(t, now));
}

/** Back to talking; undefined when no call runs. */
export function resumeCall(now: number): Promise<CallTimer | undefined> {
  return update((t) => resumeTimer(t, now));
}

/**
 * End the call: keeps it stored as ended and returns its start and durations (ending an ended call
 * again changes nothing); undefined when no call is stored.
 */
export async function endCall(now: number): Promise<CallDurations | undefined> {
  assertWritable();
  return db.transaction('rw', db.timers, async () => {
    const current = await db.timers.get(KEY);
    if (!current) return undefined;
    const ended = endTimer(current, now);
    if (ended !== current) await db.timers.put(ended);
    return callDurations(ended, now);
  });
}

/**
 * Remove the ended call once its contact is logged. Call inside the rw transaction that writes the
 * interaction (caseTables() includes db.timers), so both happen or neither does. A running call, or
 * an ended call other than the one that started at `startedAt`, is left alone.
 */
export async function removeLoggedCall(startedAt: number): Promise<void> {
  const current = await db.timers.get(KEY);
  if (current && timerState(current) === 'ended' && current.endedAt !== undefined && current.startedAt === startedAt) {
    await db.timers.delete(KEY);
  }
}

/** Throw the call away without logging it; returns the record so an undo can put it back. */
export async function discardCall(): Promise<CallTimer | undefined> {
  assertWritable();
  return db.transaction('rw', db.timers, async () => {
    const current = await db.timers.get(KEY);
    if (current) await db.timers.delete(KEY);
    return current;
  });
}

/** Undo a discard: the call goes on as if nothing happened, unless another call started since. */
export async function restoreCall(timer: CallTimer): Promise<boolean> {
  assertWritable();
  return db.transaction('rw', db.timers, async () => {
    if (await db.timers.get(KEY)) return false;
    await db.timers.put(timer);
    return true;
  });
}
