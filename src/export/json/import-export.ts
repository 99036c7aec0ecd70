/**
 * Import and restore, up to the write: read, upgrade, validate, decode and hash a file, check that
 * what it links to exists (in the file, or on this device through the lookup it is given), and
 * preview it. Nothing here writes; the caller hands the prepared records to the one write
 * transaction, so a refused file leaves the database exactly as it was.
 */
import type { RecordSet, RecordTable } from '../../domain/records';
import { ImportError } from './import-error';
import { readExportFile, type ReadLimits } from './read-export-file';
import { upgradeExport } from './upgrade';
import { validateExport, type ExportHead } from './validate-export';

/** Which of these keys a table on this device already holds (deleted records included). */
export type ExistingKeys = (table: RecordTable, keys: readonly string[]) => Promise<Set<string>>;

export interface TableSummary {
  /** Records in the file, deleted ones included. */
  total: number;
  /** Records in the file that are not deleted. */
  live: number;
}

export interface ImportPreview {
  tables: Record<RecordTable, TableSummary>;
  /** Live evidence files and their bytes. */
  files: number;
  fileBytes: number;
  /** Cases in the file that already exist here (same id, deleted or not). */
  casesAlreadyHere: number;
}

export interface PreparedImport {
  fileName: string;
  head: ExportHead;
  records: RecordSet;
  preview: ImportPreview;
}

/** Everything that can fail before writing: the file, its format, every record, every hash, every link. */
export async function prepareImport(file: Blob, fileName: string, existingKeys: ExistingKeys, limits: ReadLimits = {}): Promise<PreparedImport> {
  const raw = await readExportFile(file, fileName, limits);
  const upgraded = upgradeExport(raw, fileName);
  const { head, records } = validateExport(upgraded, fileName);
  await checkLinks(records, fileName, existingKeys);
  const here = await existingKeys('cases', records.cases.map((c) => c.id));
  return { fileName, head, records, preview: previewOf(records, here.size) };
}

function previewOf(records: RecordSet, casesAlreadyHere: number): ImportPreview {
  const tables = {} as Record<RecordTable, TableSummary>;
  for (const [table, rs] of Object.entries(records) as [RecordTable, { deletedAt?: number }[]][]) {
    tables[table] = { total: rs.length, live: rs.filter((r) => !r.deletedAt).length };
  }
  const liveFiles = records.evidence.filter((e) => !e.deletedAt);
  return { tables, files: liveFiles.length, fileBytes: liveFiles.reduce((n, e) => n + e.size, 0), casesAlreadyHere };
}

type Link = { table: RecordTable; index: number; id: string; field: string; target: string };

async function firstMissing(links: Link[], inFile: Set<string>, table: RecordTable, existingKeys: ExistingKeys): Promise<Link | undefined> {
  const outside = links.filter((l) => !inFile.has(l.target));
  if (outside.length === 0) return undefined;
  const here = await existingKeys(table, [...new Set(outside.map((l) => l.target))]);
  return outside.find((l) => !here.has(l.target));
}

/** Every record on a case points to a case in the file or on this device; evidence to its interaction too. */
async function checkLinks(records: RecordSet, file: string, existingKeys: ExistingKeys): Promise<void> {
  const caseLinks: Link[] = [];
  for (const table of ['statusChanges', 'charges', 'interactions', 'evidence', 'followUps', 'playbookSteps', 'deadlineOverrides'] as const) {
    records[table].forEach((r, index) => caseLinks.push({ table, index, id: r.id, field: 'caseId', target: r.caseId }));
  }
  const interactionLinks: Link[] = records.evidence.flatMap((e, index) =>
    e.interactionId ? [{ table: 'evidence' as const, index, id: e.id, field: 'interactionId', target: e.interactionId }] : [],
  );
  const missing =
    (await firstMissing(caseLinks, new Set(records.cases.map((c) => c.id)), 'cases', existingKeys)) ??
    (await firstMissing(interactionLinks, new Set(records.interactions.map((i) => i.id)), 'interactions', existingKeys));
  if (missing) {
    throw new ImportError(
      'missing-link',
      { file, table: missing.table, record: missing.index + 1, id: missing.id, field: missing.field },
      `points to "${missing.target}", which is neither in the file nor on this device`,
    );
  }
}
