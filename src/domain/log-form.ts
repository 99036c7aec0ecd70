/**
 * The log form: a contact for a case that exists, or a contact that starts a new case (the form then
 * asks for the company and reason too). One validation says which, with every problem found.
 */
import { emptyCaseForm, validateCaseForm, type FormErrors } from './case-form';
import type { CaseInput, InteractionInput } from './inputs';
import { validateContactFields, validateInteractionForm, type ContactInput, type InteractionFormValues } from './interaction-form';
import type { Instant, IsoDate } from './types';

/** What the person typed for the case the contact starts. */
export interface NewCaseFields {
  company: string;
  reason: string;
}

export type LogFormResult =
  | { ok: true; kind: 'existing-case'; input: InteractionInput }
  | { ok: true; kind: 'new-case'; caseInput: CaseInput; contact: ContactInput }
  | { ok: false; errors: FormErrors };

/** `newCase` is given when the contact starts a new case; its problems are reported as newCompany and newReason. */
export function validateLogForm(v: InteractionFormValues, newCase: NewCaseFields | null, now: Instant, today: IsoDate): LogFormResult {
  if (!newCase) {
    const result = validateInteractionForm(v, now);
    return result.ok ? { ok: true, kind: 'existing-case', input: result.input } : result;
  }
  const contact = validateContactFields(v, now);
  const theCase = validateCaseForm({ ...emptyCaseForm(), company: newCase.company, reason: newCase.reason }, today);
  const errors: FormErrors = contact.ok ? {} : { ...contact.errors };
  if (!theCase.ok) {
    if (theCase.errors.company) errors.newCompany = theCase.errors.company;
    if (theCase.errors.reason) errors.newReason = theCase.errors.reason;
  }
  if (!contact.ok || !theCase.ok) return { ok: false, errors };
  return { ok: true, kind: 'new-case', caseInput: theCase.input, contact: contact.input };
}
