/** Copy, share, print, PDF and an email draft of the letter as the person left it. */
import { useEffect, useState } from 'react';
import { Field } from '../../components/field';
import { Icon } from '../../components/icon';
import type { Region } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { isPlainAddress, mailtoUrl } from '../../lib/mailto';
import { downloadFile } from '../../components/download-file';
import { canShareFile, shareFile } from './deliver';

interface Props {
  subject: string;
  body: string;
  lang: 'en' | 'fr';
  region: Region;
  fileName: string;
}

type Pdf = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: File; shareReady: boolean } | { kind: 'failed' };

export function LetterActions({ subject, body, lang, region, fileName }: Props) {
  const t = useT();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [pdf, setPdf] = useState<Pdf>({ kind: 'idle' });
  const [to, setTo] = useState('');
  // An edited letter is no longer the one copied or turned into a PDF.
  useEffect(() => {
    setCopy('idle');
    setPdf({ kind: 'idle' });
  }, [subject, body, lang]);

  const text = `${subject}\n\n${body}`;
  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  const canShare = typeof navigator.share === 'function';
  const share = () => navigator.share({ title: subject, text: body }).catch(() => undefined);
  const makePdf = async () => {
    setPdf({ kind: 'working' });
    try {
      const { makeLetterPdf } = await import('../../export/pdf/make-letter');
      const file = await makeLetterPdf({ subject, body, lang, region }, fileName);
      if (canShareFile(file) && window.matchMedia?.('(pointer: coarse)').matches) {
        const shared = await shareFile(file, subject);
        setPdf({ kind: 'done', file, shareReady: shared === 'share-ready' });
      } else {
        downloadFile(file);
        setPdf({ kind: 'done', file, shareReady: false });
      }
    } catch (error) {
      console.error('Letter PDF failed', error);
      setPdf({ kind: 'failed' });
    }
  };
  const badAddress = to.trim() !== '' && !isPlainAddress(to);

  return (
    <section className="letter-actions" aria-label={t('letters.actions.title')}>
      <h3>{t('letters.actions.title')}</h3>
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => void copyText()}>
          <Icon name={copy === 'copied' ? 'check' : 'copy'} />
          {copy === 'copied' ? t('letters.actions.copied') : t('letters.actions.copy')}
        </button>
        {canShare && (
          <button type="button" className="btn" onClick={() => void share()}>
            <Icon name="share" />
            {t('letters.actions.share')}
          </button>
        )}
        <button type="button" className="btn" onClick={() => window.print()}>
          <Icon name="file" />
          {t('letters.actions.print')}
        </button>
        <button type="button" className="btn" aria-disabled={pdf.kind === 'working'} onClick={() => pdf.kind !== 'working' && void makePdf()}>
          <Icon name="download" />
          {t('letters.actions.pdf')}
        </button>
      </div>
      <div role="status" className="small">
        {copy === 'copied' && <span className="visually-hidden">{t('letters.actions.copied')}</span>}
        {pdf.kind === 'working' && t('letters.actions.pdfWorking')}
        {pdf.kind === 'done' && (pdf.shareReady ? t('letters.actions.pdfShareReady') : t('letters.actions.pdfReady', { name: pdf.file.name }))}
      </div>
      {copy === 'failed' && (
        <p role="alert" className="field-message">
          {t('letters.actions.copyFailed')}
        </p>
      )}
      {pdf.kind === 'failed' && (
        <p role="alert" className="field-message">
          {t('letters.actions.pdfFailed')}
        </p>
      )}
      {pdf.kind === 'done' && pdf.shareReady && (
        <div className="btn-row">
          <button type="button" className="btn" onClick={() => void shareFile(pdf.file, subject)}>
            <Icon name="share" />
            {t('letters.actions.share')}
          </button>
          <button type="button" className="btn" onClick={() => downloadFile(pdf.file)}>
            <Icon name="download" />
            {t('letters.actions.pdf')}
          </button>
        </div>
      )}
      <Field label={t('letters.actions.emailTo')} hint={t('letters.actions.emailToHint')} error={badAddress ? t('letters.actions.emailToInvalid') : undefined}>
        <input type="email" inputMode="email" autoComplete="off" value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <a className="btn" href={mailtoUrl(badAddress ? '' : to, subject, body)}>
        <Icon name="mail" />
        {t('letters.actions.email')}
      </a>
    </section>
  );
}
