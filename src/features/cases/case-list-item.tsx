import { Link } from 'wouter';
import type { CaseRecord } from '../../domain/types';
import { useFormat } from '../../i18n/use-t';
import { StatusBadge } from './status-badge';

export function CaseListItem({ c, extra }: { c: CaseRecord; extra?: string }) {
  const f = useFormat();
  return (
    <li>
      <Link href={`/cases/${c.id}`} className="list-item">
        <div className="list-item-top">
          <span className="list-item-title">{c.company}</span>
          <StatusBadge status={c.status} />
        </div>
        <div className="list-item-meta">
          {[c.product, c.disputed.map((m) => f.money(m)).join(' + '), f.instant(c.lastActivityAt, c.timeZone)].filter(Boolean).join(' · ')}
        </div>
        {extra && <div className="list-item-meta">{extra}</div>}
      </Link>
    </li>
  );
}
