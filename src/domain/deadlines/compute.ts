/**
 * Deadlines from a case's facts and moves. Each is a calendar date meaning the end of that day in the
 * case's zone (an inclusive last day), counted by its own rule: EU periods start the day after the
 * event and a last day on a weekend or public holiday moves to the next working day (Regulation
 * 1182/71), with the unextended day kept as the target; UK periods do not move; card and US periods
 * are plain calendar days; a notice that must arrive in time gets an earlier target.
 */
import type { CaseBundle } from '../case-bundle';
import { addDaysIso, addMonthsIso, isoDateOf } from '../dates';
import { answerPeriod } from '../escalation/answer-periods';
import { nextBusinessDayIn, NO_HOLIDAYS, type HolidayTable } from '../places/business-days';
import { placeOfCase, type CasePlace, type PlaceSettings } from '../places/case-place';
import type { Charge, DeadlineOverride, Instant, IsoDate, Region, Settings } from '../types';
import { DEADLINE_SOURCES, lawOfDeadline, type DeadlineRuleId } from './sources';
import type { Deadline } from './types';

export type DeadlineSettings = Pick<Settings, 'cardDisputeWindowDays'> & PlaceSettings;

type Draft = Omit<Deadline, 'date' | 'overridden' | 'dismissed' | 'source' | 'passedBeforeCase' | 'law'>;

const US_NOTICE_DAYS = 60;
/** Days before a "must arrive" deadline to send the notice, so it arrives in time (post takes days). */
export const ARRIVAL_MARGIN_DAYS = 7;
const WITHDRAWAL_DAYS = 14;
const TRADER_REFUND_DAYS = 14;
const OMBUDSMAN_LIMIT_MONTHS = 6;
const DD_REFUND_WEEKS = 8;
const PAYPAL_DISPUTE_DAYS = 180;
const PAYPAL_CLAIM_DAYS = 20;
const MEDIATION_LIMIT_MONTHS = 12;

export function regionOfCase(region: Region | '', settings: Pick<Settings, 'homeRegion'>): Region {
  return region || settings.homeRegion;
}

function perCharge(charges: Charge[], ruleId: DeadlineRuleId, make: (c: Charge) => Omit<Draft, 'id' | 'ruleId' | 'chargeId'>): Draft[] {
  return charges.map((c) => ({ id: `${ruleId}:${c.id}`, ruleId, chargeId: c.id, ...make(c) }));
}

function cardDispute(b: CaseBundle, s: DeadlineSettings): Draft[] {
  const pm = b.case.paymentMethod;
  if (pm !== 'card' && pm !== 'debit-card') return [];
  const days = s.cardDisputeWindowDays;
  return perCharge(b.charges, 'card-dispute', (c) => ({
    kind: 'closes',
    from: c.chargedOn,
    computed: addDaysIso(c.chargedOn, days),
    typical: true,
    estimated: false,
    titleKey: 'deadline.cardDispute',
    counting: { key: 'counting.cardDispute', values: { days } },
  }));
}

/** US notices count from the statement that first showed the charge; the charge date stands in when unknown. */
function usNotice(b: CaseBundle, place: CasePlace): Draft[] {
  if (place.country !== 'US') return [];
  const pm = b.case.paymentMethod;
  const ruleId: DeadlineRuleId | undefined = pm === 'card' ? 'us-billing-error' : pm === 'debit-card' || pm === 'bank-transfer' ? 'us-transfer-error' : undefined;
  if (!ruleId) return [];
  return perCharge(b.charges, ruleId, (c) => {
    const from = c.statementOn ?? c.chargedOn;
    const computed = addDaysIso(from, US_NOTICE_DAYS);
    return {
      kind: 'closes',
      from,
      computed,
      typical: false,
      estimated: !c.statementOn,
      met: 'received',
      target: addDaysIso(computed, -ARRIVAL_MARGIN_DAYS),
      titleKey: ruleId === 'us-billing-error' ? 'deadline.usBillingError' : 'deadline.usTransferError',
      counting: { key: ruleId === 'us-billing-error' ? 'counting.usBillingError' : 'counting.usTransferError', values: { days: US_NOTICE_DAYS } },
    };
  });
}

