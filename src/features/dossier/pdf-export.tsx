/** "Download PDF": progress while the dossier is made, then the file downloaded or shared. */
import { useId } from 'react';
import { Icon } from '../../components/icon';
import type { Lang } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import { useT, type T } from '../../i18n/use-t';
import { downloadFile } from '../../components/download-file';
import { shareFile } from './deliver';
import { usePdfExport, type PdfState } from './use-pdf-export';

function stageText(state: Extract<PdfState, { kind: 'working' }>, t: T): string {
  if (state.stage === 'engine') return t('dossier.progress.engine');
  if (state.stage === 'reading') return t('dossier.progress.reading');
  if (state.stage === 'images') return t('dossier.progress.images');
  return t('dossier.progress.layout', { percent: state.percent });
}

interface Props {
  caseId: string;
  company: string;
  lang: Lang;
}

export function PdfExport({ caseId, company, lang }: Props) {
  const t = useT();
  const statusId = useId();
  const { state, run, setState } = usePdfExport(caseId, company, lang);
  const working = state.kind === 'working';
  const share = async (file: File) => {
    const delivery = await shareFile(file, translate(lang, 'dossier.pdf.docTitle', { company }));
    setState({ kind: 'done', file, delivery });
  };
  return (
    <div className="dossier-pdf">
      <button
        type="button"
        className="btn btn-primary btn-block"
        aria-disabled={working}
        aria-describedby={statusId}
        onClick={() => {
          if (!working) void run();
        }}
      >
        <Icon name="download" />
        {t('dossier.card.downloadPdf')}
      </button>
      <div id={statusId} role="status" className="dossier-status">
        {working && (
          <>
            <progress max={100} value={state.percent} aria-label={t('dossier.progress.label')} />
            <span>{stageText(state, t)}</span>
          </>
        )}
        {state.kind === 'done' && (
          <span>{state.delivery === 'share-ready' ? t('dossier.result.shareReady') : t('dossier.result.downloaded', { name: state.file.name })}</span>
        )}
        {state.kind === 'failed' && <span className="field-message">{t('dossier.result.failed')}</span>}
      </div>
      {state.kind === 'done' && (
        <div className="btn-row">
          {state.delivery !== 'downloaded' && (
            <button type="button" className="btn" onClick={() => void share(state.file)}>
              <Icon name="share" />
              {t('dossier.card.sharePdf')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => downloadFile(state.file)}>
            <Icon name="download" />
            {t('dossier.card.saveCopy')}
          </button>
        </div>
      )}
    </div>
  );
}
