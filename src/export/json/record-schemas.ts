/**
 * Valibot schemas of every record in an export (format version 1). Valibot checks without generating
 * code, so it runs under the app's strict Content-Security-Policy. Objects are rebuilt with only the
 * known keys: anything else in the file (including "__proto__") is dropped. The type assertions at
 * the bottom fail to compile if the data model gains a field these schemas do not know; keep
 * public/export-format.schema.json in step (a test compares them).
 */
import * as v from 'valibot';
import { isIsoDate } from '../../domain/dates';
import { isImage, isPdf } from '../../domain/evidence';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  CHANNELS,
  DIRECTIONS,
  EVIDENCE_KINDS,
  INTERACTION_OUTCOMES,
  PAYMENT_METHODS,
  REASONS,
  REGIONS,
  REQUEST_KINDS,
  type CaseRecord,
  type Charge,
  type CompanyRecord,
  type DeadlineOverride,
  type Evidence,
  type FollowUpMark,
  type Interaction,
  type PlaybookStepMark,
  type Settings,
  type StatusChange,
} from '../../domain/types';
import { COUNTRIES, OTHER_COUNTRY, UK_NATIONS } from '../../domain/places/countries';
import { DecodedFile } from './decoded-file';

export const LIMITS = { id: 200, short: 10_000, long: 1_000_000, list: 10_000 } as const;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const shortText = v.pipe(v.string(), v.maxLength(LIMITS.short));
const longText = v.pipe(v.string(), v.maxLength(LIMITS.long));
/** Epoch milliseconds (the range a JavaScript Date accepts). */
const instant = v.pipe(v.number(), v.finite(), v.minValue(-8.64e15), v.maxValue(8.64e15));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0));
const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'expected a date as YYYY-MM-DD'));
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected a three-letter currency code'));

const knownZones = new Set<string>();
function isTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
  knownZones.add(zone);
  return true;
}
const timeZone = v.pipe(v.string(), v.maxLength(100), v.check(isTimeZone, 'expected an IANA time zone'));
const money = v.object({ minor: v.pipe(v.number(), v.safeInteger()), currency });
/** ISO 3166-1 alpha-2 codes of the countries the app knows, and 'ZZ' for any other. */
const country = v.picklist([...COUNTRIES, OTHER_COUNTRY]);
const words = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(LIMITS.list));

const stamped = { id, createdAt: instant, updatedAt: instant, deletedAt: v.optional(instant) };
const onCase = { ...stamped, caseId: id };

export const caseSchema = v.object({
  ...stamped,
  company: shortText,
  companyKey: shortText,
  product: shortText,
  reason: v.picklist(REASONS),
  accountId: shortText,
  region: v.picklist([...REGIONS, '']),
  country: v.optional(country),
  traderCountry: v.optional(country),
  paymentMethod: v.picklist([...PAYMENT_METHODS, '']),
  subscriptionStartedOn: v.optional(isoDate),
  cancelledOn: v.optional(isoDate),
  requestKind: v.picklist(REQUEST_KINDS),
  request: longText,
  status: v.picklist(CASE_STATUSES),
  outcome: v.optional(v.picklist(CASE_OUTCOMES)),
  refunded: v.pipe(v.array(money), v.maxLength(1000)),
  disputed: v.pipe(v.array(money), v.maxLength(1000)),
  lastActivityAt: instant,
  nextDueAt: v.optional(instant),
  words,
  timeZone,
});

export const statusChangeSchema = v.object({
  ...onCase,
  from: v.nullable(v.picklist(CASE_STATUSES)),
  to: v.picklist(CASE_STATUSES),
  at: instant,
  note: v.optional(longText),
});

export const chargeSchema = v.object({
  ...onCase,
  chargedOn: isoDate,
  statementOn: v.optional(isoDate),
  amount: money,
  description: v.optional(longText),
});

export const interactionSchema = v.object({
  ...onCase,
  occurredAt: instant,
  timeZone,
  channel: v.picklist(CHANNELS),
  direction: v.picklist(DIRECTIONS),
  durationSec: v.optional(seconds),
  talkSec: v.optional(seconds),
  holdSec: v.optional(seconds),
  agentName: shortText,
  agentId: shortText,
  references: v.pipe(v.array(shortText), v.maxLength(LIMITS.list)),
  summary: longText,
  outcome: v.picklist(INTERACTION_OUTCOMES),
  promisedBy: v.optional(isoDate),
  words,
});

