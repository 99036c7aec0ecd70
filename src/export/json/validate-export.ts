/**
 * Validates a parsed (and upgraded) export record by record and turns it into the records the
 * database stores, evidence files as Blobs whose SHA-256 and size were checked. The first problem
 * stops everything, named by table, record and field.
 */
import * as v from 'valibot';
import { EXPORTED_META_KEYS, type RecordSet, type RecordTable } from '../../domain/records';
import { mediaTypeOfKind } from '../../domain/file-kind';
import type { Evidence, MetaRecord } from '../../domain/types';
import type { DecodedFile } from './decoded-file';
import { EXPORT_FORMAT, EXPORT_VERSION, RECORD_KEYS, type ExportScope } from './format';
import { ImportError, dottedPath, type ImportErrorWhere, type ImportIssue, type IssueCheck } from './import-error';
import {
  VALUE_CHECKS,
  backupMetaSchema,
  caseSchema,
  chargeSchema,
  companySchema,
  deadlineOverrideSchema,
  evidenceSchema,
  followUpSchema,
  interactionSchema,
  playbookStepSchema,
  settingsSchema,
  statusChangeSchema,
} from './record-schemas';
import type { RawExport } from './upgrade';

export interface ExportHead {
  appVersion: string;
  exportedAt: number;
  scope: ExportScope;
  caseId?: string;
}

const records = v.object(Object.fromEntries(RECORD_KEYS.map((k) => [k, v.array(v.unknown())])) as Record<(typeof RECORD_KEYS)[number], v.ArraySchema<v.UnknownSchema, undefined>>);

export const envelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  appVersion: v.pipe(v.string(), v.maxLength(100)),
  exportedAt: v.pipe(v.number(), v.finite()),
  scope: v.picklist(['all', 'case']),
  caseId: v.optional(caseSchema.entries.id),
  records,
});

export const RECORD_SCHEMAS = {
  cases: caseSchema,
  statusChanges: statusChangeSchema,
  charges: chargeSchema,
  interactions: interactionSchema,
  evidence: evidenceSchema,
  followUps: followUpSchema,
  playbookSteps: playbookStepSchema,
  deadlineOverrides: deadlineOverrideSchema,
  companies: companySchema,
  settings: settingsSchema,
  meta: backupMetaSchema,
} as const satisfies Record<RecordTable, v.GenericSchema>;

type FileFields = v.InferOutput<typeof evidenceSchema>['file'];

function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((p) => p.key as string | number);
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const o = item as { id?: unknown; key?: unknown };
  const key = o.id ?? o.key;
  return typeof key === 'string' ? key.slice(0, 200) : undefined;
}

const CHECK_OF: ReadonlyMap<string, IssueCheck> = new Map<string, IssueCheck>([
  ['check', 'value'],
  ['string', 'text'],
  ['number', 'number'],
  ['finite', 'number'],
  ['boolean', 'boolean'],
  ['object', 'object'],
  ['array', 'list'],
  ['instance', 'file'],
  ['picklist', 'choice'],
  ['literal', 'literal'],
  ['regex', 'fingerprint'],
  ['integer', 'whole'],
  ['safe_integer', 'whole'],
  ['min_value', 'range'],
  ['max_value', 'range'],
  ['max_length', 'tooLong'],
  ['min_length', 'tooShort'],
]);

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The value found, described without the validation library's words. */
function receivedOf(input: unknown): ImportIssue['received'] {
  if (input === undefined) return { kind: 'missing' };
  if (input === null) return { kind: 'null' };
  if (typeof input === 'string') return { kind: 'text', text: short(input) };
  if (typeof input === 'number') return { kind: 'number', text: String(input) };
  if (typeof input === 'boolean') return { kind: 'boolean', text: String(input) };
  if (Array.isArray(input)) return { kind: 'list' };
  return { kind: typeof input === 'object' ? 'object' : 'other' };
}

function issueOf(issue: v.BaseIssue<unknown>): ImportIssue {
  const check = CHECK_OF.get(issue.type) ?? 'other';
  const rule = check === 'value' && Object.hasOwn(VALUE_CHECKS, issue.message) ? (VALUE_CHECKS[issue.message as keyof typeof VALUE_CHECKS] as (value: unknown) => ImportIssue['problem']) : undefined;
  const problem = rule?.(issue.input);
  return {
    check,
    ...(problem ? { problem } : {}),
    ...(typeof issue.requirement === 'number' ? { requirement: issue.requirement } : {}),
    received: receivedOf(issue.input),
  };
}

