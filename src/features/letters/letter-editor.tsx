/**
 * One letter, built from the case, for the person to review, edit and send. The text is built once
 * from the case as it was when the screen opened (so recording it as sent does not rewrite it), and
 * each language keeps its own edits; "Start again from the case" rebuilds it from the case as it is.
 */
import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { Field } from '../../components/field';
import { Icon } from '../../components/icon';
import { useCaseBundle } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import type { CaseBundle } from '../../domain/case-bundle';
import { isoDateOf } from '../../domain/dates';
import { buildLetter, LETTER_KINDS, lettersFor, regionOf, type LetterKind, type LetterLang } from '../../domain/letters';
import { useFormat, useT } from '../../i18n/use-t';
import { deviceZone } from '../../lib/device-zone';
import { caseLink } from '../../lib/routes';
import { BlanksNotice } from './blanks-notice';
import { LetterActions } from './letter-actions';
import { LetterSources } from './letter-sources';
import { SendForm } from './send-form';
import { letterFileName } from './file-name';
import './letters.css';

const isKind = (k: string): k is LetterKind => (LETTER_KINDS as readonly string[]).includes(k);

interface Text {
  subject: string;
  body: string;
}

export function LetterEditor({ caseId, kind }: { caseId: string; kind: string }) {
  const t = useT();
  const appLang = useFormat().lang;
  const titleId = useId();
  const live = useCaseBundle(caseId);
  const settings = useSettings();
  const [snapshot, setSnapshot] = useState<{ bundle: CaseBundle; now: number }>();
  const [chosen, setChosen] = useState<LetterLang>(appLang);
  const [edits, setEdits] = useState<ReadonlyMap<LetterLang, Text>>(new Map());
  if (live && !snapshot) setSnapshot({ bundle: live, now: Date.now() });
  const zone = deviceZone();

  const offer = useMemo(() => {
    if (!snapshot || !settings || !isKind(kind)) return undefined;
    return lettersFor(snapshot.bundle, settings, snapshot.now, zone).find((o) => o.kind === kind);
  }, [snapshot, settings, kind, zone]);
  const lang = offer && !offer.langs.includes(chosen) ? offer.langs[0]! : chosen;
  const letter = useMemo(
    () => (snapshot && settings && offer ? buildLetter(offer.kind, lang, snapshot.bundle, settings, { now: snapshot.now, timeZone: zone }) : undefined),
    [snapshot, settings, offer, lang, zone],
  );

  if (live === undefined || !settings) return null;
  if (live === null || live.case.deletedAt || !snapshot || !offer || !letter) {
    return (
      <section className="card">
        <p>{t('letters.page.notFound')}</p>
        <Link href={caseLink(caseId)}>{t('letters.page.back')}</Link>
      </section>
    );
  }
  const text = edits.get(lang) ?? { subject: letter.subject, body: letter.body };
  const edited = edits.has(lang);
  const edit = (next: Partial<Text>) => setEdits(new Map(edits).set(lang, { ...text, ...next }));
  const blanksLeft = letter.blanks.filter((b) => text.body.includes(b.marker) || text.subject.includes(b.marker));
  const region = regionOf(snapshot.bundle, settings);
  const fileName = letterFileName(lang, snapshot.bundle.case.company, isoDateOf(snapshot.now, zone));

  return (
    <article className="letter-page" aria-labelledby={titleId}>
      <Link href={caseLink(caseId)} className="letter-back">
        <Icon name="back" />
        {t('letters.page.back')}
      </Link>
      <header className="letter-head">
        <h1 id={titleId}>{t(`letters.kind.${offer.kind}`)}</h1>
        <p className="muted">
          {snapshot.bundle.case.company} · {t(`letters.where.${offer.jurisdiction}`)}
        </p>
        <p className="small">{t(`letters.about.${offer.kind}`)}</p>
        {offer.caution && <p className="small letter-caution">{t(`letters.caution.${offer.caution}`)}</p>}
      </header>
      {offer.langs.length > 1 && (
        <fieldset className="chip-fieldset">
          <legend>{t('letters.editor.language')}</legend>
          <div className="chips">
            {offer.langs.map((l) => (
              <label key={l} className="chip" lang={l}>
                <input type="radio" name="letter-lang" value={l} checked={lang === l} onChange={() => setChosen(l)} />
                {l === 'en' ? 'English' : 'Français'}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <BlanksNotice blanks={blanksLeft} />
      <section className="card letter-text">
        <Field label={t('letters.editor.subject')}>
          <input type="text" lang={lang} value={text.subject} onChange={(e) => edit({ subject: e.target.value })} />
        </Field>
        <Field label={t('letters.editor.body')} hint={t('letters.editor.bodyHint')}>
          <textarea lang={lang} rows={18} value={text.body} spellCheck onChange={(e) => edit({ body: e.target.value })} />
        </Field>
        {edited && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setEdits(new Map());
              if (live) setSnapshot({ bundle: live, now: Date.now() });
            }}
          >
            {t('letters.editor.reset')}
          </button>
        )}
      </section>
      <section className="card">
        <LetterSources letter={letter} />
      </section>
      <section className="card">
        <LetterActions subject={text.subject} body={text.body} lang={lang} region={region} fileName={fileName} />
      </section>
      <section className="card">
        <SendForm caseId={caseId} letter={letter} region={region} subject={text.subject} body={text.body} blanksLeft={blanksLeft.length} />
      </section>
      <div className="letter-print" aria-hidden="true" lang={lang}>
        {text.body}
      </div>
    </article>
  );
}
