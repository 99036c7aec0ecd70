/**
 * Valibot schemas of every record in an export (format version 1). Valibot checks without generating
 * code, so it runs under the app's strict Content-Security-Policy. Objects are rebuilt with only the
 * known keys: anything else in the file (including "__proto__") is dropped. Values are checked by the
 * domain's own rules (../../domain/validation), the ones the forms use: a value a form refuses is
 * refused here too. Each such check's message is a VALUE_CHECKS key. The type assertions at
 * the bottom fail to compile if the data model gains a field these schemas do not know; keep
 * public/export-format.schema.json in step (a test compares them).
 */
import * as v from 'valibot';
import {
  TEXT_LIMITS,
  currencyProblem,
  durationProblem,
  idProblem,
  instantProblem,
  isoDateProblem,
  minorProblem,
  zoneProblem,
  type ValueProblem,
} from '../../domain/validation';
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

/**
 * Lengths of what no form limits (keys made by the app, notes without a limit of their own); a
 * form's text uses the domain's TEXT_LIMITS.
 */
export const LIMITS = { short: 10_000, long: 1_000_000, list: 10_000 } as const;

/** The domain rule behind each check, by the check's message: the import error names the exact problem. */
export const VALUE_CHECKS = {
  id: (value: string) => idProblem(value),
  instant: (value: number) => instantProblem(value),
  date: (value: string) => isoDateProblem(value),
  currency: (value: string) => currencyProblem(value),
  amount: (value: number) => minorProblem(value),
  total: (value: number) => (Number.isSafeInteger(value) && value >= 0 ? undefined : 'amountInvalid'),
  duration: (value: number) => durationProblem(value),
  zone: (value: string) => zoneProblem(value),
} satisfies Record<string, (value: never) => ValueProblem | undefined>;
export type ValueCheck = keyof typeof VALUE_CHECKS;

function rule<K extends ValueCheck>(name: K) {
  const problem = VALUE_CHECKS[name] as (value: unknown) => ValueProblem | undefined;
  return v.check((value: Parameters<(typeof VALUE_CHECKS)[K]>[0]) => problem(value) === undefined, name);
}

const id = v.pipe(v.string(), rule('id'));
const line = v.pipe(v.string(), v.maxLength(TEXT_LIMITS.line));
const text = v.pipe(v.string(), v.maxLength(TEXT_LIMITS.text));
const shortText = v.pipe(v.string(), v.maxLength(LIMITS.short));
const longText = v.pipe(v.string(), v.maxLength(LIMITS.long));
const instant = v.pipe(v.number(), rule('instant'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const seconds = v.pipe(v.number(), rule('duration'));
const isoDate = v.pipe(v.string(), rule('date'));
const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'));
const currency = v.pipe(v.string(), rule('currency'));
const timeZone = v.pipe(v.string(), rule('zone'));
/** An amount a person entered (a charge, a refund). */
const money = v.object({ minor: v.pipe(v.number(), rule('amount')), currency });
/** A sum the app keeps (a case's disputed total): never negative, but may pass one amount's limit. */
const total = v.object({ minor: v.pipe(v.number(), rule('total')), currency });
/** ISO 3166-1 alpha-2 codes of the countries the app knows, and 'ZZ' for any other. */
const country = v.picklist([...COUNTRIES, OTHER_COUNTRY]);
const words = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(LIMITS.list));

const stamped = { id, createdAt: instant, updatedAt: instant, deletedAt: v.optional(instant) };
const onCase = { ...stamped, caseId: id };
const revision = v.pipe(v.string(), v.regex(/^[0-9]{1,15}-[0-9a-z]{1,64}$/, 'expected <generation>-<id>'));
const revised = { rev: v.optional(revision), parentRev: v.optional(revision) };

export const caseSchema = v.object({
  ...stamped,
  ...revised,
  company: line,
  companyKey: shortText,
  product: line,
  reason: v.picklist(REASONS),
  accountId: line,
  region: v.picklist([...REGIONS, '']),
  country: v.optional(country),
  traderCountry: v.optional(country),
  paymentMethod: v.picklist([...PAYMENT_METHODS, '']),
  subscriptionStartedOn: v.optional(isoDate),
  cancelledOn: v.optional(isoDate),
  requestKind: v.picklist(REQUEST_KINDS),
  request: text,
  status: v.picklist(CASE_STATUSES),
  outcome: v.optional(v.picklist(CASE_OUTCOMES)),
  refunded: v.pipe(v.array(money), v.maxLength(1000)),
  disputed: v.pipe(v.array(total), v.maxLength(1000)),
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
  description: v.optional(line),
});

export const interactionSchema = v.object({
  ...onCase,
  ...revised,
  occurredAt: instant,
  timeZone,
  channel: v.picklist(CHANNELS),
  direction: v.picklist(DIRECTIONS),
  durationSec: v.optional(seconds),
  talkSec: v.optional(seconds),
  holdSec: v.optional(seconds),
  agentName: line,
  agentId: line,
  references: v.pipe(v.array(line), v.maxLength(LIMITS.list)),
  summary: text,
  outcome: v.picklist(INTERACTION_OUTCOMES),
  promisedBy: v.optional(isoDate),
  words,
});

/**
 * A file's media type as the export names it: informative only. What is stored is the type the
 * bytes prove (see validate-export), so an SVG or HTML page named image/png stays inert.
 */
const mediaType = v.pipe(v.string(), v.maxLength(200));
const encodedFile = v.object({
  type: mediaType,
  size: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  sha256,
  base64: v.instance(DecodedFile, 'expected the file as base64 text'),
});

export const evidenceSchema = v.object({
  ...onCase,
  interactionId: v.optional(id),
  kind: v.picklist(EVIDENCE_KINDS),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  type: mediaType,
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
  name: line,
  notes: longText,
  agentNames: v.pipe(v.array(line), v.maxLength(LIMITS.list)),
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
