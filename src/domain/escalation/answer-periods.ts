/**
 * How long the other side has to answer after each move, by country, payment method and what the
 * complaint is about. A period's last day is inclusive; the next step opens the day after it.
 * Business days are the case's country's (and UK nation's) working days, weekends and public holidays
 * excluded: typically, since a bank's own business days may differ.
 */
import { addDaysIso, addMonthsIso } from '../dates';
import { addBusinessDaysIn, type HolidayTable } from '../places/business-days';
import type { CasePlace } from '../places/case-place';
import type { LegalRuleId } from '../rules/catalogue';
import type { IsoDate, PaymentMethod, Reason } from '../types';
import type { Rung } from '../playbooks';
import type { Message } from '../follow-up/types';

export interface AnswerPeriod {
  /** The last day the other side has to answer (inclusive). */
  lastDay: IsoDate;
  law: LegalRuleId;
  /** How the period is counted, in words. */
  counting: Message;
  typical: boolean;
}

export const PSD2_ANSWER_BUSINESS_DAYS = 15;
export const FCA_ANSWER_WEEKS = 8;
export const FR_BANK_ANSWER_MONTHS = 2;
export const REG_Z_RESOLVE_DAYS = 90;
export const REG_E_DECIDE_BUSINESS_DAYS = 10;
export const REG_E_PROVISIONAL_DAYS = 90;
export const DD_REFUND_ANSWER_BUSINESS_DAYS = 10;
export const CFPB_ANSWER_DAYS = 15;
export const LETTER_BEFORE_CLAIM_DAYS = 14;
/** When nothing sets a period, the other side is given this long before the next step is suggested. */
export const DEFAULT_WAIT_DAYS = 14;

/** A complaint about an unauthorised or misexecuted payment is a payment-service complaint (PSD2 Art. 101, DISP 1.6.2A). */
export const isPaymentServiceComplaint = (reason: Reason) => reason === 'unauthorized-charge';

function bankAnswer(from: IsoDate, place: CasePlace, reason: Reason, holidays: HolidayTable): AnswerPeriod {
  const days = PSD2_ANSWER_BUSINESS_DAYS;
  if (isPaymentServiceComplaint(reason) && (place.region === 'EU' || place.country === 'GB')) {
    const law: LegalRuleId = place.country === 'GB' ? 'uk-fca-complaint' : 'psd2-complaint';
    return { lastDay: addBusinessDaysIn(from, days, place.holidays, holidays), law, typical: true, counting: { key: 'answer.paymentService', values: { days } } };
  }
  if (place.country === 'GB') {
    return { lastDay: addDaysIso(from, FCA_ANSWER_WEEKS * 7), law: 'uk-fca-complaint', typical: false, counting: { key: 'answer.fcaEightWeeks', values: { weeks: FCA_ANSWER_WEEKS } } };
  }
  if (place.country === 'FR') {
    return { lastDay: addMonthsIso(from, FR_BANK_ANSWER_MONTHS), law: 'fr-bank-complaint', typical: true, counting: { key: 'answer.frBankTwoMonths', values: { months: FR_BANK_ANSWER_MONTHS } } };
  }
  return { lastDay: addDaysIso(from, FCA_ANSWER_WEEKS * 7), law: 'card-dispute', typical: true, counting: { key: 'answer.bankTypical', values: { weeks: FCA_ANSWER_WEEKS } } };
}

/** The answer period started by climbing `rung` on `from`, or undefined when the move sets none. */
export function answerPeriod(rung: Rung, from: IsoDate, place: CasePlace, pm: PaymentMethod | '', reason: Reason, holidays: HolidayTable): AnswerPeriod | undefined {
  switch (rung) {
    case 'card-dispute':
      if (place.country === 'US' && pm === 'card') {
        return { lastDay: addDaysIso(from, REG_Z_RESOLVE_DAYS), law: 'us-billing-error', typical: false, counting: { key: 'answer.regZ', values: { days: REG_Z_RESOLVE_DAYS } } };
      }
      if (place.country === 'US' && pm === 'debit-card') {
        const lastDay = addBusinessDaysIn(from, REG_E_DECIDE_BUSINESS_DAYS, place.holidays, holidays);
        return { lastDay, law: 'us-transfer-error', typical: true, counting: { key: 'answer.regE', values: { days: REG_E_DECIDE_BUSINESS_DAYS, longer: REG_E_PROVISIONAL_DAYS } } };
      }
      return bankAnswer(from, place, reason, holidays);
    case 'dd-refund':
      return {
        lastDay: addBusinessDaysIn(from, DD_REFUND_ANSWER_BUSINESS_DAYS, place.holidays, holidays),
        law: 'sepa-dd-refund',
        typical: true,
        counting: { key: 'answer.ddRefund', values: { days: DD_REFUND_ANSWER_BUSINESS_DAYS } },
      };
    case 'bank-complaint':
      return bankAnswer(from, place, reason, holidays);
    case 'section-75':
      return { lastDay: addDaysIso(from, FCA_ANSWER_WEEKS * 7), law: 'uk-fca-complaint', typical: false, counting: { key: 'answer.fcaEightWeeks', values: { weeks: FCA_ANSWER_WEEKS } } };
    case 'outside-body':
      if (place.country === 'US') return { lastDay: addDaysIso(from, CFPB_ANSWER_DAYS), law: 'us-cfpb', typical: true, counting: { key: 'answer.cfpb', values: { days: CFPB_ANSWER_DAYS } } };
      return undefined;
    case 'letter-before-claim':
      return { lastDay: addDaysIso(from, LETTER_BEFORE_CLAIM_DAYS), law: 'uk-letter-before-claim', typical: true, counting: { key: 'answer.letterBeforeClaim', values: { days: LETTER_BEFORE_CLAIM_DAYS } } };
    default:
      return undefined;
  }
}
