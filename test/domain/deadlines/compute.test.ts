import { describe, expect, it } from 'vitest';
import { computeDeadlines, daysLeft, deadlineEndsAt, SOURCES_CHECKED, type Deadline } from '../../../src/domain/deadlines';
import { parseHolidayData } from '../../../src/domain/places/business-days';
import HOLIDAY_DATA from '../../../src/domain/places/holiday-data.json';
import { bundle, NEW_YORK, PARIS, SETTINGS, utc, type BundleSpec } from '../follow-up/build';

const deadlines = (spec: BundleSpec, settings = SETTINGS, tz = spec.timeZone ?? PARIS) => computeDeadlines(bundle(spec), settings, tz);
const one = (spec: BundleSpec, ruleId: string, settings = SETTINGS): Deadline => {
  const d = deadlines(spec, settings).find((x) => x.ruleId === ruleId);
  if (!d) throw new Error(`no ${ruleId}`);
  return d;
};

describe('card dispute window (calendar days from the charge, shown as "typically")', () => {
  it.each([
    ['2026-11-02', 120, '2027-03-02'],
    ['2026-10-31', 120, '2027-02-28'],
    ['2027-01-31', 30, '2027-03-02'],
    ['2028-01-31', 30, '2028-03-01'], // leap year
    ['2026-11-02', 540, '2028-04-25'],
  ])('charge on %s, %i days: last safe day %s', (on, days, last) => {
    const d = one({ charges: [{ on, id: 'c1' }] }, 'card-dispute', { ...SETTINGS, cardDisputeWindowDays: days });
    expect(d).toMatchObject({ id: 'card-dispute:c1', chargeId: 'c1', kind: 'closes', from: on, computed: last, date: last, typical: true, counting: { key: 'counting.cardDispute', values: { days } } });
    expect(d.source.checked).toBe(SOURCES_CHECKED);
    expect(d.source.citation).toMatch(/Visa/);
  });

  it('one per charge, and none unless paid by card', () => {
    expect(deadlines({ charges: [{ on: '2026-10-01' }, { on: '2026-11-01' }] }).filter((d) => d.ruleId === 'card-dispute')).toHaveLength(2);
    expect(deadlines({ case: { paymentMethod: 'paypal' } }).filter((d) => d.ruleId === 'card-dispute')).toEqual([]);
    expect(deadlines({ case: { paymentMethod: 'debit-card' } }).filter((d) => d.ruleId === 'card-dispute')).toHaveLength(1);
  });
});

describe('US billing-error and transfer-error notices (60 days after the statement)', () => {
  it.each([
    ['card', 'us-billing-error', { on: '2026-11-02', statementOn: '2026-11-05' }, '2026-11-05', '2027-01-04', false],
    ['card', 'us-billing-error', { on: '2026-11-02' }, '2026-11-02', '2027-01-01', true],
    ['debit-card', 'us-transfer-error', { on: '2026-12-30', statementOn: '2026-12-31' }, '2026-12-31', '2027-03-01', false],
    ['bank-transfer', 'us-transfer-error', { on: '2026-11-02' }, '2026-11-02', '2027-01-01', true],
  ] as const)('paid by %s: %s', (paymentMethod, ruleId, charge, from, last, estimated) => {
    const d = one({ timeZone: NEW_YORK, case: { region: 'US', paymentMethod }, charges: [charge] }, ruleId);
    expect(d).toMatchObject({ from, computed: last, estimated, typical: false });
  });

  it('does not apply outside the US', () => {
    expect(deadlines({ case: { region: 'EU' } }).some((d) => d.ruleId.startsWith('us-'))).toBe(false);
  });
});

