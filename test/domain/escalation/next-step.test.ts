/**
 * The escalation engine as a person meets it: after event X on date D, in country C, paid by P, the
 * next step is S, due on date E (the end of that day in the case's zone). Public holidays are the
 * real table the app ships.
 */
import { describe, expect, it } from 'vitest';
import { isoDateOf } from '../../../src/domain/dates';
import { nextActions, type NextAction } from '../../../src/domain/follow-up';
import { parseHolidayData } from '../../../src/domain/places/business-days';
import HOLIDAY_DATA from '../../../src/domain/places/holiday-data.json';
import type { CaseRecord } from '../../../src/domain/types';
import { bundle, NEW_YORK, PARIS, SETTINGS, type BundleSpec, type Say } from '../follow-up/build';

const HOLIDAYS = parseHolidayData(HOLIDAY_DATA);
const LONDON = 'Europe/London';
const NOW = Date.UTC(2026, 10, 2, 12);

const ZONE: Record<string, string> = { FR: PARIS, GB: LONDON, US: NEW_YORK, DE: 'Europe/Berlin', CA: 'America/Toronto' };

function next(country: string, spec: BundleSpec): NextAction | undefined {
  const timeZone = spec.timeZone ?? ZONE[country] ?? PARIS;
  const b = bundle({ ...spec, timeZone, case: { country, region: '', ...spec.case } });
  return nextActions(b, SETTINGS, NOW, timeZone, HOLIDAYS).find((a) => a.ruleId === 'escalate');
}

const refused = (on: string, id?: string): Say => ({ on, outcome: 'denied', ...(id ? { id } : {}) });
const ticks = (...list: [string, string][]) => list.map(([stepId, on]) => ({ stepId, on }));

type Row = [event: string, country: string, paid: CaseRecord['paymentMethod'], spec: BundleSpec, step: string, title: string, due: string];

