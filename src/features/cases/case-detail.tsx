/** The case screen: who, what, how much, what to do, and everything that happened. */
import { logLink, ROUTES } from '../../lib/routes';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { Icon } from '../../components/icon';
import { useCase } from '../../db/hooks/cases';
import { useT } from '../../i18n/use-t';
import { CaseActions } from './case-actions';
import { CaseFacts } from './case-facts';
import { MoneyTotals } from './money-totals';
import { StatusBadge } from './status-badge';
import './case-detail.css';

interface Props {
  id: string;
  /** Panels shown right under the header (next steps). */
  top?: ReactNode;
  /** Panels shown beside the timeline on wide screens, after it on phones (evidence, dossier). */
  side?: ReactNode;
  /** Extra primary actions next to "Log a contact" (start a call). */
  actions?: ReactNode;
  /** Everything that happened, under the money card. */
  timeline?: ReactNode;
}

export function CaseDetail({ id, top, side, actions, timeline }: Props) {
  const t = useT();
  const c = useCase(id);
  if (c === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (c === null || c.deletedAt) return <p className="empty">{t('case.notFound')}</p>;
  return (
    <div className="case-detail">
      <header className="case-header">
        <Link href={ROUTES.cases} className="btn btn-ghost btn-small case-back">
          <Icon name="back" size={18} />
          {t('nav.cases')}
        </Link>
        <div className="page-header">
          <div>
            <h1>{c.company}</h1>
            {c.product && <p className="muted case-product">{c.product}</p>}
          </div>
          <StatusBadge status={c.status} />
        </div>
        <div className="btn-row case-primary">
          <Link href={logLink(c.id)} className="btn btn-primary">
            <Icon name="chat" />
            {t('case.logContact')}
          </Link>
          {actions}
        </div>
      </header>
      {top}
      <div className="two-columns">
        <div>
          <section className="card" aria-labelledby="money-title">
            <h2 id="money-title">{t('case.money')}</h2>
            {c.disputed.length === 0 && c.refunded.length === 0 ? <p className="muted">{t('case.noCharges')}</p> : <MoneyTotals disputed={c.disputed} refunded={c.refunded} />}
          </section>
          {timeline}
        </div>
        <div>
          <section className="card" aria-labelledby="facts-title">
            <h2 id="facts-title">{t('case.facts')}</h2>
            <CaseFacts c={c} />
            <CaseActions c={c} />
          </section>
          {side}
        </div>
      </div>
    </div>
  );
}
