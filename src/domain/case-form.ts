/**
 * The case form as typed (strings), its validation, and its conversion to a CaseInput.
 * Errors are keyed by field path ('company', 'charges.1.amount') with a reason code the UI translates.
 * Each value is checked by the domain's one rule for its kind (./validation), as import checks it.
 */
import type { CaseInput } from './inputs';
import { amountToInput, parseAmount } from './money';
import { TEXT_LIMITS, currencyProblem, isoDateProblem, minorProblem, textProblem } from './validation';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  PAYMENT_METHODS,
  REASONS,
  REGIONS,
  REQUEST_KINDS,
  type CaseOutcome,
  type CaseRecord,
  type CaseStatus,
  type Charge,
  type IsoDate,
} from './types';

export interface ChargeFormValues {
  id?: string;
  chargedOn: string;
  statementOn: string;
  amount: string;
  currency: string;
  description: string;
}

export interface CaseFormValues {
  company: string;
  product: string;
  reason: string;
  accountId: string;
  region: string;
  paymentMethod: string;
  subscriptionStartedOn: string;
  cancelledOn: string;
  requestKind: string;
  request: string;
  status: string;
  outcome: string;
  /** Amounts refunded so far, one row per currency. */
  refunded: MoneyFormValues[];
  charges: ChargeFormValues[];
}

export interface MoneyFormValues {
  amount: string;
  currency: string;
}

export type FieldError =
  | 'required'
  | 'dateInvalid'
  | 'dateRange'
  | 'dateFuture'
  | 'amountInvalid'
  | 'amountNegative'
  | 'amountDecimals'
  | 'amountTooLarge'
  | 'currencyUnknown'
  | 'currencyRepeated'
  | 'statementBeforeCharge'
  | 'cancelBeforeStart'
  | 'tooLong'
  | 'choiceInvalid'
  | 'durationInvalid';

export type FormErrors = Record<string, FieldError>;

export const MAX_TEXT = TEXT_LIMITS.text;
export const MAX_LINE = TEXT_LIMITS.line;

export function emptyCharge(currency: string, today: IsoDate): ChargeFormValues {
  return { chargedOn: today, statementOn: '', amount: '', currency, description: '' };
}

export function emptyCaseForm(): CaseFormValues {
  return {
    company: '',
    product: '',
    reason: '',
    accountId: '',
    region: '',
    paymentMethod: '',
    subscriptionStartedOn: '',
    cancelledOn: '',
    requestKind: 'full-refund',
    request: '',
    status: 'new',
    outcome: '',
    refunded: [],
    charges: [],
  };
}

export function caseToForm(c: CaseRecord, charges: Charge[]): CaseFormValues {
  return {
    company: c.company,
    product: c.product,
    reason: c.reason,
    accountId: c.accountId,
    region: c.region,
    paymentMethod: c.paymentMethod,
    subscriptionStartedOn: c.subscriptionStartedOn ?? '',
    cancelledOn: c.cancelledOn ?? '',
    requestKind: c.requestKind,
    request: c.request,
    status: c.status,
    outcome: c.outcome ?? '',
    refunded: c.refunded.map((m) => ({ amount: amountToInput(m), currency: m.currency })),
    charges: charges.map((ch) => ({
      id: ch.id,
      chargedOn: ch.chargedOn,
      statementOn: ch.statementOn ?? '',
      amount: amountToInput(ch.amount),
      currency: ch.amount.currency,
      description: ch.description ?? '',
    })),
  };
}

const MONEY_ERRORS = { empty: 'required', 'not-a-number': 'amountInvalid', negative: 'amountNegative', 'too-many-decimals': 'amountDecimals', 'too-large': 'amountTooLarge' } as const;

export function checkDate(value: string, today: IsoDate, errors: FormErrors, path: string, required = false): void {
  if (!value) {
    if (required) errors[path] = 'required';
    return;
  }
  const problem = isoDateProblem(value);
  if (problem === 'dateInvalid' || problem === 'dateRange') errors[path] = problem;
  else if (value > today) errors[path] = 'dateFuture';
}

function checkText(value: string, max: number, errors: FormErrors, path: string, required = false): void {
  if (required && !value.trim()) errors[path] = 'required';
  else if (textProblem(value, max)) errors[path] = 'tooLong';
}

