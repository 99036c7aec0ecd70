/**
 * The running call timer, stored as one record (id 'current') of talk and hold segments so a call
 * survives a reload, a killed tab or a switch to the phone app. Only the display ticks in memory; every
 * state change is written here first. The arithmetic lives in src/domain/timer.ts.
 */
import { callDurations, endTimer, holdTimer, resumeTimer, startTimer, timerState, type CallDurations } from '../../domain/timer';
import type { CallTimer } from '../../domain/types';
import { assertWritable, db } from '../database';

const KEY = 'current';

export function readCall(): Promise<CallTimer | undefined> {
  return db.timers.get(KEY);
}

/** Start a call; a call already running is kept and returned (a double tap starts nothing new). */
export async function startCall(caseId: string | undefined, now: number, timeZone: string): Promise<CallTimer> {
  assertWritable();
  return db.transaction('rw', db.timers, async () => {
    const running = await db.timers.get(KEY);
    if (running && timerState(running) !== 'ended') return running;
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

/** End the call: returns its start and durations and removes the timer; undefined when no call runs. */
export async function endCall(now: number): Promise<CallDurations | undefined> {
  assertWritable();
  return db.transaction('rw', db.timers, async () => {
    const current = await db.timers.get(KEY);
    if (!current) return undefined;
    await db.timers.delete(KEY);
    return callDurations(endTimer(current, now), now);
  });
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
