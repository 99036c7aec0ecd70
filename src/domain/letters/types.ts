/** The letters a case can send: their kinds, who receives them, and the filled text handed to the editor. */
import type { IsoDate } from '../types';
import type { LetterRuleId } from './sources';

export const LETTER_KINDS = [
  'withdrawal-form',
  'withdrawal-email',
  'complaint',
  'bank-dispute',
  'billing-error',
  'formal-notice',
  'mediator-referral',
  'letter-before-claim',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export type LetterLang = 'en' | 'fr';

/** Whose rules a letter relies on. 'FR' letters are French law; 'ANY' letters rely on no statute. */
export type Jurisdiction = 'EU' | 'UK' | 'US' | 'FR' | 'ANY';

export type Recipient = 'company' | 'bank' | 'card-issuer' | 'mediator';

/** A fact the case does not hold (the person's address, the card's last digits): left for the person to fill. */
export interface Blank {
  /** The placeholder's name in the template, e.g. 'yourAddress'. */
  field: string;
  /** The marker written into the text, e.g. "[to fill: your postal address]". */
  marker: string;
}

export interface Letter {
  kind: LetterKind;
  lang: LetterLang;
  recipient: Recipient;
  /** Subject line (the email subject, the letter's "Re:" line). */
  subject: string;
  /** The whole letter as plain text, paragraphs separated by blank lines. */
  body: string;
  /** Facts the person must fill in before sending; their markers appear in `body`. */
  blanks: Blank[];
  /** The rules the letter relies on, for the sources shown beside it. */
  rules: LetterRuleId[];
  /** The reply date the letter asks for, when it sets one. */
  replyBy?: IsoDate;
  /** Registered post with proof of delivery is advised (a notice that counts when received, a formal notice). */
  registeredPost: boolean;
}

/** A letter the case is offered, and whether it fits the step the case has reached. */
export interface LetterOffer {
  kind: LetterKind;
  jurisdiction: Jurisdiction;
  /** Languages the template exists in (the UK model form is official in English only). */
  langs: LetterLang[];
  /** Fits the step the case has reached now. */
  recommended: boolean;
  /** Something to know before sending. */
  caution?: 'needs-written-complaint' | 'statement-too-old' | 'period-may-be-over';
}
