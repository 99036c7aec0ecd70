/** Runs a PDF export: loads the PDF engine on first use, reports progress, then hands the file over. */
import { deviceZone } from '../../lib/device-zone';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierStage } from '../../export/pdf/make-dossier';
import type { Lang } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import { deliverFile, type Delivery } from './deliver';
import { isChunkLoadError } from '../../lib/write-error';
import { useUiStore } from '../../stores/ui-store';

export type PdfState =
  | { kind: 'idle' }
  | { kind: 'working'; stage: 'engine' | DossierStage; percent: number }
  | { kind: 'done'; file: File; delivery: Delivery }
  | { kind: 'failed' };

/** Rough share of the whole job each stage takes, so one bar fills steadily. */
const STAGE_SPAN: Record<'engine' | DossierStage, [number, number]> = {
  engine: [0, 15],
  reading: [15, 25],
  images: [25, 45],
  layout: [45, 100],
};


export function usePdfExport(caseId: string, company: string, lang: Lang) {
  const [state, setState] = useState<PdfState>({ kind: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(async () => {
    const report = (stage: 'engine' | DossierStage, fraction: number) => {
      const [from, to] = STAGE_SPAN[stage];
      const percent = Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction)));
      if (!alive.current) return;
      setState((s) => (s.kind === 'working' && s.stage === stage && s.percent === percent ? s : { kind: 'working', stage, percent }));
    };
    report('engine', 0);
    try {
      const { makeCasePdf } = await import('./case-pdf');
      const made = await makeCasePdf({ caseId, lang, now: Date.now(), timeZone: deviceZone() }, (p) => report(p.stage, p.fraction));
      const file = new File([made.blob], made.fileName, { type: 'application/pdf' });
      const delivery = await deliverFile(file, translate(lang, 'dossier.pdf.docTitle', { company }));
      if (alive.current) setState({ kind: 'done', file, delivery });
    } catch (error) {
      // A PDF engine gone from the server after an update is a new version to load, not a broken export.
      if (isChunkLoadError(error)) useUiStore.getState().setOutdated();
      else console.error('PDF export failed', error);
      if (alive.current) setState({ kind: 'failed' });
    }
  }, [caseId, company, lang]);

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, reset, setState };
}
