import { caseLink } from '../../lib/routes';
import { Link } from 'wouter';
import type { CaseRecord } from '../../domain/types';
import { useFormat } from '../../i18n/use-t';
import { StatusBadge } from './status-badge';

/** `itemKey` marks the item for a windowed list that moves focus to it (see ./window-focus.ts). */
export function CaseListItem({ c, extra, itemKey }: { c: CaseRecord; extra?: string; itemKey?: string }) {
  const f = useFormat();
  return (
    <li data-key={itemKey}>
      <Link href={caseLink(c.id)} className="list-item">
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
