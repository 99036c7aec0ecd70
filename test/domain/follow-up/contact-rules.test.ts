import { describe, expect, it } from 'vitest';
import { nextActions, type NextAction } from '../../../src/domain/follow-up';
import { bundle, NEW_YORK, PARIS, SETTINGS, utc, type BundleSpec } from './build';

const NOW = Date.UTC(2026, 10, 2, 12);
const only = (spec: BundleSpec, ruleId: string, tz = spec.timeZone ?? PARIS, settings = SETTINGS): NextAction[] =>
  nextActions(bundle(spec), settings, NOW, tz).filter((a) => a.ruleId === ruleId);

describe('first contact', () => {
  it.each([
    ['Paris, Friday afternoon', PARIS, '2026-11-06T15:00', '2026-11-06T22:59:59.999Z'],
    ['Paris, last day of October after the clocks went back', PARIS, '2026-10-31T23:30', '2026-10-31T22:59:59.999Z'],
    ['New York, same wall time', NEW_YORK, '2026-11-06T15:00', '2026-11-07T04:59:59.999Z'],
  ])('%s: contact the company by the end of the day the case was opened', (_, tz, created, due) => {
    const [a] = only({ created, timeZone: tz }, 'first-contact');
    expect(a).toMatchObject({ kind: 'contact', target: 'log', reason: { key: 'rule.firstContact' } });
    expect(utc(a!.dueAt)).toBe(due);
  });

  it('is gone once anything is logged', () => {
    expect(only({ log: [{ on: '2026-11-02' }] }, 'first-contact')).toEqual([]);
  });
});

describe('no reply within N business days (weekends skipped)', () => {
  it.each([
    // last contact (local, Paris), business days, due date (end of that day, Paris)
    ['Monday', '2026-11-09T10:00', 3, '2026-11-12T22:59:59.999Z'],
    ['Wednesday, over a weekend', '2026-11-11T10:00', 3, '2026-11-16T22:59:59.999Z'],
    ['Friday', '2026-11-13T17:00', 3, '2026-11-18T22:59:59.999Z'],
    ['Saturday', '2026-11-14T11:00', 3, '2026-11-18T22:59:59.999Z'],
    ['Sunday late evening', '2026-11-15T23:50', 1, '2026-11-16T22:59:59.999Z'],
    ['last day of the year', '2026-12-31T10:00', 3, '2027-01-05T22:59:59.999Z'],
    ['end of February', '2027-02-26T10:00', 3, '2027-03-03T22:59:59.999Z'],
    ['five days, across a month end', '2026-11-27T10:00', 5, '2026-12-04T22:59:59.999Z'],
    // Summer time ends on Sunday 25 October 2026: the due day is in winter time (UTC+1).
    ['across the end of summer time', '2026-10-21T10:00', 3, '2026-10-26T22:59:59.999Z'],
    ['just before the clocks change', '2026-10-20T10:00', 3, '2026-10-23T21:59:59.999Z'],
    // Summer time starts on Sunday 28 March 2027: the due day is in summer time (UTC+2).
    ['across the start of summer time', '2027-03-25T10:00', 3, '2027-03-30T21:59:59.999Z'],
  ])('%s: %s + %i business days', (_, on, days, due) => {
    const [a] = only({ log: [{ on, refs: ['CS-1'] }] }, 'no-reply', PARIS, { ...SETTINGS, followUpBusinessDays: days });
    expect(a).toMatchObject({ kind: 'follow-up', target: 'log', reason: { key: 'rule.noReply', values: { days } }, refs: ['CS-1'] });
    expect(utc(a!.dueAt)).toBe(due);
  });

  it('counts in the case zone: the same instant is Wednesday in Paris but Tuesday in New York', () => {
    const instant = '2026-11-11T00:30'; // Paris wall time = 10 Nov 18:30 in New York
    const paris = only({ log: [{ on: instant }] }, 'no-reply', PARIS)[0]!;
    expect(utc(paris.dueAt)).toBe('2026-11-16T22:59:59.999Z');
    expect(paris.reason.values.date).toBe('2026-11-11');
    const ny = nextActions(bundle({ log: [{ on: instant }] }), SETTINGS, NOW, NEW_YORK).find((a) => a.ruleId === 'no-reply')!;
    expect(utc(ny.dueAt)).toBe('2026-11-14T04:59:59.999Z'); // Friday 13 November, end of day in New York
    expect(ny.reason.values.date).toBe('2026-11-10');
  });

  it('is keyed by the last interaction, so a new contact gives a new event', () => {
    const one = only({ log: [{ on: '2026-11-09', id: 'a' }] }, 'no-reply')[0]!;
    const two = only({ log: [{ on: '2026-11-09', id: 'a' }, { on: '2026-11-12', id: 'b' }] }, 'no-reply')[0]!;
    expect([one.eventKey, two.eventKey]).toEqual(['a', 'b']);
  });

  it.each([['denied'], ['refund-promised'], ['refund-issued']] as const)('does not nag after "%s" (other rules take over)', (outcome) => {
    expect(only({ log: [{ on: '2026-11-09', outcome }] }, 'no-reply')).toEqual([]);
  });

  it('asks to send the information when the company asked for some', () => {
    const [a] = only({ log: [{ on: '2026-11-09', outcome: 'info-requested', direction: 'inbound' }] }, 'no-reply');
    expect(a).toMatchObject({ title: { key: 'action.sendInfo' }, reason: { key: 'rule.infoRequested', values: { date: '2026-11-09' } } });
  });
});

