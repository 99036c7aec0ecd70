/** Home: the big "log" button, what to do next (given by the caller), recent cases and the totals. */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Icon } from '../../components/icon';
import { useCaseList, useTotals } from '../../db/hooks/cases';
import { useT } from '../../i18n/use-t';
import { CaseListItem } from './case-list-item';
import { MoneyTotals } from './money-totals';

interface Props {
  /** The list of what to do next, shown right under the log button. */
  attention?: ReactNode;
  /** More quick actions beside the log button (start a call). */
  actions?: ReactNode;
}

export function HomeOverview({ attention, actions }: Props = {}) {
  const t = useT();
  const recent = useCaseList('all', 5);
  const totals = useTotals();
  return (
    <>
      <div className="page-header">
        <h1>{t('home.title')}</h1>
      </div>
      <div className="home-actions">
        <Link href="/log" className="btn btn-primary btn-big">
          <Icon name="chat" />
          {t('home.logInteraction')}
        </Link>
        {actions}
      </div>
      {attention}
      <div className="section-title">
        <h2>{t('home.recent')}</h2>
      </div>
      {recent && recent.length === 0 && (
        <div className="card empty">
          <p>{t('home.empty')}</p>
          <Link href="/cases/new" className="btn btn-primary">
            {t('home.startCase')}
          </Link>
        </div>
      )}
      <ul className="list">{recent?.map((c) => <CaseListItem key={c.id} c={c} />)}</ul>
      {totals && totals.cases > 0 && (
        <section className="card" aria-labelledby="totals-title">
          <h2 id="totals-title">{t('home.totals')}</h2>
          <MoneyTotals disputed={totals.disputed} refunded={totals.refunded} />
        </section>
      )}
    </>
  );
}
