/**
 * The lazily loaded entry of the PDF dossier: from a case bundle and the rules' settings, prepares
 * image previews (asking for each image's files in turn), fetches the fonts, and has a worker lay out
 * and render the PDF. The UI reaches this module through a dynamic import(); the PDF engine itself
 * is in the worker's chunk.
 */
import type { CaseBundle } from '../../domain/case-bundle';
import { isoDateOf } from '../../domain/dates';
import type { RuleSettings } from '../../domain/follow-up';
import { wordsOf } from '../../domain/text';
import type { Instant } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { loadLanguage, translate } from '../../i18n/translate';
import type { DossierDeadline, DossierStep } from './dossier-types';
import { fetchFonts } from './fonts';
import { evidencePreviews, type EvidenceFiles } from './images';
import type { FontFiles } from './render';
import { ruleItems } from './rule-items';
import type { RenderReply, RenderRequest } from './worker-protocol';

export type DossierStage = 'reading' | 'images' | 'layout';

export interface DossierProgress {
  stage: DossierStage;
  /** 0..1 within the stage. */
  fraction: number;
}

export interface DossierRequest {
  /** The case with everything attached to it (live records). */
  bundle: CaseBundle;
  /** The settings the rules follow; the paper size falls back to their home region. */
  settings: RuleSettings;
  /** An evidence record's files, asked for one image at a time; undefined when the file is gone. */
  evidenceFile: (id: string) => Promise<EvidenceFiles | undefined>;
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

/** Lays out and renders a dossier to PDF bytes, reporting 0..1 as pages are written. */
export type RenderDossier = (request: RenderRequest, onProgress: (fraction: number) => void) => Promise<Uint8Array>;

export interface DossierDeps {
  loadFonts?: () => Promise<FontFiles>;
  render?: RenderDossier;
}

/** Renders in a dedicated worker, which ends with the job. */
export const renderInWorker: RenderDossier = (request, onProgress) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<RenderReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return onProgress(reply.fraction);
      finish();
      if (reply.kind === 'done') resolve(reply.bytes);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The PDF worker failed to start'));
    };
    worker.postMessage(request);
  });

async function* evidenceFiles(ids: string[], read: DossierRequest['evidenceFile']): AsyncGenerator<EvidenceFiles> {
  for (const id of ids) {
    const e = await read(id);
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
  await loadLanguage(req.lang);
  const { bundle, settings } = req;
  const withPreview = bundle.evidence.filter((e) => e.type.startsWith('image/')).map((e) => e.id);
  let done = 0;
  onProgress?.({ stage: 'images', fraction: 0 });
  const images = await evidencePreviews(evidenceFiles(withPreview, req.evidenceFile), () => onProgress?.({ stage: 'images', fraction: ++done / withPreview.length }));
  const rules = req.deadlines && req.nextSteps ? undefined : ruleItems(bundle, settings, req.lang, req.now);
  const options = {
    lang: req.lang,
    now: req.now,
    timeZone: req.timeZone,
    homeRegion: settings.homeRegion,
    deadlines: req.deadlines ?? rules?.deadlines ?? [],
    nextSteps: req.nextSteps ?? rules?.nextSteps ?? [],
  };
  const fonts = await fontsPromise;
  onProgress?.({ stage: 'layout', fraction: 0 });
  const render = deps.render ?? renderInWorker;
  const bytes = await render({ bundle, images, options, fonts }, (fraction) => onProgress?.({ stage: 'layout', fraction }));
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    fileName: dossierFileName(bundle.case.company, req.lang, req.now, req.timeZone),
  };
}
