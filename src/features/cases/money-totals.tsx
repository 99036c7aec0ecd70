/** Disputed, refunded and outstanding amounts, one row per currency. */
import { totalsByCurrency } from '../../domain/money';
import type { Money } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';

export function MoneyTotals({ disputed, refunded }: { disputed: Money[]; refunded: Money[] }) {
  const t = useT();
  const f = useFormat();
  const rows = totalsByCurrency(disputed, refunded);
  if (rows.length === 0) return null;
  return (
    <div className="money-totals">
      {rows.map((r) => (
        <dl className="stat-grid" key={r.currency}>
          <div className="stat">
            <dt className="stat-label">{t('totals.disputed')}</dt>
            <dd className="stat-value">{f.money({ minor: r.disputed, currency: r.currency })}</dd>
          </div>
          <div className="stat">
            <dt className="stat-label">{t('totals.refunded')}</dt>
            <dd className="stat-value">{f.money({ minor: r.refunded, currency: r.currency })}</dd>
          </div>
          <div className="stat">
            <dt className="stat-label">{t('totals.outstanding')}</dt>
            <dd className="stat-value">{f.money({ minor: r.outstanding, currency: r.currency })}</dd>
          </div>
        </dl>
      ))}
    </div>
  );
}
