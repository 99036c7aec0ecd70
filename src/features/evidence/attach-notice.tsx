/** What stopped a save: no file, storage nearly full (warn, with "attach anyway") or full, a failed write. */
import { useFailureText } from '../../components/failure-text';
import { useFormat, useT } from '../../i18n/use-t';
import type { Notice } from './use-attach';

export function AttachNotice({ notice, onAcceptWarning, saving }: { notice: Notice | undefined; onAcceptWarning: () => void; saving: boolean }) {
  const t = useT();
  const describeFailure = useFailureText();
  const { lang } = useFormat();
  if (!notice) return null;
  if (notice.kind === 'no-files') return <p className="field-message evidence-notice" role="alert">{t('evidence.noFiles')}</p>;
  if (notice.kind === 'write') return <p className="evidence-notice evidence-notice-danger" role="alert">{describeFailure(notice.error, 'save')}</p>;
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(notice.ratio);
  if (notice.kind === 'storage-full') return <p className="evidence-notice evidence-notice-danger" role="alert">{t('evidence.storageFull', { percent })}</p>;
  return (
    <div className="evidence-notice evidence-notice-warning" role="alert">
      <p>{t('evidence.storageWarn', { percent })}</p>
      <button type="button" className="btn" onClick={onAcceptWarning} disabled={saving}>
        {t('evidence.storageWarnConfirm')}
      </button>
    </div>
  );
}