describe('14-day withdrawal', () => {
  it.each([
    // EU: starts the day after; a last day on a weekend moves to Monday.
    ['EU', '2026-11-02', '2026-11-16'],
    ['EU', '2026-11-05', '2026-11-19'],
    ['EU', '2026-11-07', '2026-11-23'], // ends Saturday 21 -> Monday 23
    ['EU', '2026-11-08', '2026-11-23'], // ends Sunday 22 -> Monday 23
    ['EU', '2027-01-02', '2027-01-18'], // ends Saturday 16 -> Monday 18
    ['EU', '2027-02-14', '2027-03-01'], // ends Sunday 28 February -> Monday 1 March
    // UK: the plain 14th day, weekend or not (the safer reading).
    ['UK', '2026-11-07', '2026-11-21'],
    ['UK', '2027-02-14', '2027-02-28'],
  ] as const)('%s, started %s: last day %s', (region, start, last) => {
    const d = one({ case: { region, subscriptionStartedOn: start } }, region === 'EU' ? 'eu-withdrawal' : 'uk-cancellation');
    expect(d.computed).toBe(last);
    expect(d.from).toBe(start);
  });

  it('needs a start date and an EU or UK region', () => {
    expect(deadlines({ case: { region: 'EU' } }).some((d) => d.ruleId === 'eu-withdrawal')).toBe(false);
    expect(deadlines({ case: { region: 'US', subscriptionStartedOn: '2026-11-02' } }).some((d) => d.ruleId === 'eu-withdrawal')).toBe(false);
    expect(deadlines({ case: { region: '', subscriptionStartedOn: '2026-11-02' } }, { ...SETTINGS, homeRegion: 'UK' }).map((d) => d.ruleId)).toContain('uk-cancellation');
  });
});

describe('UK Financial Ombudsman (from the day the bank dispute was raised)', () => {
  const gb = parseHolidayData(HOLIDAY_DATA);
  it.each([
    // A chargeback's handling: 8 weeks (DISP 1.6.2); the ombudsman opens the day after the last day.
    ['card', 'cancellation-issue', '2026-08-31', '2026-10-27', '2027-02-28'], // 31 Aug + 6 months clamps to 28 Feb
    ['debit-card', 'billing-error', '2026-11-07', '2027-01-03', '2027-05-07'],
    // An unauthorised payment is a payment-service complaint: 15 business days (DISP 1.6.2A), England's bank holidays skipped.
    ['card', 'unauthorized-charge', '2026-08-31', '2026-09-22', '2027-02-28'], // the bank holiday of 31 Aug is day 0
    ['debit-card', 'unauthorized-charge', '2026-12-15', '2027-01-09', '2027-06-15'], // 25 Dec, 28 Dec (for Boxing Day) and 1 Jan skipped
    ['direct-debit', 'unauthorized-charge', '2026-11-06', '2026-11-28', '2027-05-06'],
  ] as const)('paid by "%s", about %s, dispute on %s: opens %s, last safe day %s', (paymentMethod, reason, on, opens, last) => {
    const list = computeDeadlines(bundle({ case: { country: 'GB', region: 'UK', paymentMethod, reason }, steps: [{ stepId: 'card-dispute', on }] }), SETTINGS, PARIS, gb);
    expect(list.find((d) => d.ruleId === 'uk-ombudsman-wait')).toMatchObject({ kind: 'opens', from: on, computed: opens, law: 'uk-fca-complaint' });
    expect(list.find((d) => d.ruleId === 'uk-ombudsman-limit')).toMatchObject({ kind: 'closes', computed: last, estimated: true, law: 'uk-fos' });
  });

  it('a refusal logged after the dispute opens it at once, and the six months count from that final response', () => {
    const list = deadlines({ case: { country: 'GB', region: 'UK' }, steps: [{ stepId: 'card-dispute', on: '2026-11-02' }], log: [{ on: '2026-11-20', outcome: 'denied' }] });
    expect(list.find((d) => d.ruleId === 'uk-ombudsman-wait')?.computed).toBe('2026-11-20');
    expect(list.find((d) => d.ruleId === 'uk-ombudsman-limit')).toMatchObject({ from: '2026-11-20', computed: '2027-05-20', estimated: false });
  });

  it('not for PayPal, an app store or an unknown method: the ombudsman is for banks', () => {
    for (const paymentMethod of ['paypal', 'app-store', ''] as const) {
      expect(deadlines({ case: { region: 'UK', paymentMethod }, steps: [{ stepId: 'card-dispute', on: '2026-08-31' }] }).some((d) => d.ruleId.startsWith('uk-ombudsman'))).toBe(false);
    }
  });

  it('takes the day in the case zone: a late-evening tick in New York is the previous day in Paris terms', () => {
    const list = deadlines({ timeZone: NEW_YORK, case: { region: 'UK' }, steps: [{ stepId: 'card-dispute', on: '2026-08-31T21:00' }] });
    expect(list.find((d) => d.ruleId === 'uk-ombudsman-wait')!.from).toBe('2026-08-31');
  });

  it('absent without a bank dispute or outside the UK', () => {
    expect(deadlines({ case: { region: 'UK' } }).some((d) => d.ruleId.startsWith('uk-ombudsman'))).toBe(false);
    expect(deadlines({ case: { region: 'EU' }, steps: [{ stepId: 'card-dispute', on: '2026-08-31' }] }).some((d) => d.ruleId.startsWith('uk-ombudsman'))).toBe(false);
  });
});

