/**
 * Deadlines from a case's facts. Each is a calendar date meaning the end of that day in the case's zone,
 * counted by its own rule: EU periods start the day after the event and move off a weekend; card and
 * US periods are plain calendar days; the UK ombudsman's periods count from the day the bank was asked.
 */
import type { CaseBundle } from '../case-bundle';
import { addBusinessDaysIso, addDaysIso, addMonthsIso, isoDateOf, nextWorkingDayIso } from '../dates';
import type { Charge, DeadlineOverride, IsoDate, PaymentMethod, Region, Settings } from '../types';
import { DEADLINE_SOURCES, type DeadlineRuleId } from './sources';
import type { Deadline } from './types';

export type DeadlineSettings = Pick<Settings, 'cardDisputeWindowDays' | 'homeRegion'>;

type Draft = Omit<Deadline, 'date' | 'overridden' | 'dismissed' | 'source' | 'passedBeforeCase'>;

const US_NOTICE_DAYS = 60;
const WITHDRAWAL_DAYS = 14;
const OMBUDSMAN_WAIT_WEEKS = 8;
const PAYMENT_SERVICE_BUSINESS_DAYS = 15;
/** A refused chargeback or bank-transfer dispute is a payment service complaint (DISP 1.6.2A). */
const PAYMENT_SERVICES: readonly (PaymentMethod | '')[] = ['card', 'debit-card', 'bank-transfer'];
const OMBUDSMAN_LIMIT_MONTHS = 6;

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
function usNotice(b: CaseBundle, region: Region): Draft[] {
  if (region !== 'US') return [];
  const pm = b.case.paymentMethod;
  const ruleId: DeadlineRuleId | undefined = pm === 'card' ? 'us-billing-error' : pm === 'debit-card' || pm === 'bank-transfer' ? 'us-transfer-error' : undefined;
  if (!ruleId) return [];
  return perCharge(b.charges, ruleId, (c) => {
    const from = c.statementOn ?? c.chargedOn;
    return {
      kind: 'closes',
      from,
      computed: addDaysIso(from, US_NOTICE_DAYS),
      typical: false,
      estimated: !c.statementOn,
      titleKey: ruleId === 'us-billing-error' ? 'deadline.usBillingError' : 'deadline.usTransferError',
      counting: { key: ruleId === 'us-billing-error' ? 'counting.usBillingError' : 'counting.usTransferError', values: { days: US_NOTICE_DAYS } },
    };
  });
}

function withdrawal(b: CaseBundle, region: Region): Draft[] {
  const start = b.case.subscriptionStartedOn;
  if (!start || (region !== 'EU' && region !== 'UK')) return [];
  if (region === 'EU') {
    // Day one is the day after the contract; a last day on a weekend moves to the next working day.
    return [{ id: 'eu-withdrawal', ruleId: 'eu-withdrawal', kind: 'closes', from: start, computed: nextWorkingDayIso(addDaysIso(start, WITHDRAWAL_DAYS)), typical: false, estimated: false, titleKey: 'deadline.euWithdrawal', counting: { key: 'counting.euWithdrawal', values: { days: WITHDRAWAL_DAYS } } }];
  }
  // The UK rule has no weekend extension to rely on: the plain 14th day is the safe reading.
  return [{ id: 'uk-cancellation', ruleId: 'uk-cancellation', kind: 'closes', from: start, computed: addDaysIso(start, WITHDRAWAL_DAYS), typical: false, estimated: false, titleKey: 'deadline.ukCancellation', counting: { key: 'counting.ukCancellation', values: { days: WITHDRAWAL_DAYS } } }];
}

/** The day the person raised a dispute with their bank: their tick on the card-dispute step. */
export function bankDisputeDate(b: CaseBundle, timeZone: string): IsoDate | undefined {
  const marks = b.playbookSteps.filter((m) => m.stepId === 'card-dispute');
  if (marks.length === 0) return undefined;
  return isoDateOf(Math.min(...marks.map((m) => m.doneAt)), timeZone);
}

/**
 * The first day the Financial Ombudsman can take a bank complaint raised on `from`: after 15 business
 * days for a payment service (card or debit card dispute, bank transfer), otherwise after 8 weeks.
 * Business days skip weekends only; bank holidays are not counted in.
 */
export function ombudsmanOpening(from: IsoDate, paymentMethod: PaymentMethod | ''): { date: IsoDate; paymentService: boolean; counting: Draft['counting'] } {
  if (PAYMENT_SERVICES.includes(paymentMethod)) {
    return { date: addBusinessDaysIso(from, PAYMENT_SERVICE_BUSINESS_DAYS), paymentService: true, counting: { key: 'counting.ukOmbudsmanWaitPayment', values: { days: PAYMENT_SERVICE_BUSINESS_DAYS } } };
  }
  return { date: addDaysIso(from, OMBUDSMAN_WAIT_WEEKS * 7), paymentService: false, counting: { key: 'counting.ukOmbudsmanWait', values: { weeks: OMBUDSMAN_WAIT_WEEKS } } };
}

function ombudsman(b: CaseBundle, region: Region, timeZone: string): Draft[] {
  const from = region === 'UK' ? bankDisputeDate(b, timeZone) : undefined;
  if (!from) return [];
  const opens = ombudsmanOpening(from, b.case.paymentMethod);
  return [
    { id: 'uk-ombudsman-wait', ruleId: 'uk-ombudsman-wait', kind: 'opens', from, computed: opens.date, typical: false, estimated: false, titleKey: 'deadline.ukOmbudsmanWait', counting: opens.counting },
    // Six months run from the bank's final response; counting from the complaint itself is earlier, so safe.
    { id: 'uk-ombudsman-limit', ruleId: 'uk-ombudsman-limit', kind: 'closes', from, computed: addMonthsIso(from, OMBUDSMAN_LIMIT_MONTHS), typical: false, estimated: true, titleKey: 'deadline.ukOmbudsmanLimit', counting: { key: 'counting.ukOmbudsmanLimit', values: { months: OMBUDSMAN_LIMIT_MONTHS } } },
  ];
}

function latestOverride(overrides: DeadlineOverride[], id: string): DeadlineOverride | undefined {
  return overrides.filter((o) => o.deadlineId === id && !o.deletedAt).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** Every deadline the case's facts give, with the person's changes applied, soonest first. */
export function computeDeadlines(b: CaseBundle, settings: DeadlineSettings, timeZone: string): Deadline[] {
  const region = regionOfCase(b.case.region, settings);
  const opened = isoDateOf(b.case.createdAt, timeZone);
  const drafts = [...cardDispute(b, settings), ...usNotice(b, region), ...withdrawal(b, region), ...ombudsman(b, region, timeZone)];
  return drafts
    .map((d): Deadline => {
      const o = latestOverride(b.overrides, d.id);
      return {
        ...d,
        date: o?.date ?? d.computed,
        overridden: !!o?.date,
        dismissed: !!o?.dismissed,
        source: DEADLINE_SOURCES[d.ruleId],
        passedBeforeCase: d.computed < opened,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
}
