/** The shape of a language's letter texts: plain data with `{placeholders}`, chosen by kind and region. */
import type { EvidenceKind, Reason, Region, RequestKind } from '../types';
import type { LetterKind } from './types';

/** A paragraph, kept only when a fact is known (`if`) or unknown (`ifNot`). */
export type Part = string | { if: string; text: string } | { ifNot: string; text: string };

export interface TemplateText {
  subject: string;
  /** A line above the letter, e.g. how it is sent. */
  banner?: string;
  opening: string;
  paragraphs: Part[];
  closing: string;
}

export interface LanguageTexts {
  /** Labels of the facts a person fills in, by placeholder name. */
  labels: Record<string, string>;
  reasons: Record<Reason, string>;
  requests: Record<RequestKind, string>;
  evidence: Record<EvidenceKind, string>;
  /** "{date}: {amount}" and its variant with the statement date. */
  chargeLine: string;
  chargeLineStatement: string;
  /** Contact counts: "once", "{n} times". */
  once: string;
  times: string;
  /** Joins the last two items of a list ("A, B and C"). */
  and: string;
  theCharge: string;
  theCharges: string;
  letters: Record<Exclude<LetterKind, 'withdrawal-form'>, (region: Region) => TemplateText>;
  /** What the withdrawal form names as the contract: the service, its company, the account. */
  formContract: string;
  formContractAccount: string;
}
