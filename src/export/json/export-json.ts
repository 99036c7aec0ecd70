/**
 * Writes the JSON export (format in ./format.ts) of the records it is given as a Blob built from
 * parts: record by record, and each evidence file read, hashed and base64-encoded one at a time, so
 * hundreds of megabytes of photos never sit in one string.
 */
import { version as APP_VERSION } from '../../../package.json';
import { BACKUP_META_KEY, type BackupInfo } from '../../domain/backup';
import type { RecordSet } from '../../domain/records';
import type { Evidence } from '../../domain/types';
import { ENCODE_CHUNK_BYTES, encodeBase64 } from './base64';
import { BlobBuilder } from './blob-builder';
import { EXPORT_FORMAT, EXPORT_VERSION, RECORD_KEYS, type ExportScope } from './format';
import { sha256Hex } from './sha256';

export interface ExportOptions {
  now?: number;
  appVersion?: string;
  /** Called after each evidence file is written. */
  onProgress?: (filesDone: number, filesTotal: number) => void;
}

export interface ExportResult {
  blob: Blob;
  exportedAt: number;
  /** Live (not deleted) cases and evidence files in the file. */
  cases: number;
  files: number;
}

export const JSON_TYPE = 'application/json';

const liveCount = (rs: { deletedAt?: number }[]) => rs.filter((r) => !r.deletedAt).length;

/** Everything on this device (every stored record). The file's meta says it is a backup made now (see BackupInfo). */
export async function exportAll(records: RecordSet, opts: ExportOptions = {}): Promise<ExportResult> {
  const now = opts.now ?? Date.now();
  const backup: BackupInfo = { at: now, cases: liveCount(records.cases), files: liveCount(records.evidence) };
  const meta = [...records.meta.filter((m) => m.key !== BACKUP_META_KEY), { key: BACKUP_META_KEY, value: backup, updatedAt: now }];
  return write({ ...records, meta }, 'all', undefined, now, opts);
}

/** One case with its log, charges, evidence, follow-up marks and company notes (the records of that case alone). */
export async function exportCase(caseId: string, records: RecordSet, opts: ExportOptions = {}): Promise<ExportResult> {
  return write(records, 'case', caseId, opts.now ?? Date.now(), opts);
}

async function write(records: RecordSet, scope: ExportScope, caseId: string | undefined, now: number, opts: ExportOptions): Promise<ExportResult> {
  const out = new BlobBuilder();
  const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, appVersion: opts.appVersion ?? APP_VERSION, exportedAt: now, scope, ...(caseId ? { caseId } : {}) };
  out.write(`${JSON.stringify(head).slice(0, -1)},"records":{`);
  for (const [k, key] of RECORD_KEYS.entries()) {
    out.write(`${k ? ',' : ''}${JSON.stringify(key)}:[`);
    if (key === 'evidence') {
      for (const [i, e] of records.evidence.entries()) {
        if (i) out.write(',');
        await writeEvidence(out, e);
        opts.onProgress?.(i + 1, records.evidence.length);
      }
    } else {
      records[key].forEach((r, i) => out.write((i ? ',' : '') + JSON.stringify(r)));
    }
    out.write(']');
  }
  out.write('}}');
  return { blob: out.finish(JSON_TYPE), exportedAt: now, cases: liveCount(records.cases), files: liveCount(records.evidence) };
}

async function writeEvidence(out: BlobBuilder, e: Evidence): Promise<void> {
  const { blob, thumbnail, displayCopy, ...info } = e;
  out.write(JSON.stringify(info).slice(0, -1));
  await writeFile(out, 'file', blob);
  if (thumbnail) await writeFile(out, 'thumbnail', thumbnail);
  if (displayCopy) await writeFile(out, 'displayCopy', displayCopy);
  out.write('}');
}

async function writeFile(out: BlobBuilder, key: string, blob: Blob): Promise<void> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  out.write(`,${JSON.stringify(key)}:{"type":${JSON.stringify(blob.type)},"size":${bytes.length},"sha256":"${sha256}","base64":"`);
  for (let o = 0; o < bytes.length; o += ENCODE_CHUNK_BYTES) out.write(encodeBase64(bytes.subarray(o, o + ENCODE_CHUNK_BYTES)));
  out.write('"}');
}
