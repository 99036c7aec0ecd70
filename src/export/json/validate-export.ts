/**
 * Validates a parsed (and upgraded) export record by record and turns it into the records the
 * database stores, evidence files as Blobs whose SHA-256 and size were checked. The first problem
 * stops everything, named by table, record and field.
 */
import * as v from 'valibot';
import { EXPORTED_META_KEYS, type RecordSet, type RecordTable } from '../../domain/records';
import type { Evidence, MetaRecord } from '../../domain/types';
import type { DecodedFile } from './decoded-file';
import { EXPORT_FORMAT, EXPORT_VERSION, RECORD_KEYS, type ExportScope } from './format';
import { ImportError, dottedPath, type ImportErrorWhere } from './import-error';
import {
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
  caseId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
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

function parseRecord<S extends v.GenericSchema>(schema: S, item: unknown, where: ImportErrorWhere): v.InferOutput<S> {
  const result = v.safeParse(schema, item, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = dottedPath(issuePath(issue));
  const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);
  const requirement = typeof issue.requirement === 'number' ? { requirement: issue.requirement } : {};
  throw new ImportError('invalid', { ...where, ...(field ? { field } : {}) }, short(issue.message), {}, {
    type: issue.type,
    expected: issue.expected,
    received: short(issue.received),
    ...requirement,
  });
}

function checkFile(f: FileFields, where: ImportErrorWhere, key: string): Blob {
  const decoded = f.base64 as DecodedFile;
  if (decoded.size !== f.size) {
    throw new ImportError('bad-file', { ...where, field: `${key}.size` }, `the file has ${decoded.size} bytes, the record says ${f.size}`);
  }
  if (decoded.sha256 !== f.sha256) {
    throw new ImportError('hash-mismatch', { ...where, field: `${key}.sha256` }, `the file's SHA-256 is ${decoded.sha256}, the record says ${f.sha256}`);
  }
  return decoded.blob(f.type);
}

function toEvidence(e: v.InferOutput<typeof evidenceSchema>, where: ImportErrorWhere): Evidence {
  const { file, thumbnail, displayCopy, ...info } = e;
  const blob = checkFile(file, where, 'file');
  if (file.sha256 !== e.sha256) throw new ImportError('hash-mismatch', { ...where, field: 'sha256' }, 'the evidence SHA-256 differs from its file');
  if (file.size !== e.size) throw new ImportError('bad-file', { ...where, field: 'size' }, 'the evidence size differs from its file');
  const out: Evidence = { ...info, blob };
  if (thumbnail) out.thumbnail = checkFile(thumbnail, where, 'thumbnail');
  if (displayCopy) out.displayCopy = checkFile(displayCopy, where, 'displayCopy');
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
