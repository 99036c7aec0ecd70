import { describe, expect, it } from 'vitest';
import {
  callDurations,
  currentSegmentSeconds,
  endTimer,
  formatElapsed,
  holdSeconds,
  holdTimer,
  resumeTimer,
  startTimer,
  talkSeconds,
  timerState,
  totalSeconds,
} from '../../src/domain/timer';
import type { CallTimer } from '../../src/domain/types';

const T0 = Date.UTC(2026, 10, 10, 9, 0, 0);
const sec = (n: number) => T0 + n * 1000;
const ZONE = 'Europe/Paris';

/** What a reload does: the record comes back from IndexedDB as a structured clone. */
const reload = (t: CallTimer): CallTimer => structuredClone(t);

describe('call timer segments', () => {
  it('starts talking, with the case and zone recorded', () => {
    const t = startTimer(T0, ZONE, 'case-1');
    expect(t).toEqual({ id: 'current', caseId: 'case-1', startedAt: T0, timeZone: ZONE, segments: [{ kind: 'talk', start: T0 }] });
    expect(timerState(t)).toBe('talk');
    expect(talkSeconds(t, sec(65))).toBe(65);
    expect(holdSeconds(t, sec(65))).toBe(0);
  });

  it('leaves caseId out when the call has no case yet', () => {
    expect('caseId' in startTimer(T0, ZONE)).toBe(false);
  });

  it.each([
    // [description, actions as [kind, at seconds], now, talk, hold]
    ['talk only', [], 300, 300, 0],
    ['talk, hold, still holding', [['hold', 60]], 600, 60, 540],
    ['talk, hold, talk', [['hold', 60], ['talk', 2460]], 2580, 180, 2400],
    ['several holds', [['hold', 10], ['talk', 70], ['hold', 100], ['talk', 160]], 200, 80, 120],
    ['hold at the very start', [['hold', 0]], 30, 0, 30],
  ] as const)('%s', (_name, actions, now, talk, hold) => {
    let t = startTimer(T0, ZONE);
    for (const [kind, at] of actions) t = kind === 'hold' ? holdTimer(t, sec(at)) : resumeTimer(t, sec(at));
    expect(talkSeconds(t, sec(now))).toBe(talk);
    expect(holdSeconds(t, sec(now))).toBe(hold);
    expect(totalSeconds(t, sec(now))).toBe(talk + hold);
  });

  it('ignores a switch to the state it is already in', () => {
    const t = holdTimer(startTimer(T0, ZONE), sec(10));
    expect(holdTimer(t, sec(20))).toBe(t);
    expect(resumeTimer(startTimer(T0, ZONE), sec(5)).segments).toHaveLength(1);
  });

  it('survives a reload in the middle of a hold: the stored record gives the same times and goes on counting', () => {
    let t = startTimer(T0, ZONE, 'case-1');
    t = holdTimer(t, sec(90));
    const before = { talk: talkSeconds(t, sec(600)), hold: holdSeconds(t, sec(600)) };
    const restored = reload(t);
    expect(timerState(restored)).toBe('hold');
    expect({ talk: talkSeconds(restored, sec(600)), hold: holdSeconds(restored, sec(600)) }).toEqual(before);
    // The tab was killed for twenty minutes; the hold kept running in the record.
    expect(holdSeconds(restored, sec(1800))).toBe(1710);
    expect(currentSegmentSeconds(restored, sec(1800))).toBe(1710);
    const resumed = resumeTimer(restored, sec(1800));
    expect(callDurations(endTimer(resumed, sec(1860)), sec(99999))).toEqual({
      startedAt: T0,
      timeZone: ZONE,
      caseId: 'case-1',
      talkSec: 150,
      holdSec: 1710,
      totalSec: 1860,
    });
  });

  it('stops counting once ended', () => {
    const t = endTimer(holdTimer(startTimer(T0, ZONE), sec(30)), sec(45));
    expect(timerState(t)).toBe('ended');
    expect(talkSeconds(t, sec(5000))).toBe(30);
    expect(holdSeconds(t, sec(5000))).toBe(15);
    expect(currentSegmentSeconds(t, sec(5000))).toBe(0);
    expect(endTimer(t, sec(9000))).toBe(t);
    expect(holdTimer(t, sec(9000))).toBe(t);
  });

  it('records when the call ended, and a stored ended call keeps its times however late it is read', () => {
    const ended = endTimer(holdTimer(startTimer(T0, ZONE, 'case-1'), sec(60)), sec(300));
    expect(ended.endedAt).toBe(sec(300));
    const stored = reload(ended);
    // Read back the next morning: nothing went on counting.
    expect(callDurations(stored, sec(86_400))).toMatchObject({ talkSec: 60, holdSec: 240, totalSec: 300 });
    expect(currentSegmentSeconds(stored, sec(86_400))).toBe(0);
    expect(resumeTimer(stored, sec(400))).toBe(stored);
    expect(endTimer(stored, sec(500))).toBe(stored);
  });

  it('stops talk and hold at endedAt even if a segment was left open in the record', () => {
    const t: CallTimer = { ...holdTimer(startTimer(T0, ZONE), sec(20)), endedAt: sec(50) };
    expect(timerState(t)).toBe('ended');
    expect(talkSeconds(t, sec(9000))).toBe(20);
    expect(holdSeconds(t, sec(9000))).toBe(30);
    expect(totalSeconds(t, sec(9000))).toBe(50);
    expect(holdTimer(resumeTimer(t, sec(60)), sec(70))).toBe(t);
  });

  it('keeps talk + hold equal to the total with fractions of seconds', () => {
    let t = startTimer(T0, ZONE);
    t = holdTimer(t, T0 + 1600);
    t = endTimer(t, T0 + 3200);
    const d = callDurations(t, T0 + 3200);
    expect(d.totalSec).toBe(d.talkSec + d.holdSec);
    expect(d).toMatchObject({ talkSec: 1, holdSec: 1 });
  });
});

describe('clock oddities', () => {
  it('never counts a negative duration when now is earlier than the last start', () => {
    const t = holdTimer(startTimer(T0, ZONE), sec(100));
    expect(holdSeconds(t, sec(40))).toBe(0);
    expect(talkSeconds(t, sec(40))).toBe(100);
    expect(currentSegmentSeconds(t, sec(40))).toBe(0);
  });

  it('closes the open segment with zero length when a switch comes before its start, then measures from the new reading', () => {
    let t = holdTimer(startTimer(T0, ZONE), sec(100));
    // The clock jumped back one hour, then the person took the call off hold.
    t = resumeTimer(t, sec(100 - 3600));
    expect(t.segments[1]).toEqual({ kind: 'hold', start: sec(100), end: sec(100) });
    expect(t.segments[2]).toEqual({ kind: 'talk', start: sec(100 - 3600) });
    expect(talkSeconds(t, sec(100 - 3600 + 30))).toBe(130);
    expect(holdSeconds(t, sec(100 - 3600 + 30))).toBe(0);
  });

  it('ends a call at its start when the clock reads earlier, rather than with a negative length', () => {
    const t = endTimer(startTimer(T0, ZONE), sec(-50));
    expect(t.segments[0]).toEqual({ kind: 'talk', start: T0, end: T0 });
    expect(callDurations(t, sec(-50)).totalSec).toBe(0);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [65, '1:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3729, '1:02:09'],
    [-3, '0:00'],
  ])('%i seconds reads %s', (s, text) => {
    expect(formatElapsed(s)).toBe(text);
  });
});
