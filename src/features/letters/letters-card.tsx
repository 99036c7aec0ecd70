/** The case screen's "Letters" card: the letters this case is offered, those that fit its step first. */
import { useId, useMemo } from 'react';
import { Link } from 'wouter';
import { Icon } from '../../components/icon';
import { useNow } from '../../components/use-now';
import { useRulesBundle } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { lettersFor } from '../../domain/letters';
import { useT } from '../../i18n/use-t';
import { letterLink } from '../../lib/routes';
import './letters.css';

export function LettersCard({ caseId }: { caseId: string }) {
  const t = useT();
  const titleId = useId();
  const bundle = useRulesBundle(caseId);
  const settings = useSettings();
  const now = useNow();
  const offers = useMemo(() => (bundle && settings ? lettersFor(bundle, settings, now, bundle.case.timeZone) : []), [bundle, settings, now]);
  if (!bundle || bundle.case.deletedAt || offers.length === 0) return null;
  return (
    <section className="card letters-card" id="letters" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('letters.card.title')}</h2>
      <p className="muted small">{t('letters.card.intro')}</p>
      <ul className="letter-offers">
        {offers.map((o) => (
          <li key={o.kind} className="letter-offer">
            <Link href={letterLink(caseId, o.kind)} className="letter-offer-link">
              <span className="letter-offer-name">
                <Icon name="mail" />
                {t(`letters.kind.${o.kind}`)}
              </span>
              <span className="letter-offer-tags">
                <span className="letter-tag">{t(`letters.where.${o.jurisdiction}`)}</span>
                {o.recommended && <span className="letter-tag letter-tag-fit">{t('letters.card.recommended')}</span>}
              </span>
              <span className="small muted">{t(`letters.about.${o.kind}`)}</span>
              {o.caution && <span className="small letter-caution">{t(`letters.caution.${o.caution}`)}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
