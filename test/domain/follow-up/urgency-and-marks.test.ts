import { describe, expect, it } from 'vitest';
import { leadingAction, nextActions, nextDueAt, snoozeForDays, snoozeUntilDay, urgencyOf, visibleActions } from '../../../src/domain/follow-up';
import { at, bundle, NEW_YORK, PARIS, SETTINGS, utc } from './build';

describe('urgency', () => {
  const now = at('2026-11-10T10:00'); // Tuesday, Paris
  it.each([
    ['an instant already past', at('2026-11-10T09:59'), 'overdue'],
    ['yesterday, end of day', at('2026-11-09T23:59'), 'overdue'],
    ['the end of today', at('2026-11-10T23:59'), 'today'],
    ['tomorrow', at('2026-11-11T23:59'), 'soon'],
    ['six days ahead', at('2026-11-16T23:59'), 'soon'],
    ['seven days ahead', at('2026-11-17T23:59'), 'later'],
  ])('%s is %s', (_, due, expected) => {
    expect(urgencyOf(due, now, PARIS)).toBe(expected);
  });

  it('depends on the zone: late Wednesday evening in Paris is still tomorrow for someone in New York on Tuesday night', () => {
    const nowUtc = Date.UTC(2026, 10, 11, 3); // Tue 22:00 in New York, Wed 04:00 in Paris
    const due = Date.UTC(2026, 10, 11, 4, 59); // Tue 23:59 in New York, Wed 05:59 in Paris
    expect(urgencyOf(due, nowUtc, NEW_YORK)).toBe('today');
    expect(urgencyOf(due, nowUtc, PARIS)).toBe('today');
    const wednesdayEvening = Date.UTC(2026, 10, 11, 22); // Wed 23:00 in Paris, Wed 17:00 in New York
    expect(urgencyOf(wednesdayEvening, nowUtc, PARIS)).toBe('today');
    expect(urgencyOf(wednesdayEvening, nowUtc, NEW_YORK)).toBe('soon');
  });

  it('moves from "today" to "overdue" as the clock passes midnight, with the same records', () => {
    const b = bundle({ log: [{ on: '2026-11-05T10:00' }], case: { paymentMethod: 'other' } });
    const before = nextActions(b, SETTINGS, at('2026-11-10T23:59'), PARIS);
    const after = nextActions(b, SETTINGS, at('2026-11-11T00:00'), PARIS);
    expect(before.map((a) => a.urgency)).toEqual(['today']);
    expect(after.map((a) => a.urgency)).toEqual(['overdue']);
    expect(after.map((a) => a.dueAt)).toEqual(before.map((a) => a.dueAt));
  });
});

describe('snooze and done are per rule and triggering event', () => {
  const log = [{ on: '2026-11-05T10:00', id: 'first' }];
  const base = { log, case: { paymentMethod: 'other' as const } };
  const due = Date.parse('2026-11-10T22:59:59.999Z');

  it('nothing marked: the case is due when its follow-up is', () => {
    expect(utc(nextDueAt(bundle(base), SETTINGS, 0, PARIS))).toBe(utc(due));
  });

  it('a snooze hides the action until it ends and moves the case’s due time there', () => {
    const until = at('2026-11-13T09:00');
    const b = bundle({ ...base, marks: [{ ruleId: 'no-reply', eventKey: 'first', state: 'snoozed', until }] });
    expect(utc(nextDueAt(b, SETTINGS, 0, PARIS))).toBe(utc(until));
    const actions = nextActions(b, SETTINGS, at('2026-11-12T09:00'), PARIS);
    expect(visibleActions(actions, b, at('2026-11-12T09:00'))).toEqual([]);
    expect(visibleActions(actions, b, until)).toHaveLength(1);
  });

  it('done removes it; a later contact is a new event that the old mark does not hide', () => {
    const done = { ruleId: 'no-reply', eventKey: 'first', state: 'done' as const };
    expect(nextDueAt(bundle({ ...base, marks: [done] }), SETTINGS, 0, PARIS)).toBeUndefined();
    const next = bundle({ ...base, log: [...log, { on: '2026-11-12T10:00', id: 'second' }], marks: [done] });
    expect(utc(nextDueAt(next, SETTINGS, 0, PARIS))).toBe('2026-11-17T22:59:59.999Z');
    expect(visibleActions(nextActions(next, SETTINGS, 0, PARIS), next, 0).map((a) => a.eventKey)).toEqual(['second']);
  });

  it('a deleted mark no longer applies', () => {
    const b = bundle({ ...base, marks: [{ ruleId: 'no-reply', eventKey: 'first', state: 'done', deletedAt: 5 }] });
    expect(utc(nextDueAt(b, SETTINGS, 0, PARIS))).toBe(utc(due));
  });

  it('a snooze ending before the due time does not bring it forward', () => {
    const b = bundle({ ...base, marks: [{ ruleId: 'no-reply', eventKey: 'first', state: 'snoozed', until: at('2026-11-06T09:00') }] });
    expect(utc(nextDueAt(b, SETTINGS, 0, PARIS))).toBe(utc(due));
  });

  it('does not depend on now: the same records give the same due time whenever asked', () => {
    const b = bundle({ log: [{ on: '2026-11-04', outcome: 'denied' }], case: { subscriptionStartedOn: '2026-11-01', reason: 'technical-issue' } });
    const times = [0, at('2026-11-05T10:00'), at('2027-06-01T10:00')].map((now) => nextDueAt(b, SETTINGS, now, PARIS));
    expect(new Set(times).size).toBe(1);
  });
});

describe('when a snooze ends', () => {
  it.each([
    ['one day, ordinary', '2026-11-10T10:00', 1, PARIS, '2026-11-11T09:00:00.000Z'],
    ['three days over a weekend', '2026-11-13T18:30', 3, PARIS, '2026-11-16T17:30:00.000Z'],
    ['one day across the end of summer time (25 hours)', '2026-10-24T10:00', 1, PARIS, '2026-10-25T09:00:00.000Z'],
    ['one day across a month end in New York', '2026-11-30T21:00', 1, NEW_YORK, '2026-12-02T02:00:00.000Z'],
  ])('%s', (_, local, days, tz, expected) => {
    expect(utc(snoozeForDays(at(local, tz), days, tz))).toBe(expected);
  });

  it('a chosen day starts at local midnight', () => {
    expect(utc(snoozeUntilDay('2026-11-20', PARIS))).toBe('2026-11-19T23:00:00.000Z');
    expect(utc(snoozeUntilDay('2026-11-20', NEW_YORK))).toBe('2026-11-20T05:00:00.000Z');
  });
});

describe('the leading action', () => {
  it('is the one with the earliest due time once snoozes are counted, and gives nextDueAt', () => {
    const b = bundle({
      log: [{ on: '2026-11-05T10:00', id: 'i1' }],
      case: { reason: 'technical-issue', paymentMethod: 'other' },
      marks: [{ ruleId: 'gather-evidence', eventKey: 'error-screenshot', state: 'snoozed', until: at('2026-11-30T09:00') }],
    });
    const lead = leadingAction(b, SETTINGS, 0, PARIS)!;
    expect(lead.action.ruleId).toBe('no-reply');
    expect(lead.dueAt).toBe(nextDueAt(b, SETTINGS, 0, PARIS));
  });
});