function parseRecord<S extends v.GenericSchema>(schema: S, item: unknown, where: ImportErrorWhere): v.InferOutput<S> {
  const result = v.safeParse(schema, item, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = dottedPath(issuePath(issue));
  const ours = issueOf(issue);
  const detail = `${ours.problem ?? ours.check}${ours.received.text !== undefined ? `: ${ours.received.text}` : ` (${ours.received.kind})`}`;
  throw new ImportError('invalid', { ...where, ...(field ? { field } : {}) }, detail, {}, ours);
}

function checkFile(f: FileFields, where: ImportErrorWhere, key: string): Blob {
  const decoded = f.base64 as DecodedFile;
  if (decoded.size !== f.size) {
    throw new ImportError('bad-file', { ...where, field: `${key}.size` }, `the file has ${decoded.size} bytes, the record says ${f.size}`);
  }
  if (decoded.sha256 !== f.sha256) {
    throw new ImportError('hash-mismatch', { ...where, field: `${key}.sha256` }, `the file's SHA-256 is ${decoded.sha256}, the record says ${f.sha256}`);
  }
  // Stored with the type its bytes prove, whatever the file claims.
  return decoded.blob(mediaTypeOfKind(decoded.kind));
}

/** A thumbnail or display copy is shown through <img> and embedded in the PDF: JPEG or PNG only. */
function checkPreview(f: FileFields, where: ImportErrorWhere, key: string): Blob {
  const blob = checkFile(f, where, key);
  const kind = (f.base64 as DecodedFile).kind;
  if (kind !== 'jpeg' && kind !== 'png') throw new ImportError('bad-preview', { ...where, field: key }, `the ${key} is not a JPEG or PNG image`);
  return blob;
}

function toEvidence(e: v.InferOutput<typeof evidenceSchema>, where: ImportErrorWhere): Evidence {
  const { file, thumbnail, displayCopy, ...info } = e;
  const blob = checkFile(file, where, 'file');
  if (file.sha256 !== e.sha256) throw new ImportError('hash-mismatch', { ...where, field: 'sha256' }, 'the evidence SHA-256 differs from its file');
  if (file.size !== e.size) throw new ImportError('bad-file', { ...where, field: 'size' }, 'the evidence size differs from its file');
  const out: Evidence = { ...info, type: blob.type, blob };
  if (thumbnail) out.thumbnail = checkPreview(thumbnail, where, 'thumbnail');
  if (displayCopy) out.displayCopy = checkPreview(displayCopy, where, 'displayCopy');
  return out;
}

function isExportedMeta(item: unknown): boolean {
  const key = typeof item === 'object' && item !== null ? (item as { key?: unknown }).key : undefined;
  return typeof key === 'string' && EXPORTED_META_KEYS.includes(key);
}

/** Validate every record; throws an ImportError naming the first bad one. */
export function validateExport(raw: RawExport, file: string): { head: ExportHead; records: RecordSet } {
  const env = parseRecord(envelopeSchema, raw, { file });
  const out = {} as Record<RecordTable, unknown[]>;
  for (const table of RECORD_KEYS) {
    const keys = new Set<string>();
    out[table] = [];
    env.records[table].forEach((item, i) => {
      // Meta records other than the backup's own are about another device, or derived: skipped.
      if (table === 'meta' && !isExportedMeta(item)) return;
      const id = idOf(item);
      const where: ImportErrorWhere = { file, table, record: i + 1, ...(id !== undefined ? { id } : {}) };
      const parsed = parseRecord(RECORD_SCHEMAS[table], item, where);
      const key = (parsed as { id?: string; key?: string }).id ?? (parsed as { key: string }).key;
      if (keys.has(key)) throw new ImportError('duplicate', where, `the ${table} table has "${key}" twice`);
      keys.add(key);
      out[table].push(table === 'evidence' ? toEvidence(parsed as v.InferOutput<typeof evidenceSchema>, where) : parsed);
    });
  }
  const head: ExportHead = { appVersion: env.appVersion, exportedAt: env.exportedAt, scope: env.scope, ...(env.caseId ? { caseId: env.caseId } : {}) };
  return { head, records: out as unknown as RecordSet & { meta: MetaRecord[] } };
}