const ROWS: Row[] = [
  // A first refusal: the supervisor, the next business day (Armistice Day is a holiday in France, not in the UK).
  ['refused on Tue 10 Nov', 'FR', 'card', { log: [refused('2026-11-10')] }, 'supervisor', 'step.supervisor.title', '2026-11-12'],
  ['refused on Tue 10 Nov', 'GB', 'card', { log: [refused('2026-11-10')] }, 'supervisor', 'step.supervisor.title', '2026-11-11'],
  ['refused on Fri 6 Nov', 'US', 'card', { log: [refused('2026-11-06')] }, 'supervisor', 'step.supervisor.title', '2026-11-09'],
  // After the supervisor refused and the step was ticked: never silent. A card payer goes to the bank.
  ['supervisor refused on Thu 5 Nov, step ticked', 'FR', 'card', { log: [refused('2026-11-04'), refused('2026-11-05T15:00')], steps: ticks(['supervisor', '2026-11-05T16:00']) }, 'card-dispute', 'step.cardDispute.title', '2026-11-06'],
  ['supervisor refused on Thu 5 Nov, step ticked', 'FR', 'other', { log: [refused('2026-11-04'), refused('2026-11-05T15:00')], steps: ticks(['supervisor', '2026-11-05T16:00']) }, 'formal-review', 'step.frWrittenComplaint.title', '2026-11-06'],
  ['supervisor refused on Thu 5 Nov, step ticked', 'GB', 'other', { log: [refused('2026-11-04'), refused('2026-11-05T15:00')], steps: ticks(['supervisor', '2026-11-05T16:00']) }, 'formal-review', 'step.ukFormalComplaint.title', '2026-11-06'],
  ['supervisor refused on Thu 5 Nov, step ticked', 'US', 'card', { log: [refused('2026-11-04'), refused('2026-11-05T15:00')], steps: ticks(['supervisor', '2026-11-05T16:00']) }, 'card-dispute', 'step.usBillingErrorNotice.title', '2026-11-06'],
  ['supervisor refused on Thu 5 Nov, step ticked', 'US', 'debit-card', { log: [refused('2026-11-04'), refused('2026-11-05T15:00')], steps: ticks(['supervisor', '2026-11-05T16:00']) }, 'card-dispute', 'step.usDebitError.title', '2026-11-06'],
  ['supervisor refused, step ticked', 'FR', 'paypal', { log: [refused('2026-11-04'), refused('2026-11-05T15:00')], steps: ticks(['supervisor', '2026-11-05T16:00']) }, 'paypal-dispute', 'step.paypalDispute.title', '2026-11-06'],
  ['supervisor refused, step ticked', 'DE', 'direct-debit', { log: [refused('2026-11-04'), refused('2026-11-05T15:00')], steps: ticks(['supervisor', '2026-11-05T16:00']) }, 'dd-refund', 'step.ddRefund.title', '2026-11-06'],
  ['refused by the company', 'FR', 'app-store', { log: [refused('2026-11-04')] }, 'store-refund', 'step.storeRefund.title', '2026-11-05'],
  // After a move with an answer period: the next step opens the day after its last day.
  ['card dispute on Mon 2 Nov (cancelled subscription)', 'FR', 'card', { steps: ticks(['supervisor', '2026-10-30'], ['card-dispute', '2026-11-02']) }, 'bank-complaint', 'step.bankComplaintFr.title', '2027-01-03'],
  ['card dispute on Thu 10 Dec (unauthorised payment)', 'FR', 'card', { case: { reason: 'unauthorized-charge' }, steps: ticks(['supervisor', '2026-12-01'], ['card-dispute', '2026-12-10']) }, 'bank-complaint', 'step.bankComplaintFr.title', '2027-01-05'],
  ['card dispute on Thu 10 Dec (unauthorised payment)', 'GB', 'card', { case: { reason: 'unauthorized-charge' }, steps: ticks(['supervisor', '2026-12-01'], ['card-dispute', '2026-12-10']) }, 'outside-body', 'step.fos.title', '2027-01-06'],
  ['card dispute on Mon 31 Aug (chargeback handling)', 'GB', 'card', { steps: ticks(['supervisor', '2026-08-28'], ['card-dispute', '2026-08-31']) }, 'outside-body', 'step.fos.title', '2026-10-27'],
  ['billing-error notice on Mon 2 Nov', 'US', 'card', { steps: ticks(['supervisor', '2026-10-30'], ['card-dispute', '2026-11-02']) }, 'outside-body', 'step.cfpb.title', '2027-02-01'],
  ['error reported on Fri 20 Nov (Thanksgiving in the count)', 'US', 'debit-card', { steps: ticks(['supervisor', '2026-11-19'], ['card-dispute', '2026-11-20']) }, 'outside-body', 'step.cfpb.title', '2026-12-08'],
  ['direct debit refund asked on Thu 17 Dec', 'FR', 'direct-debit', { steps: ticks(['supervisor', '2026-12-16'], ['dd-refund', '2026-12-17']) }, 'bank-complaint', 'step.bankComplaintFr.title', '2027-01-05'],
  ['CFPB complaint on Mon 2 Nov (15 days to answer)', 'US', 'card', { steps: ticks(['supervisor', '2026-10-01'], ['card-dispute', '2026-10-02'], ['outside-body', '2026-11-02']) }, 'formal-review', 'step.formalReview.title', '2026-11-18'],
  ['letter before claim on Mon 2 Nov', 'GB', 'other', { steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02'], ['letter-before-claim', '2026-11-02']) }, 'small-claims', 'step.ukSmallClaims.title', '2026-11-17'],
  // A refusal by the bank: the outside body, the next business day.
  ['bank refused on Fri 20 Nov', 'GB', 'card', { steps: ticks(['supervisor', '2026-11-01'], ['card-dispute', '2026-11-02']), log: [refused('2026-11-20')] }, 'outside-body', 'step.fos.title', '2026-11-23'],
  ['bank refused on Fri 20 Nov', 'FR', 'card', { steps: ticks(['supervisor', '2026-11-01'], ['card-dispute', '2026-11-02'], ['bank-complaint', '2026-11-05']), log: [refused('2026-11-20')] }, 'outside-body', 'step.bankMediator.title', '2026-11-23'],
  // Moves with no set period: two weeks, then the next rung.
  ['PayPal dispute opened on Mon 2 Nov', 'FR', 'paypal', { steps: ticks(['supervisor', '2026-10-30'], ['paypal-dispute', '2026-11-02']) }, 'paypal-claim', 'step.paypalClaim.title', '2026-11-16'],
  ['written complaint on Mon 2 Nov', 'FR', 'other', { steps: ticks(['supervisor', '2026-10-30'], ['formal-review', '2026-11-02']) }, 'formal-notice', 'step.frFormalNotice.title', '2026-11-16'],
  ['formal notice refused on Tue 10 Nov', 'FR', 'other', { steps: ticks(['supervisor', '2026-10-30'], ['formal-review', '2026-11-02'], ['formal-notice', '2026-11-03']), log: [refused('2026-11-10')] }, 'mediator', 'step.frMediator.title', '2026-11-12'],
  ['mediator gave nothing', 'FR', 'other', { steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02'], ['formal-notice', '2026-10-03'], ['mediator', '2026-10-05']), log: [refused('2026-11-06')] }, 'conciliator', 'step.frConciliator.title', '2026-11-09'],
  ['conciliation failed', 'FR', 'other', { steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02'], ['formal-notice', '2026-10-03'], ['mediator', '2026-10-05'], ['conciliator', '2026-10-20']), log: [refused('2026-11-06')] }, 'small-claims', 'step.frCourt.title', '2026-11-09'],
  ['German trader refused, case in France', 'FR', 'other', { case: { traderCountry: 'DE' }, steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02'], ['formal-notice', '2026-10-03'], ['mediator', '2026-10-05']), log: [refused('2026-11-06')] }, 'ecc-net', 'step.cecFrance.title', '2026-11-09'],
  ['British trader refused, case in France (no CEC help)', 'FR', 'other', { case: { traderCountry: 'GB' }, steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02'], ['formal-notice', '2026-10-03'], ['mediator', '2026-10-05']), log: [refused('2026-11-06')] }, 'conciliator', 'step.frConciliator.title', '2026-11-09'],
  ['written complaint refused', 'DE', 'other', { case: { traderCountry: 'FR' }, steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02']), log: [refused('2026-11-06')] }, 'mediator', 'step.euAdr.title', '2026-11-09'],
  ['ADR body gave nothing', 'DE', 'other', { case: { traderCountry: 'FR' }, steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02'], ['mediator', '2026-10-05']), log: [refused('2026-11-06')] }, 'ecc-net', 'step.eccNet.title', '2026-11-09'],
  ['written complaint refused', 'CA', 'other', { steps: ticks(['supervisor', '2026-10-01'], ['formal-review', '2026-10-02']), log: [refused('2026-11-06')] }, 'outside-body', 'step.consumerBody.title', '2026-11-09'],
  // Section 75: a UK credit-card payment of a single item over £100.
  ['chargeback refused', 'GB', 'card', { charges: [{ on: '2026-10-01' }], steps: ticks(['supervisor', '2026-10-01'], ['card-dispute', '2026-10-02']), log: [refused('2026-11-06')] }, 'outside-body', 'step.fos.title', '2026-11-09'],
];

describe('after event X on date D, in country C, paid by P: next step S due on date E', () => {
  it.each(ROWS)('%s, in %s, paid by "%s"', (_, country, paymentMethod, spec, stepId, title, due) => {
    const a = next(country, { ...spec, case: { paymentMethod, ...spec.case } });
    expect(a, 'an open case always has a next step').toBeDefined();
    expect({ step: a!.step?.stepId, title: a!.title.key, due: isoDateOf(a!.dueAt, ZONE[country]!) }).toEqual({ step: stepId, title, due });
  });
});

describe('Section 75 is offered for a single item over £100 and up to £30,000 paid by UK credit card', () => {
  const gbp = () => bundle({ timeZone: LONDON, case: { country: 'GB', region: '', paymentMethod: 'card' }, charges: [{ on: '2026-10-01' }] });
  it.each([
    [10_000, false],
    [10_001, true],
    [3_000_000, true],
    [3_000_001, false],
  ])('%i pence: %s', (minor, offered) => {
    const b = gbp();
    b.charges[0]!.amount = { minor, currency: 'GBP' };
    b.playbookSteps.push({ id: 's', caseId: b.case.id, createdAt: 0, updatedAt: 0, playbookId: 'netflix', stepId: 'supervisor', doneAt: Date.UTC(2026, 9, 1, 9) });
    b.playbookSteps.push({ id: 'c', caseId: b.case.id, createdAt: 0, updatedAt: 0, playbookId: 'netflix', stepId: 'card-dispute', doneAt: Date.UTC(2026, 9, 2, 9) });
    b.interactions.push({ ...b.interactions[0]!, id: 'd', caseId: b.case.id, occurredAt: Date.UTC(2026, 10, 6, 10), outcome: 'denied', timeZone: LONDON, channel: 'chat', direction: 'outbound', agentName: '', agentId: '', references: [], summary: '', words: [], createdAt: 0, updatedAt: 0 });
    const a = nextActions(b, SETTINGS, NOW, LONDON, HOLIDAYS).find((x) => x.ruleId === 'escalate');
    expect(a?.step?.stepId === 'section-75').toBe(offered);
  });
});

describe('an open case is never without a next step', () => {
  it('every rung climbed: review the case two weeks after the last step, or the day after a new refusal', () => {
    const all = ['supervisor', 'formal-review', 'formal-notice', 'mediator', 'conciliator', 'small-claims'].map((stepId, i) => ({ stepId, on: `2026-10-0${i + 1}` }));
    expect(next('FR', { case: { paymentMethod: 'other' }, steps: all })).toMatchObject({ title: { key: 'action.reviewCase' }, target: 'edit' });
    expect(isoDateOf(next('FR', { case: { paymentMethod: 'other' }, steps: all })!.dueAt, PARIS)).toBe('2026-10-20');
    expect(isoDateOf(next('FR', { case: { paymentMethod: 'other' }, steps: all, log: [refused('2026-11-06')] })!.dueAt, PARIS)).toBe('2026-11-07');
  });

  it.each(['FR', 'GB', 'US', 'DE', 'CA', 'IT'])('in %s, after each rung of each payment route, something is due', (country) => {
    for (const paymentMethod of ['card', 'debit-card', 'paypal', 'direct-debit', 'app-store', 'bank-transfer', 'other', ''] as const) {
      const climbed: { stepId: string; on: string }[] = [];
      for (const rung of ['supervisor', 'store-refund', 'card-dispute', 'dd-refund', 'paypal-dispute', 'paypal-claim', 'bank-complaint', 'outside-body', 'formal-review', 'formal-notice', 'letter-before-claim', 'mediator', 'conciliator', 'small-claims']) {
        climbed.push({ stepId: rung, on: `2026-10-${String(climbed.length + 1).padStart(2, '0')}` });
        for (const log of [[], [refused('2026-11-06')]]) {
          expect(next(country, { case: { paymentMethod }, steps: [...climbed], log }), `${country} ${paymentMethod} after ${rung}`).toBeDefined();
        }
      }
    }
  });
});

describe('dates across zones and clock changes', () => {
  it('a late-evening refusal in Los Angeles counts on its own local day', () => {
    const a = next('US', { timeZone: 'America/Los_Angeles', log: [refused('2026-11-06T23:30')] });
    expect(isoDateOf(a!.dueAt, 'America/Los_Angeles')).toBe('2026-11-09');
    expect(new Date(a!.dueAt).toISOString()).toBe('2026-11-10T07:59:59.999Z');
  });

  it('the end of a due day after the October clock change in Paris is 23:59:59.999 local (22:59 UTC)', () => {
    const a = next('FR', { log: [refused('2026-10-23')] }); // Friday before the change
    expect(new Date(a!.dueAt).toISOString()).toBe('2026-10-26T22:59:59.999Z');
  });
});
