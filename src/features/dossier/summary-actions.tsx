/** The escalation summary: copy in one tap, share where the browser can, or read and select it. */
import { useEffect, useRef, useState } from 'react';
import { Icon } from '../../components/icon';
import { useT } from '../../i18n/use-t';

type CopyState = 'idle' | 'copied' | 'failed';

export function SummaryActions({ text, subject }: { text: string; subject: string }) {
  const t = useT();
  const [copy, setCopy] = useState<CopyState>('idle');
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (copy !== 'copied') return;
    const timer = setTimeout(() => setCopy('idle'), 2500);
    return () => clearTimeout(timer);
  }, [copy]);
  // A copied text that has since changed (another language, a new contact) is no longer "copied".
  useEffect(() => setCopy('idle'), [text]);

  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
      if (details.current) details.current.open = true;
    }
  };
  const canShare = typeof navigator.share === 'function';
  const share = () => navigator.share({ title: subject, text }).catch(() => undefined);

  return (
    <div className="dossier-summary">
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => void copyText()}>
          <Icon name={copy === 'copied' ? 'check' : 'copy'} />
          {copy === 'copied' ? t('dossier.card.copied') : t('dossier.card.copySummary')}
        </button>
        {canShare && (
          <button type="button" className="btn" onClick={() => void share()}>
            <Icon name="share" />
            {t('dossier.card.shareSummary')}
          </button>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {copy === 'copied' ? t('dossier.card.copied') : ''}
      </p>
      {copy === 'failed' && (
        <p role="alert" className="field-message">
          {t('dossier.card.copyFailed')}
        </p>
      )}
      <details ref={details} className="dossier-text">
        <summary>{t('dossier.card.showSummary')}</summary>
        <textarea readOnly value={text} aria-label={t('dossier.card.summaryLabel')} rows={14} />
      </details>
    </div>
  );
}
