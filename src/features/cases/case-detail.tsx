import { useCase } from '../../db/hooks';
import { useT } from '../../i18n/use-t';
import { MoneyTotals } from './money-totals';
import { StatusBadge } from './status-badge';

export function CaseDetail({ id }: { id: string }) {
  const t = useT();
  const c = useCase(id);
  if (c === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (c === null || c.deletedAt) return <p className="empty">{t('case.notFound')}</p>;
  return (
    <>
      <div className="page-header">
        <h1>{c.company}</h1>
        <StatusBadge status={c.status} />
      </div>
      <section className="card">
        <MoneyTotals disputed={c.disputed} refunded={c.refunded} />
      </section>
    </>
  );
}
