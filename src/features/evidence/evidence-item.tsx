/** One evidence file in a list: thumbnail (opens it full size), kind, size, date, note, delete with undo. */
import { useFailureText } from '../../components/failure-text';
import { deviceZone } from '../../lib/device-zone';
import { useState } from 'react';
import { Icon } from '../../components/icon';
import { deleteEvidence, restoreEvidence } from '../../db/repositories/evidence-repo';
import { isImage, isPdf } from '../../domain/evidence';
import type { Evidence } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';
import { EvidenceViewer } from './evidence-viewer';
import { formatBytes } from '../../lib/bytes';
import { useObjectUrl } from './use-object-url';

const DIRECT = new Set(['image/jpeg', 'image/png']);

/** The image a browser can show full size: the display copy, or the file itself when JPEG or PNG. */
function viewable(e: Evidence): Blob | undefined {
  if (e.displayCopy) return e.displayCopy;
  return DIRECT.has(e.type) ? e.blob : undefined;
}

export function EvidenceItem({ evidence: e }: { evidence: Evidence }) {
  const t = useT();
  const describeFailure = useFailureText();
  const f = useFormat();
  const show = useToastStore((s) => s.show);
  const [viewing, setViewing] = useState(false);
  const full = viewable(e);
  const thumbUrl = useObjectUrl(e.thumbnail);
  const fileUrl = useObjectUrl(full ? undefined : e.blob);
  const noPreview = isImage(e.type) && !full;

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
  const thumb = full ? (
    <button type="button" className="evidence-thumb" aria-label={t('evidence.open', { name: e.name })} onClick={() => setViewing(true)}>
      {picture}
    </button>
  ) : (
    <a
      className="evidence-thumb"
      href={fileUrl}
      {...(isPdf(e.type) ? { target: '_blank', rel: 'noopener' } : { download: e.name })}
      aria-label={isPdf(e.type) ? t('evidence.open', { name: e.name }) : t('evidence.download', { name: e.name })}
    >
      {picture}
      {isPdf(e.type) && <span className="evidence-thumb-label">{t('evidence.pdf')}</span>}
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
        {e.note && <p className="evidence-note">{e.note}</p>}
      </div>
      <button type="button" className="btn btn-ghost icon-btn" aria-label={t('evidence.delete', { name: e.name })} onClick={() => void remove()}>
        <Icon name="trash" />
      </button>
      {viewing && full && <EvidenceViewer name={e.name} image={full} onClose={() => setViewing(false)} />}
    </li>
  );
}
