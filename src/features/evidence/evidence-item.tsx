/**
 * One evidence file in a list: thumbnail, kind, size, date, note, delete with undo. What opening it
 * does depends on what its bytes are, never on its stored type or name: an image opens full size
 * through <img>, a text file as escaped text, a PDF or any other file only downloads.
 */
import { useFailureText } from '../../components/failure-text';
import { deviceZone } from '../../lib/device-zone';
import { useMemo, useState } from 'react';
import { Icon } from '../../components/icon';
import { deleteEvidence, restoreEvidence } from '../../db/repositories/evidence-repo';
import { viewOf, type FileKind } from '../../domain/file-kind';
import type { Evidence } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';
import { EvidenceViewer, type ViewerContent } from './evidence-viewer';
import { formatBytes } from '../../lib/bytes';
import { useFileKind } from './use-file-kind';
import { useObjectUrl } from './use-object-url';

/** Images every browser the app supports draws in an <img>. */
const DRAWN: ReadonlySet<FileKind> = new Set<FileKind>(['png', 'jpeg', 'gif', 'webp', 'avif']);

/** What opening the file shows in the app, if anything. */
function viewerContent(e: Evidence, kind: FileKind | undefined): ViewerContent | undefined {
  if (!kind) return undefined;
  const view = viewOf(kind);
  if (view === 'text') return { kind: 'text', blob: e.blob };
  if (view !== 'image') return undefined;
  if (e.displayCopy) return { kind: 'image', blob: e.displayCopy };
  return DRAWN.has(kind) ? { kind: 'image', blob: e.blob } : undefined;
}

export function EvidenceItem({ evidence: e }: { evidence: Evidence }) {
  const t = useT();
  const describeFailure = useFailureText();
  const f = useFormat();
  const show = useToastStore((s) => s.show);
  const [viewing, setViewing] = useState(false);
  const kind = useFileKind(e.blob);
  const content = viewerContent(e, kind);
  const view = kind ? viewOf(kind) : 'download';
  const thumbUrl = useObjectUrl(e.thumbnail);
  // Downloads are typed as bytes: even opened in a tab, the browser saves them and never renders them.
  const download = useMemo(() => e.blob.slice(0, e.blob.size, 'application/octet-stream'), [e.blob]);
  const fileUrl = useObjectUrl(content ? undefined : download);
  const noPreview = view === 'image' && !content;

  async function attempt(write: () => Promise<void>): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      show({ tone: 'error', message: describeFailure(error) });
      return false;
    }
  }

  async function remove() {
    if (!(await attempt(() => deleteEvidence(e.id, Date.now())))) return;
    const undo = () => void attempt(() => restoreEvidence(e.id, Date.now()));
    show({ tone: 'info', message: t('evidence.deleted', { name: e.name }), action: { label: t('common.undo'), run: undo } });
  }

  const picture = thumbUrl ? <img src={thumbUrl} alt="" /> : <Icon name="file" size={28} />;
  const thumb = content ? (
    <button type="button" className="evidence-thumb" aria-label={t('evidence.open', { name: e.name })} onClick={() => setViewing(true)}>
      {picture}
      {content.kind === 'text' && <span className="evidence-thumb-label">{t('evidence.text')}</span>}
    </button>
  ) : (
    <a className="evidence-thumb" href={fileUrl} download={e.name} aria-label={t('evidence.download', { name: e.name })}>
      {picture}
      {view === 'pdf' && <span className="evidence-thumb-label">{t('evidence.pdf')}</span>}
    </a>
  );

  return (
    <li className="list-item evidence-item">
      {thumb}
      <div className="evidence-item-body">
        <span className="list-item-title">{e.name}</span>
        <span className="list-item-meta">
          {t(`evidence.kind.${e.kind}`)} · {formatBytes(e.size, f.lang)} · {f.instant(e.addedAt, deviceZone())}
        </span>
        {e.interactionId && <span className="badge">{t('evidence.fromInteraction')}</span>}
        {noPreview && <span className="list-item-meta">{t('evidence.noPreview')}</span>}
        {view === 'download' && kind && <span className="list-item-meta">{t('evidence.downloadOnly')}</span>}
        {e.note && <p className="evidence-note">{e.note}</p>}
      </div>
      <button type="button" className="btn btn-ghost icon-btn" aria-label={t('evidence.delete', { name: e.name })} onClick={() => void remove()}>
        <Icon name="trash" />
      </button>
      {viewing && content && <EvidenceViewer name={e.name} content={content} onClose={() => setViewing(false)} />}
    </li>
  );
}
