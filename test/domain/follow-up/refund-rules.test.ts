import { describe, expect, it } from 'vitest';
import { nextActions } from '../../../src/domain/follow-up';
import { bundle, NEW_YORK, PARIS, SETTINGS, utc, type Say } from './build';

const NOW = Date.UTC(2026, 10, 2, 12);
const refundActions = (log: Say[], tz = PARIS) =>
  nextActions(bundle({ log, timeZone: tz }), SETTINGS, NOW, tz)
    .filter((a) => a.ruleId === 'refund-check' || a.ruleId === 'refund-missing')
    .map((a) => ({ rule: a.ruleId, kind: a.kind, due: utc(a.dueAt), key: a.reason.key, date: a.reason.values.date }));

describe('refund arrival: check the statement after 5 business days, chase after 10', () => {
  it.each([
    ['issued on a Friday before a month end', { on: '2026-11-27', outcome: 'refund-issued' }, '2026-12-04T22:59:59.999Z', '2026-12-11T22:59:59.999Z', 'rule.refundIssued', '2026-11-27'],
    ['issued on a Saturday', { on: '2026-11-28', outcome: 'refund-issued' }, '2026-12-04T22:59:59.999Z', '2026-12-11T22:59:59.999Z', 'rule.refundIssued', '2026-11-28'],
    ['promised with no date', { on: '2026-11-10', outcome: 'refund-promised' }, '2026-11-17T22:59:59.999Z', '2026-11-24T22:59:59.999Z', 'rule.refundPromised', '2026-11-10'],
    ['promised for a later day, across the new year', { on: '2026-12-21', outcome: 'refund-promised', promisedBy: '2026-12-30' }, '2027-01-06T22:59:59.999Z', '2027-01-13T22:59:59.999Z', 'rule.refundPromised', '2026-12-30'],
    ['issued the week summer time ends', { on: '2026-10-21', outcome: 'refund-issued' }, '2026-10-28T22:59:59.999Z', '2026-11-04T22:59:59.999Z', 'rule.refundIssued', '2026-10-21'],
  ] as [string, Say, string, string, string, string][])('%s', (_, say, check, missing, key, date) => {
    expect(refundActions([say])).toEqual([
      { rule: 'refund-check', kind: 'check-statement', due: check, key, date },
      { rule: 'refund-missing', kind: 'follow-up', due: missing, key: 'rule.refundMissing', date },
    ]);
  });

  it('counts business days in New York for a New York case', () => {
    const [check] = refundActions([{ on: '2026-11-27T10:00', outcome: 'refund-issued' }], NEW_YORK);
    expect(check!.due).toBe('2026-12-05T04:59:59.999Z');
  });

  it('keeps watching after a later plain contact, stops after a later denial', () => {
    const issued: Say = { on: '2026-11-10', outcome: 'refund-issued', id: 'r' };
    expect(refundActions([issued, { on: '2026-11-12' }])).toHaveLength(2);
    expect(refundActions([issued, { on: '2026-11-12', outcome: 'denied', direction: 'inbound' }])).toEqual([]);
  });

  it('is keyed by the refund interaction', () => {
    const b = bundle({ log: [{ on: '2026-11-10', outcome: 'refund-issued', id: 'r1' }] });
    expect(nextActions(b, SETTINGS, NOW, PARIS).filter((a) => a.ruleId.startsWith('refund')).map((a) => a.eventKey)).toEqual(['r1', 'r1']);
  });
});
