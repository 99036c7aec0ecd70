import { describe, expect, it } from 'vitest';
import { nextActions } from '../../../src/domain/follow-up';
import { bundle, PARIS, SETTINGS, utc, type BundleSpec } from './build';

const reminders = (spec: BundleSpec) => nextActions(bundle(spec), SETTINGS, 0, PARIS).filter((a) => a.ruleId === 'deadline');

describe('deadline reminders', () => {
  it('raise each last safe day as an action due at the end of that day', () => {
    const [a] = reminders({ charges: [{ on: '2026-11-02', id: 'c1' }] });
    expect(a).toMatchObject({ eventKey: 'card-dispute:c1', deadlineId: 'card-dispute:c1', kind: 'deadline', target: 'deadlines', title: { key: 'deadline.cardDispute', values: { date: '2026-11-02' } }, reason: { key: 'rule.deadlineTypical', values: { date: '2027-03-02' } } });
    expect(utc(a!.dueAt)).toBe('2027-03-02T22:59:59.999Z');
  });

  it('follow a changed date and disappear when dismissed', () => {
    const changed = reminders({ charges: [{ on: '2026-11-02', id: 'c1' }], overrides: [{ deadlineId: 'card-dispute:c1', date: '2027-01-15', updatedAt: 1 }] });
    expect(utc(changed[0]!.dueAt)).toBe('2027-01-15T22:59:59.999Z');
    expect(reminders({ charges: [{ on: '2026-11-02', id: 'c1' }], overrides: [{ deadlineId: 'card-dispute:c1', dismissed: true, updatedAt: 1 }] })).toEqual([]);
  });

  it('skip one that had passed before the case was opened, and "opens" dates', () => {
    expect(reminders({ created: '2026-11-20T09:00', charges: [], case: { subscriptionStartedOn: '2026-10-01' } })).toEqual([]);
    const uk = reminders({ case: { region: 'UK', paymentMethod: 'debit-card' }, charges: [], steps: [{ stepId: 'card-dispute', on: '2026-11-02' }] });
    expect(uk.map((a) => a.eventKey)).toEqual(['uk-ombudsman-limit']);
  });
});