describe('overrides, dismissals and the record', () => {
  it('a changed date replaces the computed one; a dismissal is kept on the deadline', () => {
    const spec: BundleSpec = { charges: [{ on: '2026-11-02', id: 'c1' }], overrides: [{ deadlineId: 'card-dispute:c1', date: '2027-01-15', updatedAt: 1 }] };
    expect(one(spec, 'card-dispute')).toMatchObject({ computed: '2027-03-02', date: '2027-01-15', overridden: true, dismissed: false });
    const dismissed = one({ ...spec, overrides: [{ deadlineId: 'card-dispute:c1', dismissed: true, updatedAt: 1 }] }, 'card-dispute');
    expect(dismissed).toMatchObject({ date: '2027-03-02', overridden: false, dismissed: true });
  });

  it('the latest live override wins; a deleted one is ignored', () => {
    const d = one(
      {
        charges: [{ on: '2026-11-02', id: 'c1' }],
        overrides: [
          { deadlineId: 'card-dispute:c1', date: '2027-01-10', updatedAt: 1 },
          { deadlineId: 'card-dispute:c1', date: '2027-01-20', updatedAt: 2 },
          { deadlineId: 'card-dispute:c1', date: '2027-01-30', updatedAt: 3, deletedAt: 3 },
        ],
      },
      'card-dispute',
    );
    expect(d.date).toBe('2027-01-20');
  });

  it('marks a deadline that passed before the case was opened', () => {
    const d = one({ created: '2026-11-20T09:00', case: { subscriptionStartedOn: '2026-10-01' } }, 'eu-withdrawal');
    expect(d.passedBeforeCase).toBe(true);
  });

  it('sorts soonest first and counts days left to the end of the day in the zone', () => {
    const list = deadlines({ case: { subscriptionStartedOn: '2026-11-02' }, charges: [{ on: '2026-11-01' }] });
    expect(list.map((d) => d.ruleId)).toEqual(['eu-withdrawal', 'card-dispute']);
    const withdrawal = list[0]!;
    expect(utc(deadlineEndsAt(withdrawal, PARIS))).toBe('2026-11-16T22:59:59.999Z');
    expect(daysLeft(withdrawal, Date.UTC(2026, 10, 16, 22, 30), PARIS)).toBe(0);
    expect(daysLeft(withdrawal, Date.UTC(2026, 10, 16, 23, 30), PARIS)).toBe(-1);
    expect(daysLeft(withdrawal, Date.UTC(2026, 10, 2, 12), PARIS)).toBe(14);
  });
});
