/**
 * The call timer's arithmetic. A call is a list of talk and hold segments with start and end
 * instants, so its state can be stored and rebuilt after a reload or a killed tab; the durations are
 * always recomputed from the segments and `now`, never counted by a ticking clock.
 *
 * Clock oddities: the device clock can move backwards (a manual change, a zone sync). A segment never
 * counts less than zero, and a switch made "before" the open segment started closes it with zero
 * length and opens the next one at the clock's new reading, so later time is still measured.
 */
import type { CallTimer, Instant, TimerSegment, TimerSegmentKind } from './types';

export type TimerState = TimerSegmentKind | 'ended';

export interface CallDurations {
  startedAt: Instant;
  timeZone: string;
  caseId?: string;
  talkSec: number;
  holdSec: number;
  /** talkSec + holdSec, so the three always agree. */
  totalSec: number;
}

/** A new call, talking from `now`. */
export function startTimer(now: Instant, timeZone: string, caseId?: string): CallTimer {
  const timer: CallTimer = { id: 'current', startedAt: now, timeZone, segments: [{ kind: 'talk', start: now }] };
  if (caseId) timer.caseId = caseId;
  return timer;
}

function openSegment(t: CallTimer): TimerSegment | undefined {
  const last = t.segments[t.segments.length - 1];
  return last && last.end === undefined ? last : undefined;
}

/** 'talk' or 'hold' while the call runs; 'ended' once it has an end instant or every segment is closed. */
export function timerState(t: CallTimer): TimerState {
  if (t.endedAt !== undefined) return 'ended';
  return openSegment(t)?.kind ?? 'ended';
}

function closeAt(s: TimerSegment, now: Instant): TimerSegment {
  return { ...s, end: Math.max(now, s.start) };
}

/** Switch to `kind` at `now`; the same kind again, or an ended call, changes nothing. */
export function switchTo(t: CallTimer, kind: TimerSegmentKind, now: Instant): CallTimer {
  const open = openSegment(t);
  if (!open || open.kind === kind || t.endedAt !== undefined) return t;
  const closed = t.segments.slice(0, -1).concat(closeAt(open, now));
  return { ...t, segments: [...closed, { kind, start: now }] };
}

export const holdTimer = (t: CallTimer, now: Instant): CallTimer => switchTo(t, 'hold', now);
export const resumeTimer = (t: CallTimer, now: Instant): CallTimer => switchTo(t, 'talk', now);

/** Close the open segment at `now` and record when the call ended; an ended call is returned as is. */
export function endTimer(t: CallTimer, now: Instant): CallTimer {
  const open = openSegment(t);
  if (!open || t.endedAt !== undefined) return t;
  const endedAt = Math.max(now, open.start);
  return { ...t, segments: t.segments.slice(0, -1).concat({ ...open, end: endedAt }), endedAt };
}

function segmentMs(s: TimerSegment, now: Instant): number {
  return Math.max(0, (s.end ?? now) - s.start);
}

/** An ended call is measured as of its end, whatever the clock reads now. */
const measuredAt = (t: CallTimer, now: Instant): Instant => t.endedAt ?? now;

function millisOf(t: CallTimer, kind: TimerSegmentKind, now: Instant): number {
  const until = measuredAt(t, now);
  return t.segments.filter((s) => s.kind === kind).reduce((sum, s) => sum + segmentMs(s, until), 0);
}

/** Whole seconds spent talking, as of `now`. */
export function talkSeconds(t: CallTimer, now: Instant): number {
  return Math.floor(millisOf(t, 'talk', now) / 1000);
}

/** Whole seconds spent on hold, as of `now`. */
export function holdSeconds(t: CallTimer, now: Instant): number {
  return Math.floor(millisOf(t, 'hold', now) / 1000);
}

/** Talk plus hold seconds (not `now - startedAt`, which a clock change could make wrong). */
export function totalSeconds(t: CallTimer, now: Instant): number {
  return talkSeconds(t, now) + holdSeconds(t, now);
}

/** Seconds in the current segment, for "on hold for 12:03". 0 once ended. */
export function currentSegmentSeconds(t: CallTimer, now: Instant): number {
  const open = openSegment(t);
  return open && t.endedAt === undefined ? Math.floor(segmentMs(open, now) / 1000) : 0;
}

export function callDurations(t: CallTimer, now: Instant): CallDurations {
  const talkSec = talkSeconds(t, now);
  const holdSec = holdSeconds(t, now);
  const out: CallDurations = { startedAt: t.startedAt, timeZone: t.timeZone, talkSec, holdSec, totalSec: talkSec + holdSec };
  if (t.caseId) out.caseId = t.caseId;
  return out;
}

/** "4:05" or "1:02:09": a stopwatch reading of whole seconds. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