function withdrawal(b: CaseBundle, place: CasePlace, holidays: HolidayTable): Draft[] {
  const start = b.case.subscriptionStartedOn;
  if (!start || (place.region !== 'EU' && place.region !== 'UK')) return [];
  const plain = addDaysIso(start, WITHDRAWAL_DAYS);
  if (place.region === 'EU') {
    // Day one is the day after the contract; a last day on a weekend or holiday moves to the next working day.
    const computed = nextBusinessDayIn(plain, place.holidays, holidays);
    return [{ id: 'eu-withdrawal', ruleId: 'eu-withdrawal', kind: 'closes', from: start, computed, ...(computed !== plain ? { target: plain } : {}), met: 'sent', typical: false, estimated: false, titleKey: 'deadline.euWithdrawal', counting: { key: 'counting.euWithdrawal', values: { days: WITHDRAWAL_DAYS } } }];
  }
  // The UK rule has no weekend extension: the plain 14th day.
  return [{ id: 'uk-cancellation', ruleId: 'uk-cancellation', kind: 'closes', from: start, computed: plain, met: 'sent', typical: false, estimated: false, titleKey: 'deadline.ukCancellation', counting: { key: 'counting.ukCancellation', values: { days: WITHDRAWAL_DAYS } } }];
}

const stepDate = (b: CaseBundle, stepId: string, timeZone: string): IsoDate | undefined => {
  const marks = b.playbookSteps.filter((m) => m.stepId === stepId);
  return marks.length === 0 ? undefined : isoDateOf(Math.min(...marks.map((m) => m.doneAt)), timeZone);
};
const stepInstant = (b: CaseBundle, stepId: string): Instant | undefined => {
  const marks = b.playbookSteps.filter((m) => m.stepId === stepId);
  return marks.length === 0 ? undefined : Math.min(...marks.map((m) => m.doneAt));
};

/** "I withdrew": the trader must refund within 14 days of being told. */
function traderRefund(b: CaseBundle, place: CasePlace, timeZone: string): Draft[] {
  const on = stepDate(b, 'withdrawal', timeZone);
  if (!on || (place.region !== 'EU' && place.region !== 'UK')) return [];
  return [{ id: 'trader-refund', ruleId: 'trader-refund', kind: 'closes', from: on, computed: addDaysIso(on, TRADER_REFUND_DAYS), typical: false, estimated: true, titleKey: 'deadline.traderRefund', counting: { key: 'counting.traderRefund', values: { days: TRADER_REFUND_DAYS } } }];
}

/** The day the person raised a dispute with their bank: their tick on the card-dispute step. */
export function bankDisputeDate(b: CaseBundle, timeZone: string): IsoDate | undefined {
  return stepDate(b, 'card-dispute', timeZone);
}

/** The bank's final answer: the first refusal logged after the dispute or complaint was raised. */
function bankRefusal(b: CaseBundle, since: Instant, timeZone: string): IsoDate | undefined {
  const r = b.interactions.find((x) => x.occurredAt >= since && x.outcome === 'denied');
  return r ? isoDateOf(r.occurredAt, timeZone) : undefined;
}

function ombudsman(b: CaseBundle, place: CasePlace, timeZone: string, holidays: HolidayTable): Draft[] {
  if (place.country !== 'GB') return [];
  const pm = b.case.paymentMethod;
  if (pm !== 'card' && pm !== 'debit-card' && pm !== 'direct-debit') return [];
  const rung = stepInstant(b, 'bank-complaint') !== undefined ? 'bank-complaint' : 'card-dispute';
  const at = stepInstant(b, rung);
  if (at === undefined) return [];
  const from = isoDateOf(at, timeZone);
  const period = answerPeriod(rung, from, place, pm, b.case.reason, holidays)!;
  const refusal = bankRefusal(b, at, timeZone);
  return [
    // The ombudsman can take it the day after the bank's time to answer ends (or once it refused).
    { id: 'uk-ombudsman-wait', ruleId: 'uk-ombudsman-wait', kind: 'opens', from, computed: refusal ?? addDaysIso(period.lastDay, 1), typical: period.typical, estimated: false, titleKey: 'deadline.ukOmbudsmanWait', counting: period.counting },
    // Six months run from the bank's final response; without one logged, counting from the complaint is earlier, so safe.
    { id: 'uk-ombudsman-limit', ruleId: 'uk-ombudsman-limit', kind: 'closes', from: refusal ?? from, computed: addMonthsIso(refusal ?? from, OMBUDSMAN_LIMIT_MONTHS), met: 'received', typical: false, estimated: !refusal, titleKey: 'deadline.ukOmbudsmanLimit', counting: { key: 'counting.ukOmbudsmanLimit', values: { months: OMBUDSMAN_LIMIT_MONTHS } } },
  ];
}

