/**
 * The JSON export format ("refund-tracker-export"), version 1. Documented for people in the README
 * and as a JSON Schema in public/export-format.schema.json; a test checks real exports against it.
 *
 * Every stored record is included, deleted ones (tombstones, with `deletedAt`) too, so two exports can
 * be merged record by record. Left out: unsaved form drafts, the running call timer, and what is
 * derived (the totals; search words and case summaries are recomputed on import anyway).
 * Evidence files travel as base64 with their SHA-256, and so do their thumbnail and display copy:
 * a HEIC photo's JPEG copy cannot be re-made in every browser, so a restore must not depend on it.
 */
import type { RecordSet } from '../../domain/records';
import type { Evidence } from '../../domain/types';

export const EXPORT_FORMAT = 'refund-tracker-export';
export const EXPORT_VERSION = 1;

export type ExportScope = 'all' | 'case';

/** The keys of `records`, in the order they are written (evidence last: it is the bulk of the file). */
export const RECORD_KEYS = [
  'cases',
  'statusChanges',
  'charges',
  'interactions',
  'followUps',
  'playbookSteps',
  'deadlineOverrides',
  'companies',
  'settings',
  'meta',
  'evidence',
] as const satisfies readonly (keyof RecordSet)[];

/** One file (an evidence file, its thumbnail or its display copy). */
export interface EncodedFile {
  type: string;
  size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  base64: string;
}

export type ExportedEvidence = Omit<Evidence, 'blob' | 'thumbnail' | 'displayCopy'> & {
  file: EncodedFile;
  thumbnail?: EncodedFile;
  displayCopy?: EncodedFile;
};

export type ExportedRecords = Omit<RecordSet, 'evidence'> & { evidence: ExportedEvidence[] };

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** The app version that wrote the file (informative). */
  appVersion: string;
  exportedAt: number;
  scope: ExportScope;
  /** For scope 'case': the case exported. */
  caseId?: string;
  records: ExportedRecords;
}

/** Largest file inside an export the app reads back (bytes after decoding). */
export const MAX_EMBEDDED_FILE_BYTES = 64 * 1024 * 1024;
/** Largest export file the app reads. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