/** Types a stored file may have: what the app accepts as evidence (never SVG or HTML, which could run script). */
const safeType = (t: string) => t === '' || t === 'application/octet-stream' || isImage(t) || isPdf(t);
const encodedFile = v.object({
  type: v.pipe(v.string(), v.maxLength(200), v.check(safeType, 'expected an image or PDF media type')),
  size: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  sha256,
  base64: v.instance(DecodedFile, 'expected the file as base64 text'),
});

export const evidenceSchema = v.object({
  ...onCase,
  interactionId: v.optional(id),
  kind: v.picklist(EVIDENCE_KINDS),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  type: v.pipe(v.string(), v.maxLength(200), v.check((t) => isImage(t) || isPdf(t), 'expected an image or PDF media type')),
  size: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  sha256,
  file: encodedFile,
  thumbnail: v.optional(encodedFile),
  displayCopy: v.optional(encodedFile),
  note: v.optional(longText),
  addedAt: instant,
});

export const followUpSchema = v.object({
  ...onCase,
  ruleId: shortText,
  eventKey: shortText,
  state: v.picklist(['snoozed', 'done']),
  until: v.optional(instant),
});

export const playbookStepSchema = v.object({
  ...onCase,
  playbookId: shortText,
  stepId: shortText,
  doneAt: instant,
  note: v.optional(longText),
});

export const deadlineOverrideSchema = v.object({
  ...onCase,
  deadlineId: shortText,
  date: v.optional(isoDate),
  dismissed: v.boolean(),
});

export const companySchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.short)),
  name: shortText,
  notes: longText,
  agentNames: v.pipe(v.array(shortText), v.maxLength(LIMITS.list)),
  lastUsedAt: instant,
  createdAt: instant,
  updatedAt: instant,
  deletedAt: v.optional(instant),
});

export const settingsSchema = v.object({
  key: v.literal('app'),
  language: v.nullable(v.picklist(['en', 'fr'])),
  homeRegion: v.picklist(REGIONS),
  homeCountry: v.optional(country),
  homeNation: v.optional(v.picklist(UK_NATIONS)),
  defaultCurrency: currency,
  followUpBusinessDays: count,
  contactsBeforeEscalation: count,
  cardDisputeWindowDays: count,
  backupReminderDays: count,
  lastChannel: v.picklist(CHANNELS),
  notificationsEnabled: v.boolean(),
  updatedAt: instant,
});

/** The one meta record a backup carries: when it was made (see BackupInfo). */
export const backupMetaSchema = v.object({
  key: v.literal('backup'),
  value: v.object({ at: instant, cases: v.pipe(v.number(), v.safeInteger(), v.minValue(0)), files: v.pipe(v.number(), v.safeInteger(), v.minValue(0)), bytes: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))) }),
  updatedAt: instant,
});

// Compile-time guard: each schema's output is exactly the data model's record.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
type FileFields = 'blob' | 'thumbnail' | 'displayCopy';
export type SchemaMatchesModel = [
  Assert<Equal<Out<typeof caseSchema>, CaseRecord>>,
  Assert<Equal<Out<typeof statusChangeSchema>, StatusChange>>,
  Assert<Equal<Out<typeof chargeSchema>, Charge>>,
  Assert<Equal<Out<typeof interactionSchema>, Interaction>>,
  Assert<Equal<Omit<Out<typeof evidenceSchema>, 'file' | 'thumbnail' | 'displayCopy'>, Omit<Evidence, FileFields>>>,
  Assert<Equal<Out<typeof followUpSchema>, FollowUpMark>>,
  Assert<Equal<Out<typeof playbookStepSchema>, PlaybookStepMark>>,
  Assert<Equal<Out<typeof deadlineOverrideSchema>, DeadlineOverride>>,
  Assert<Equal<Out<typeof companySchema>, CompanyRecord>>,
  Assert<Equal<Out<typeof settingsSchema>, Settings>>,
];
