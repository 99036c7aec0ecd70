/**
 * A stored case's PDF dossier: the case and the settings read through db, then the export engine,
 * which asks db for each image's files in turn. Loaded with import() on first use, together with the
 * engine, outside the start-up bundle.
 */
import { readDossierCase, readEvidenceFile } from '../../db/queries/dossier';
import { makeDossierPdf, type DossierFile, type DossierProgress } from '../../export/pdf/make-dossier';
import type { Lang } from '../../i18n/messages';

export interface CasePdfRequest {
  caseId: string;
  lang: Lang;
  now: number;
  /** The device's zone, for the "made on" stamp. */
  timeZone: string;
}

export async function makeCasePdf(req: CasePdfRequest, onProgress: (p: DossierProgress) => void): Promise<DossierFile> {
  onProgress({ stage: 'reading', fraction: 0 });
  const stored = await readDossierCase(req.caseId);
  if (!stored) throw new Error(`Case ${req.caseId} not found`);
  return makeDossierPdf({ ...stored, evidenceFile: readEvidenceFile, lang: req.lang, now: req.now, timeZone: req.timeZone }, onProgress);
}
