/**
 * The data model, shared by every layer. Conventions (see README "Data model"):
 * - ids are string UUIDs; every stored record has createdAt/updatedAt (epoch ms) and soft deletion (deletedAt);
 * - money is an integer count of the currency's minor units plus an ISO 4217 code;
 * - an instant is epoch ms plus the IANA zone it happened in; a calendar date is 'YYYY-MM-DD'.
 */

/** 'YYYY-MM-DD', a calendar date with no time; as a deadline it means the end of that local day. */
export type IsoDate = string;
/** Epoch milliseconds. */
export type Instant = number;

export interface Money {
  /** Integer count of minor units (cents for EUR, yen for JPY). */
  minor: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

export interface Stamped {
  id: string;
  createdAt: Instant;
  updatedAt: Instant;
  /** Set when deleted; the record stays as a tombstone so merges and undo work. */
  deletedAt?: Instant;
}

export const REASONS = [
  'accidental-billing',
  'unauthorized-charge',
  'technical-issue',
  'service-outage',
  'billing-error',
  'cancellation-issue',
  'payment-details-changed',
  'withdrawal-right',
  'other',
] as const;
export type Reason = (typeof REASONS)[number];

/** 'card' is a credit card; 'direct-debit' a SEPA (or other) direct debit from a bank account. */
export const PAYMENT_METHODS = ['card', 'debit-card', 'paypal', 'bank-transfer', 'direct-debit', 'app-store', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Where the person lives, which decides the rights and bodies that apply. */
export const REGIONS = ['EU', 'UK', 'US', 'CA', 'OTHER'] as const;
export type Region = (typeof REGIONS)[number];

export const CASE_STATUSES = ['new', 'in-progress', 'waiting', 'escalated', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const OPEN_STATUSES: readonly CaseStatus[] = ['new', 'in-progress', 'waiting', 'escalated'];

export const REQUEST_KINDS = ['full-refund', 'partial-refund', 'credit', 'cancel-and-refund', 'other'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const CASE_OUTCOMES = ['full-refund', 'partial-refund', 'credit', 'denied', 'withdrawn', 'other'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * A record a person edits: each write gives it a new revision (lib/ids.ts `nextRevision`) and names the
 * one it replaced, so a save started from an older version is refused instead of overwriting, and a
 * later merge between devices can find the version both sides started from.
 */
export interface Revised {
  rev?: string;
  /** The revision this one replaced. */
  parentRev?: string;
}

export interface CaseRecord extends Stamped, Revised {
  company: string;
  /** Normalised company name (lower case, accents folded, spaces collapsed): joins cases to company notes and playbooks. */
  companyKey: string;
  product: string;
  reason: Reason;
  accountId: string;
  /** Empty means "use the home region from settings". Kept in step with `country` when that is set. */
  region: Region | '';
  /** ISO 3166-1 alpha-2 code of where the person is for this case; absent means the home country. */
  country?: string;
  /** The trader's country (ISO 3166-1 alpha-2), when known: decides cross-border help. */
  traderCountry?: string;
  paymentMethod: PaymentMethod | '';
  subscriptionStartedOn?: IsoDate;
  cancelledOn?: IsoDate;
  requestKind: RequestKind;
  /** What the person asks for, in their words. */
  request: string;
  status: CaseStatus;
  outcome?: CaseOutcome;
  /** Amounts refunded so far, one entry per currency. */
  refunded: Money[];
  /** Sum of the live disputed charges per currency. Kept up by the repositories. */
  disputed: Money[];
  /** Latest of: creation, any interaction, charge, evidence or status change. Kept up by the repositories. */
  lastActivityAt: Instant;
  /** Earliest due next action; absent when nothing is due (closed cases). Kept up by the repositories. */
  nextDueAt?: Instant;
  /** Normalised search words of company, product and account id. Kept up by the repositories. */
  words: string[];
  /** The zone the case was opened in; the default for its dates. */
  timeZone: string;
}

export interface StatusChange extends Stamped {
  caseId: string;
  from: CaseStatus | null;
  to: CaseStatus;
  at: Instant;
  note?: string;
}

export interface Charge extends Stamped {
  caseId: string;
  chargedOn: IsoDate;
  /** The date of the statement the charge first appeared on (US billing-error clock). */
  statementOn?: IsoDate;
  amount: Money;
  description?: string;
}

export const CHANNELS = ['chat', 'phone', 'email', 'web-form', 'letter', 'in-person', 'social-media'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DIRECTIONS = ['outbound', 'inbound'] as const;
/** outbound: the person contacted the company; inbound: the company contacted them. */
export type Direction = (typeof DIRECTIONS)[number];

export const INTERACTION_OUTCOMES = [
  'no-resolution',
  'info-requested',
  'reply-promised',
  'refund-promised',
  'refund-issued',
  'denied',
  'escalated',
] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

export interface Interaction extends Stamped, Revised {
  caseId: string;
  occurredAt: Instant;
  timeZone: string;
  channel: Channel;
  direction: Direction;
  /** Whole duration in seconds (talk + hold for calls). */
  durationSec?: number;
  talkSec?: number;
  holdSec?: number;
  agentName: string;
  agentId: string;
  references: string[];
  summary: string;
  outcome: InteractionOutcome;
  /** The company promised a reply (or refund) by the end of this day. */
  promisedBy?: IsoDate;
  /** Normalised words of references, agent name and summary. Kept up by the repositories. */
  words: string[];
}

export const EVIDENCE_KINDS = [
  'cancellation-confirmation',
  'receipt',
  'bank-statement',
  'error-screenshot',
  'email',
  'letter',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence extends Stamped {
  caseId: string;
  interactionId?: string;
  kind: EvidenceKind;
  name: string;
  type: string;
  size: number;
  /** Lower-case hex SHA-256 of the file bytes. */
  sha256: string;
  blob: Blob;
  /** Small JPEG or PNG made in the browser, for lists. */
  thumbnail?: Blob;
  /** JPEG or PNG copy of a photo in another format (HEIC, WebP), for thumbnails and the PDF. */
  displayCopy?: Blob;
  note?: string;
  addedAt: Instant;
}

export type FollowUpState = 'snoozed' | 'done';

/** A snooze or dismissal of one next action, keyed by case, rule and the event that triggered it. */
export interface FollowUpMark extends Stamped {
  caseId: string;
  ruleId: string;
  eventKey: string;
  state: FollowUpState;
  /** For a snooze: hidden until this instant. */
  until?: Instant;
}

export interface PlaybookStepMark extends Stamped {
  caseId: string;
  playbookId: string;
  stepId: string;
  doneAt: Instant;
  note?: string;
}

export interface DeadlineOverride extends Stamped {
  caseId: string;
  deadlineId: string;
  /** A date that replaces the computed last safe day. */
  date?: IsoDate;
  dismissed: boolean;
}

/** Per-company memory: display name, the person's notes, agent names seen. Keyed by companyKey. */
export interface CompanyRecord {
  key: string;
  name: string;
  notes: string;
  agentNames: string[];
  lastUsedAt: Instant;
  createdAt: Instant;
  updatedAt: Instant;
  deletedAt?: Instant;
}

export type Language = 'en' | 'fr';

export interface Settings {
  key: 'app';
  /** null: follow the browser. */
  language: Language | null;
  homeRegion: Region;
  /** ISO 3166-1 alpha-2 code of where the person lives; absent until known (then the person is asked). */
  homeCountry?: string;
  /** In the UK: England, Wales, Scotland or Northern Ireland (bank holidays, small claims). */
  homeNation?: 'ENG' | 'WLS' | 'SCT' | 'NIR';
  defaultCurrency: string;
  followUpBusinessDays: number;
  contactsBeforeEscalation: number;
  cardDisputeWindowDays: number;
  backupReminderDays: number;
  lastChannel: Channel;
  notificationsEnabled: boolean;
  updatedAt: Instant;
}

/**
 * Unsaved input of one form in one tab, keyed `<form>|<tab id>` (the form is e.g. 'case:new' or
 * 'interaction:edit:<id>'). Drafts written before tabs had ids are keyed by the form alone and have
 * no owner: no live tab claims them.
 */
export interface Draft {
  key: string;
  value: unknown;
  updatedAt: Instant;
  /** The form this draft belongs to. */
  form?: string;
  /** The id of the tab that writes it (see lib/live-tabs.ts). */
  owner?: string;
}

export type TimerSegmentKind = 'talk' | 'hold';
export interface TimerSegment {
  kind: TimerSegmentKind;
  start: Instant;
  end?: Instant;
}

/** The running call timer; at most one, id 'current'. */
export interface CallTimer {
  id: 'current';
  caseId?: string;
  startedAt: Instant;
  timeZone: string;
  segments: TimerSegment[];
  /**
   * Set when "End call" is pressed. The ended call stays stored (not indexed, so schema v1 is
   * unchanged) until its contact is logged or it is discarded, so its times survive a reload.
   */
  endedAt?: Instant;
}

/** Small key-value facts about the store itself (last backup, persistence asked). */
export interface MetaRecord {
  key: string;
  value: unknown;
  updatedAt: Instant;
}
