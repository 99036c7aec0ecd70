/**
 * What the PDF dossier reads: the case with everything attached to it (live records) and the
 * settings the rules follow, then each image's files one at a time while its preview is made.
 */
import type { CaseBundle } from '../../domain/case-bundle';
import type { Evidence, Settings } from '../../domain/types';
import { db } from '../database';
import { loadBundle } from '../repositories/case-summary';
import { getSettings } from './settings';

export interface DossierRecords {
  bundle: CaseBundle;
  settings: Settings;
}

/** undefined when there is no such case. */
export async function readDossierCase(caseId: string): Promise<DossierRecords | undefined> {
  const [bundle, settings] = await Promise.all([loadBundle(caseId), getSettings()]);
  return bundle ? { bundle, settings } : undefined;
}

/** One evidence record with its files; undefined when it is gone. */
export function readEvidenceFile(id: string): Promise<Evidence | undefined> {
  return db.evidence.get(id);
}
