/**
 * The lazily loaded entry of the PDF dossier: reads the case and its evidence from the database,
 * prepares image previews, and renders the PDF with the embedded fonts. Only this module and what it
 * imports pull in the PDF engine; the UI reaches it through a dynamic import().
 */
import { isoDateOf } from '../../domain/dates';
import { wordsOf } from '../../domain/text';
import type { Instant } from '../../domain/types';
import { db } from '../../db/database';
import { loadBundle } from '../../db/repositories/case-summary';
import { getSettings } from '../../db/repositories/settings-repo';
import type { Lang } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import { buildDossierDocument } from './dossier-document';
import type { DossierDeadline, DossierStep } from './dossier-types';
import { fetchFonts } from './fonts';
import { evidencePreviews, type EvidenceFiles } from './images';
import { renderPdf, type FontFiles } from './render';
import { ruleItems } from './rule-items';

export type DossierStage = 'reading' | 'images' | 'layout';

export interface DossierProgress {
  stage: DossierStage;
  /** 0..1 within the stage. */
  fraction: number;
}

export interface DossierRequest {
  caseId: string;
  lang: Lang;
  now: Instant;
  /** The device's zone, for the "made on" stamp. */
  timeZone: string;
  /** Worded deadlines and next steps; by default the app's own rules give them. */
  deadlines?: DossierDeadline[];
  nextSteps?: DossierStep[];
}

export interface DossierFile {
  blob: Blob;
  fileName: string;
}

export interface DossierDeps {
  loadFonts?: () => Promise<FontFiles>;
}

async function* evidenceFiles(ids: string[]): AsyncGenerator<EvidenceFiles> {
  for (const id of ids) {
    const e = await db.evidence.get(id);
    if (e) yield { id: e.id, type: e.type, blob: e.blob, ...(e.displayCopy ? { displayCopy: e.displayCopy } : {}) };
  }
}

export function dossierFileName(company: string, lang: Lang, now: Instant, timeZone: string): string {
  const slug = wordsOf(company).join('-').slice(0, 40) || 'case';
  return translate(lang, 'dossier.pdf.fileName', { company: slug, date: isoDateOf(now, timeZone) });
}

export async function makeDossierPdf(req: DossierRequest, onProgress?: (p: DossierProgress) => void, deps: DossierDeps = {}): Promise<DossierFile> {
  onProgress?.({ stage: 'reading', fraction: 0 });
  const fontsPromise = (deps.loadFonts ?? fetchFonts)();
  const [bundle, settings] = await Promise.all([loadBundle(req.caseId), getSettings()]);
  if (!bundle) throw new Error(`Case ${req.caseId} not found`);
  const withPreview = bundle.evidence.filter((e) => e.type.startsWith('image/')).map((e) => e.id);
  let done = 0;
  onProgress?.({ stage: 'images', fraction: 0 });
  const images = await evidencePreviews(evidenceFiles(withPreview), () => onProgress?.({ stage: 'images', fraction: ++done / withPreview.length }));
  const rules = req.deadlines && req.nextSteps ? undefined : ruleItems(bundle, settings, req.lang, req.now);
  const doc = buildDossierDocument(bundle, images, {
    lang: req.lang,
    now: req.now,
    timeZone: req.timeZone,
    homeRegion: settings.homeRegion,
    deadlines: req.deadlines ?? rules?.deadlines ?? [],
    nextSteps: req.nextSteps ?? rules?.nextSteps ?? [],
  });
  const fonts = await fontsPromise;
  onProgress?.({ stage: 'layout', fraction: 0 });
  const bytes = await renderPdf(doc, fonts, (fraction) => onProgress?.({ stage: 'layout', fraction }));
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    fileName: dossierFileName(bundle.case.company, req.lang, req.now, req.timeZone),
  };
}
