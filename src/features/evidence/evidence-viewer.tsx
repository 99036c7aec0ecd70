/**
 * Full-size view of an image (through <img> only) or of a text file (as escaped text) in a modal
 * dialog; Escape, the close button or a backdrop tap closes it. Nothing is ever shown in a frame or
 * opened as a document of the app's origin.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useObjectUrl } from './use-object-url';

/** Text shown of a text file; the rest is in the downloaded file. */
export const TEXT_PREVIEW_CHARS = 100_000;

export type ViewerContent = { kind: 'image'; blob: Blob } | { kind: 'text'; blob: Blob };

function useText(blob: Blob | undefined): { text: string; cut: boolean } | undefined {
  const [state, setState] = useState<{ blob: Blob; text: string; cut: boolean } | undefined>(undefined);
  useEffect(() => {
    if (!blob) return;
    let live = true;
    // Four bytes at most per character: enough bytes for the characters shown.
    void blob
      .slice(0, TEXT_PREVIEW_CHARS * 4)
      .text()
      .catch(() => '')
      .then((all) => {
        if (live) setState({ blob, text: all.slice(0, TEXT_PREVIEW_CHARS), cut: all.length > TEXT_PREVIEW_CHARS || blob.size > TEXT_PREVIEW_CHARS * 4 });
      });
    return () => {
      live = false;
    };
  }, [blob]);
  return state && state.blob === blob ? state : undefined;
}

export function EvidenceViewer({ name, content, onClose }: { name: string; content: ViewerContent; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const url = useObjectUrl(content.kind === 'image' ? content.blob : undefined);
  const text = useText(content.kind === 'text' ? content.blob : undefined);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      className="evidence-viewer"
      aria-label={t('evidence.viewer', { name })}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="evidence-viewer-bar">
        <span className="evidence-viewer-name">{name}</span>
        <button type="button" className="btn btn-small" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
      {url && <img src={url} alt={name} />}
      {text && (
        <div className="evidence-viewer-text">
          <pre>{text.text}</pre>
          {text.cut && <p className="muted small">{t('evidence.textCut', { count: TEXT_PREVIEW_CHARS })}</p>}
        </div>
      )}
    </dialog>
  );
}
