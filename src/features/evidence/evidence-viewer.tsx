/** Full-size view of an image in a modal dialog; Escape, the close button or a backdrop tap closes it. */
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { useObjectUrl } from './use-object-url';

export function EvidenceViewer({ name, image, onClose }: { name: string; image: Blob; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const url = useObjectUrl(image);
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
    </dialog>
  );
}
