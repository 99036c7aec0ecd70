/** Form-level messages: the restored-draft notice, the error summary and a failed-save message. */
import { useT } from '../i18n/use-t';

export function DraftNotice({ time, onDiscard }: { time: string; onDiscard: () => void }) {
  const t = useT();
  return (
    <div className="banner banner-info form-notice" role="status">
      <p>{t('caseForm.draftRestored', { time })}</p>
      <button type="button" className="btn btn-small" onClick={onDiscard}>
        {t('caseForm.discardDraft')}
      </button>
    </div>
  );
}

export function ErrorSummary({ count, failure }: { count: number; failure?: string | undefined }) {
  const t = useT();
  if (!count && !failure) return null;
  return (
    <div className="form-summary" role="alert">
      {failure ?? t('error.formSummary', { count })}
    </div>
  );
}
