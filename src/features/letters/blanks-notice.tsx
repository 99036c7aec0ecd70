/** The facts the case does not hold, still marked in the letter: listed so none goes out unfilled. */
import type { Blank } from '../../domain/letters';
import { useT } from '../../i18n/use-t';

export function BlanksNotice({ blanks }: { blanks: Blank[] }) {
  const t = useT();
  if (blanks.length === 0) return <p className="small letter-complete">{t('letters.blanks.none')}</p>;
  return (
    <section className="letter-blanks" aria-live="polite">
      <h2>{t('letters.blanks.title', { count: blanks.length })}</h2>
      <p className="small">{t('letters.blanks.intro')}</p>
      <ul className="small">
        {blanks.map((b) => (
          <li key={b.field}>
            <code>{b.marker}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