describe('a promised reply that did not come', () => {
  const promise = { on: '2026-11-09T10:00', outcome: 'reply-promised' as const, promisedBy: '2026-11-13', refs: ['T-778'], id: 'p' };

  it('follows up at the end of the promised day, quoting the promise and its reference', () => {
    const [a] = only({ log: [promise] }, 'promise-missed');
    expect(a).toMatchObject({ eventKey: 'p', kind: 'follow-up', reason: { key: 'rule.promiseMissedRef', values: { date: '2026-11-13', ref: 'T-778' } }, refs: ['T-778'] });
    expect(utc(a!.dueAt)).toBe('2026-11-13T22:59:59.999Z');
    // While the promise stands, the plain no-reply rule stays quiet.
    expect(only({ log: [promise] }, 'no-reply')).toEqual([]);
  });

  it('without a reference, says so without one', () => {
    expect(only({ log: [{ ...promise, refs: [] }] }, 'promise-missed')[0]!.reason.key).toBe('rule.promiseMissed');
  });

  it('is met by any reply from the company', () => {
    const log = [promise, { on: '2026-11-12T09:00', direction: 'inbound' as const }];
    expect(only({ log }, 'promise-missed')).toEqual([]);
  });

  it('still stands after the person sent something else before the day', () => {
    const log = [promise, { on: '2026-11-11T09:00' }];
    expect(only({ log }, 'promise-missed')).toHaveLength(1);
  });

  it('ends once the person followed up after the day; the follow-up then waits for its own reply', () => {
    const log = [promise, { on: '2026-11-16T09:00', id: 'later' }];
    expect(only({ log }, 'promise-missed')).toEqual([]);
    expect(only({ log }, 'no-reply')[0]).toMatchObject({ eventKey: 'later' });
  });

  it('counts the promised day in the case zone (New York)', () => {
    const [a] = only({ timeZone: NEW_YORK, log: [promise] }, 'promise-missed', NEW_YORK);
    expect(utc(a!.dueAt)).toBe('2026-11-14T04:59:59.999Z');
  });
});

it('gives nothing for a closed, resolved or deleted case', () => {
  for (const c of [{ status: 'closed' as const }, { status: 'resolved' as const }, { deletedAt: 1 }]) {
    expect(nextActions(bundle({ case: c }), SETTINGS, NOW, PARIS)).toEqual([]);
  }
});
