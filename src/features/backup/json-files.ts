/**
 * The JSON files of "Your data": the records read through db (one read transaction), then written by
 * the export engine. The buttons load this module with import() on first use, so neither the engine
 * nor its reads weigh on the start-up bundle.
 */
import { readAllRecords, readCaseRecords } from '../../db/queries/export-records';
import { exportAll, exportCase, type ExportOptions, type ExportResult } from '../../export/json/export-json';

/** Everything on this device. */
export async function fullBackupFile(opts: ExportOptions): Promise<ExportResult> {
  return exportAll(await readAllRecords(), opts);
}

/** One case with everything attached to it. */
export async function caseFile(caseId: string, opts: ExportOptions): Promise<ExportResult> {
  const records = await readCaseRecords(caseId);
  if (!records) throw new Error(`Case ${caseId} not found`);
  return exportCase(caseId, records, opts);
}
