/** Beside the letter: the rules it relies on, their sources and check dates, and "information, not legal advice". */
import { letterRule, type Letter } from '../../domain/letters';
import { useFormat, useT } from '../../i18n/use-t';

export function LetterSources({ letter }: { letter: Letter }) {
  const t = useT();
  const f = useFormat();
  return (
    <section className="letter-sources" aria-label={t('letters.sources.title')}>
      <h3>{t('letters.sources.title')}</h3>
      {letter.rules.length === 0 ? (
        <p className="small">{t('letters.sources.none')}</p>
      ) : (
        <ul className="small">
          {letter.rules.map((id) => {
            const rule = letterRule(id);
            return (
              <li key={id}>
                <a href={rule.url} target="_blank" rel="noopener noreferrer">
                  {rule.citation}
                </a>{' '}
                <span className="muted">
                  ({t('letters.sources.checked', { date: f.date(rule.checked) })}
                  {rule.status === 'secondary' ? `; ${t('letters.sources.secondary')}` : ''})
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {letter.registeredPost && <p className="small">{t('letters.sources.registered')}</p>}
      <p className="small muted">{t('letters.sources.disclaimer')}</p>
    </section>
  );
}