function checkMoney(amount: string, currency: string, errors: FormErrors, path: string): number | undefined {
  const code = currency.trim().toUpperCase();
  if (currencyProblem(code)) {
    errors[`${path}Currency`] = 'currencyUnknown';
    return undefined;
  }
  const parsed = parseAmount(amount, code);
  if (!parsed.ok) {
    errors[path] = MONEY_ERRORS[parsed.error];
    return undefined;
  }
  const problem = minorProblem(parsed.minor);
  if (problem === 'amountNegative' || problem === 'amountTooLarge' || problem === 'amountInvalid') {
    errors[path] = problem;
    return undefined;
  }
  return parsed.minor;
}

export function validateCaseForm(v: CaseFormValues, today: IsoDate): { ok: true; input: CaseInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  checkText(v.company, MAX_LINE, errors, 'company', true);
  checkText(v.product, MAX_LINE, errors, 'product');
  checkText(v.accountId, MAX_LINE, errors, 'accountId');
  checkText(v.request, MAX_TEXT, errors, 'request');
  if (!v.reason) errors.reason = 'required';
  else if (!(REASONS as readonly string[]).includes(v.reason)) errors.reason = 'choiceInvalid';
  if (v.region && !(REGIONS as readonly string[]).includes(v.region)) errors.region = 'choiceInvalid';
  if (v.paymentMethod && !(PAYMENT_METHODS as readonly string[]).includes(v.paymentMethod)) errors.paymentMethod = 'choiceInvalid';
  if (!(REQUEST_KINDS as readonly string[]).includes(v.requestKind)) errors.requestKind = 'choiceInvalid';
  if (!(CASE_STATUSES as readonly string[]).includes(v.status)) errors.status = 'choiceInvalid';
  if (v.outcome && !(CASE_OUTCOMES as readonly string[]).includes(v.outcome)) errors.outcome = 'choiceInvalid';
  checkDate(v.subscriptionStartedOn, today, errors, 'subscriptionStartedOn');
  checkDate(v.cancelledOn, today, errors, 'cancelledOn');
  if (!errors.cancelledOn && !errors.subscriptionStartedOn && v.cancelledOn && v.subscriptionStartedOn && v.cancelledOn < v.subscriptionStartedOn) {
    errors.cancelledOn = 'cancelBeforeStart';
  }
  const charges = v.charges.map((ch, i) => {
    const p = `charges.${i}`;
    checkDate(ch.chargedOn, today, errors, `${p}.chargedOn`, true);
    checkDate(ch.statementOn, today, errors, `${p}.statementOn`);
    if (!errors[`${p}.chargedOn`] && !errors[`${p}.statementOn`] && ch.statementOn && ch.statementOn < ch.chargedOn) errors[`${p}.statementOn`] = 'statementBeforeCharge';
    checkText(ch.description, MAX_LINE, errors, `${p}.description`);
    const minor = checkMoney(ch.amount, ch.currency, errors, `${p}.amount`);
    return { ch, minor };
  });
  const refunds = v.refunded.map((r, i) => ({ currency: r.currency.trim().toUpperCase(), minor: checkMoney(r.amount, r.currency, errors, `refunded.${i}.amount`) }));
  const seen = new Set<string>();
  refunds.forEach((r, i) => {
    if (seen.has(r.currency) && !errors[`refunded.${i}.amountCurrency`]) errors[`refunded.${i}.amountCurrency`] = 'currencyRepeated';
    seen.add(r.currency);
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const opt = (s: string) => (s ? s : undefined);
  const input: CaseInput = {
    company: v.company.trim(),
    product: v.product.trim(),
    reason: v.reason as CaseInput['reason'],
    accountId: v.accountId.trim(),
    region: v.region as CaseInput['region'],
    paymentMethod: v.paymentMethod as CaseInput['paymentMethod'],
    requestKind: v.requestKind as CaseInput['requestKind'],
    request: v.request.trim(),
    status: v.status as CaseStatus,
    refunded: refunds.filter((r) => r.minor).map((r) => ({ minor: r.minor!, currency: r.currency })),
    charges: charges.map(({ ch, minor }) => ({
      ...(ch.id ? { id: ch.id } : {}),
      chargedOn: ch.chargedOn,
      ...(ch.statementOn ? { statementOn: ch.statementOn } : {}),
      amount: { minor: minor!, currency: ch.currency.trim().toUpperCase() },
      ...(ch.description.trim() ? { description: ch.description.trim() } : {}),
    })),
  };
  const started = opt(v.subscriptionStartedOn);
  const cancelled = opt(v.cancelledOn);
  if (started) input.subscriptionStartedOn = started;
  if (cancelled) input.cancelledOn = cancelled;
  if (v.outcome) input.outcome = v.outcome as CaseOutcome;
  return { ok: true, input };
}
