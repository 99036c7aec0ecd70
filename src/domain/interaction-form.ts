/** The interaction log form as typed, its validation and its conversion to an InteractionInput. */
import { checkDate, MAX_LINE, MAX_TEXT, type FormErrors } from './case-form';
import { fromLocalInput, isoDateOf, toLocalInput } from './dates';
import type { InteractionInput } from './inputs';
import { LAST_DATE, instantProblem, zoneProblem } from './validation';
import { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES, type Channel, type Instant, type Interaction } from './types';

export interface InteractionFormValues {
  caseId: string;
  occurredAt: string;
  /** The precise instant behind `occurredAt` when it was filled in for the person (now, a call's start). */
  exactAt?: number;
  timeZone: string;
  channel: string;
  direction: string;
  durationMin: string;
  talkSec?: number;
  holdSec?: number;
  agentName: string;
  agentId: string;
  references: string[];
  summary: string;
  outcome: string;
  promisedBy: string;
}

/** How far in the future a logged time may be (clock drift between devices). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const PROMISE_OUTCOMES = ['reply-promised', 'refund-promised'];

export function newInteractionForm(caseId: string, now: Instant, timeZone: string, channel: Channel): InteractionFormValues {
  return {
    caseId,
    occurredAt: toLocalInput(now, timeZone),
    exactAt: now,
    timeZone,
    channel,
    direction: 'outbound',
    durationMin: '',
    agentName: '',
    agentId: '',
    references: [''],
    summary: '',
    outcome: '',
    promisedBy: '',
  };
}

export function interactionToForm(i: Interaction): InteractionFormValues {
  const v: InteractionFormValues = {
    caseId: i.caseId,
    occurredAt: toLocalInput(i.occurredAt, i.timeZone),
    timeZone: i.timeZone,
    channel: i.channel,
    direction: i.direction,
    durationMin: i.durationSec !== undefined ? minutesText(i.durationSec) : '',
    agentName: i.agentName,
    agentId: i.agentId,
    references: i.references.length ? [...i.references] : [''],
    summary: i.summary,
    outcome: i.outcome,
    promisedBy: i.promisedBy ?? '',
  };
  if (i.talkSec !== undefined) v.talkSec = i.talkSec;
  if (i.holdSec !== undefined) v.holdSec = i.holdSec;
  return v;
}

export type ContactInput = Omit<InteractionInput, 'caseId'>;

export function validateInteractionForm(v: InteractionFormValues, now: Instant): { ok: true; input: InteractionInput } | { ok: false; errors: FormErrors } {
  const contact = validateContactFields(v, now);
  const errors: FormErrors = contact.ok ? {} : { ...contact.errors };
  if (!v.caseId) errors.caseId = 'required';
  if (!contact.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { caseId: v.caseId, ...contact.input } };
}

/** Every field of a contact except the case it belongs to. */
export function validateContactFields(v: InteractionFormValues, now: Instant): { ok: true; input: ContactInput } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  // The field shows minutes; when the person left the prefilled time alone, keep its exact instant.
  const untouched = v.exactAt !== undefined && toLocalInput(v.exactAt, v.timeZone) === v.occurredAt;
  const at = untouched ? v.exactAt! : v.occurredAt ? fromLocalInput(v.occurredAt, v.timeZone) : null;
  if (!v.occurredAt) errors.occurredAt = 'required';
  else if (at === null) errors.occurredAt = 'dateInvalid';
  else if (instantProblem(at)) errors.occurredAt = 'dateRange';
  else if (at > now + FUTURE_TOLERANCE_MS) errors.occurredAt = 'dateFuture';
  if (zoneProblem(v.timeZone)) errors.occurredAt = 'dateInvalid';
  if (!(CHANNELS as readonly string[]).includes(v.channel)) errors.channel = 'required';
  if (!(DIRECTIONS as readonly string[]).includes(v.direction)) errors.direction = 'choiceInvalid';
  if (!v.outcome) errors.outcome = 'required';
  else if (!(INTERACTION_OUTCOMES as readonly string[]).includes(v.outcome)) errors.outcome = 'choiceInvalid';
  let durationSec: number | undefined;
  if (v.durationMin.trim()) {
    const minutes = Number(v.durationMin.trim().replace(',', '.'));
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > 24 * 60) errors.durationMin = 'durationInvalid';
    else durationSec = Math.round(minutes * 60);
    // The field shows timer totals rounded to a tenth of a minute; left alone, keep the exact seconds.
    const timed = v.talkSec !== undefined || v.holdSec !== undefined ? (v.talkSec ?? 0) + (v.holdSec ?? 0) : undefined;
    if (timed !== undefined && v.durationMin.trim() === minutesText(timed)) durationSec = timed;
  }
  for (const [k, max] of [['agentName', MAX_LINE], ['agentId', MAX_LINE], ['summary', MAX_TEXT]] as const) {
    if (v[k].length > max) errors[k] = 'tooLong';
  }
  v.references.forEach((r, i) => {
    if (r.length > MAX_LINE) errors[`references.${i}`] = 'tooLong';
  });
  if (v.promisedBy) {
    // A promised date is naturally in the future: only its shape is checked.
    checkDate(v.promisedBy, LAST_DATE, errors, 'promisedBy');
  }
  if (Object.keys(errors).length > 0 || at === null) return { ok: false, errors };
  const input: ContactInput = {
    occurredAt: at,
    timeZone: v.timeZone,
    channel: v.channel as ContactInput['channel'],
    direction: v.direction as ContactInput['direction'],
    agentName: v.agentName.trim(),
    agentId: v.agentId.trim(),
    references: v.references.map((r) => r.trim()).filter(Boolean),
    summary: v.summary.trim(),
    outcome: v.outcome as ContactInput['outcome'],
  };
  if (durationSec !== undefined) input.durationSec = durationSec;
  if (v.talkSec !== undefined) input.talkSec = v.talkSec;
  if (v.holdSec !== undefined) input.holdSec = v.holdSec;
  if (v.promisedBy) input.promisedBy = v.promisedBy;
  return { ok: true, input };
}

/** A duration in seconds as the form shows it: minutes to one decimal ("2.5"). */
export function minutesText(seconds: number): string {
  return String(Math.round((seconds / 60) * 10) / 10);
}

/** Today's date in a zone, for the date checks of the case form. */
export function todayIn(now: Instant, timeZone: string): string {
  return isoDateOf(now, timeZone);
}
