/** The case screen's "Escalate" card: the PDF dossier and the escalation summary, in English or French. */
import { useEffect, useId, useMemo, useReducer, useState } from 'react';
import { useCaseBundle } from '../../db/hooks/cases';
import { buildEscalationSummary } from '../../export/summary/escalation-summary';
import type { Lang } from '../../i18n/messages';
import { isLanguageLoaded, loadLanguage, translate } from '../../i18n/translate';
import { useFormat, useT } from '../../i18n/use-t';
import { LanguageChoice } from './language-choice';
import { PdfExport } from './pdf-export';
import { SummaryActions } from './summary-actions';
import './dossier.css';

export function DossierCard({ caseId }: { caseId: string }) {
  const t = useT();
  const titleId = useId();
  const appLang = useFormat().lang;
  const [choice, setChoice] = useState<Lang>(appLang);
  // The other language's messages are a chunk of their own: fetched when the card shows, and the
  // summary and PDF switch to the chosen language once its messages are in.
  const [, messagesArrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    void loadLanguage(appLang === 'en' ? 'fr' : 'en').then(messagesArrived, () => undefined);
  }, [appLang]);
  const lang = isLanguageLoaded(choice) ? choice : appLang;
  const bundle = useCaseBundle(caseId);
  // `now` decides which promises count as missed; the summary is rebuilt whenever the case changes.
  const summary = useMemo(() => (bundle ? buildEscalationSummary(bundle, { lang, now: Date.now() }) : ''), [bundle, lang]);
  if (!bundle || bundle.case.deletedAt) return null;
  const c = bundle.case;
  return (
    <section className="card dossier-card" id="dossier" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('dossier.card.title')}</h2>
      <p className="muted small">{t('dossier.card.intro')}</p>
      <LanguageChoice value={choice} onChange={setChoice} />
      <PdfExport key={lang} caseId={caseId} company={c.company} lang={lang} />
      <SummaryActions text={summary} subject={translate(lang, 'dossier.summary.subject', { company: c.company, product: c.product || '—' })} />
    </section>
  );
}