function directDebit(b: CaseBundle, place: CasePlace): Draft[] {
  if (place.region !== 'EU' || b.case.paymentMethod !== 'direct-debit') return [];
  return perCharge(b.charges, 'sepa-dd-refund', (c) => ({
    kind: 'closes',
    from: c.chargedOn,
    computed: addDaysIso(c.chargedOn, DD_REFUND_WEEKS * 7),
    met: 'received',
    target: addDaysIso(c.chargedOn, DD_REFUND_WEEKS * 7 - ARRIVAL_MARGIN_DAYS),
    typical: false,
    estimated: false,
    titleKey: 'deadline.ddRefund',
    counting: { key: 'counting.ddRefund', values: { weeks: DD_REFUND_WEEKS } },
  }));
}

function paypal(b: CaseBundle, timeZone: string): Draft[] {
  if (b.case.paymentMethod !== 'paypal') return [];
  const opened = stepDate(b, 'paypal-dispute', timeZone);
  const disputes = opened
    ? []
    : perCharge(b.charges, 'paypal-dispute', (c) => ({ kind: 'closes', from: c.chargedOn, computed: addDaysIso(c.chargedOn, PAYPAL_DISPUTE_DAYS), typical: true, estimated: false, titleKey: 'deadline.paypalDispute', counting: { key: 'counting.paypalDispute', values: { days: PAYPAL_DISPUTE_DAYS } } }));
  const claim: Draft[] =
    opened && !stepDate(b, 'paypal-claim', timeZone)
      ? [{ id: 'paypal-claim', ruleId: 'paypal-claim', kind: 'closes', from: opened, computed: addDaysIso(opened, PAYPAL_CLAIM_DAYS), typical: true, estimated: false, titleKey: 'deadline.paypalClaim', counting: { key: 'counting.paypalClaim', values: { days: PAYPAL_CLAIM_DAYS } } }]
      : [];
  return [...disputes, ...claim];
}

/** In France a mediator takes the case only within one year of the written complaint to the trader. */
function mediationLimit(b: CaseBundle, place: CasePlace, timeZone: string): Draft[] {
  const complained = place.country === 'FR' ? stepDate(b, 'formal-review', timeZone) : undefined;
  if (!complained || stepDate(b, 'mediator', timeZone)) return [];
  return [{ id: 'fr-mediation-limit', ruleId: 'fr-mediation-limit', kind: 'closes', from: complained, computed: addMonthsIso(complained, MEDIATION_LIMIT_MONTHS), met: 'sent', typical: false, estimated: false, titleKey: 'deadline.frMediationLimit', counting: { key: 'counting.frMediationLimit', values: { months: MEDIATION_LIMIT_MONTHS } } }];
}

function latestOverride(overrides: DeadlineOverride[], id: string): DeadlineOverride | undefined {
  return overrides.filter((o) => o.deadlineId === id && !o.deletedAt).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** Every deadline the case's facts give, with the person's changes applied, soonest first. */
export function computeDeadlines(b: CaseBundle, settings: DeadlineSettings, timeZone: string, holidays: HolidayTable = NO_HOLIDAYS): Deadline[] {
  const place = placeOfCase(b.case, settings);
  const opened = isoDateOf(b.case.createdAt, timeZone);
  const drafts = [
    ...cardDispute(b, settings),
    ...usNotice(b, place),
    ...withdrawal(b, place, holidays),
    ...traderRefund(b, place, timeZone),
    ...ombudsman(b, place, timeZone, holidays),
    ...directDebit(b, place),
    ...paypal(b, timeZone),
    ...mediationLimit(b, place, timeZone),
  ];
  return drafts
    .map((d): Deadline => {
      const o = latestOverride(b.overrides, d.id);
      const law = lawOfDeadline(d.ruleId);
      const ukRefund = d.ruleId === 'trader-refund' && place.region === 'UK';
      return {
        ...d,
        date: o?.date ?? d.computed,
        overridden: !!o?.date,
        dismissed: !!o?.dismissed,
        law: ukRefund ? 'uk-trader-refund' : law,
        source: DEADLINE_SOURCES[d.ruleId],
        passedBeforeCase: d.computed < opened,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
}
