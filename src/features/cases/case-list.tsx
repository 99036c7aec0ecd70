/**
 * Cases: one search box over the normalised index (company, product, agent, reference, summary words)
 * and a status filter over cases sorted by last activity. Both read only the rows they show.
 */
import { useDeferredValue, useState } from 'react';
import { Icon } from '../../components/icon';
import { useCaseList, useSearch } from '../../db/hooks';
import type { CaseFilter } from '../../db/queries';
import { OPEN_STATUSES } from '../../domain/types';
import type { MessageKey } from '../../i18n/messages';
import { useFormat, useT } from '../../i18n/use-t';
import { CaseListItem } from './case-list-item';
import './case-list.css';

const PAGE = 30;
const FILTERS: { value: CaseFilter; label: MessageKey }[] = [
  { value: 'open', label: 'filter.open' },
  ...OPEN_STATUSES.map((st) => ({ value: st, label: `status.${st}` as MessageKey })),
  { value: 'resolved', label: 'filter.resolved' },
  { value: 'closed', label: 'filter.closed' },
  { value: 'all', label: 'filter.all' },
];

function SearchResults({ query }: { query: string }) {
  const t = useT();
  const f = useFormat();
  const hits = useSearch(query, PAGE);
  if (!hits) return null;
  return (
    <>
      <p className="muted small" role="status">
        {hits.length ? t('search.results', { count: hits.length }) : t('search.none', { query })}
      </p>
      <ul className="list">
        {hits.map((h) => (
          <CaseListItem
            key={h.case.id}
            c={h.case}
            extra={h.interaction ? t('search.matchedContact', { date: f.instant(h.interaction.occurredAt, h.interaction.timeZone), text: [h.interaction.agentName, ...h.interaction.references, h.interaction.summary].filter(Boolean).join(' · ').slice(0, 140) }) : undefined}
          />
        ))}
      </ul>
    </>
  );
}

function FilteredList({ filter }: { filter: CaseFilter }) {
  const t = useT();
  const [limit, setLimit] = useState(PAGE);
  const list = useCaseList(filter, limit + 1);
  if (!list) return null;
  return (
    <>
      {list.length === 0 && <p className="empty">{t('cases.empty')}</p>}
      <ul className="list">
        {list.slice(0, limit).map((c) => (
          <CaseListItem key={c.id} c={c} />
        ))}
      </ul>
      {list.length > limit && (
        <button type="button" className="btn btn-block" onClick={() => setLimit((l) => l + PAGE)}>
          {t('cases.more')}
        </button>
      )}
    </>
  );
}

export function CaseList() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<CaseFilter>('open');
  const deferred = useDeferredValue(query.trim());
  return (
    <>
      <h1>{t('cases.title')}</h1>
      <div className="search-box" role="search">
        <label htmlFor="case-search" className="visually-hidden">
          {t('search.label')}
        </label>
        <Icon name="search" />
        <input id="case-search" type="search" value={query} placeholder={t('search.placeholder')} autoComplete="off" enterKeyHint="search" onChange={(e) => setQuery(e.target.value)} />
      </div>
      {deferred ? (
        <SearchResults query={deferred} />
      ) : (
        <>
          <div className="chips filter-chips" role="group" aria-label={t('filter.label')}>
            {FILTERS.map((fl) => (
              <button key={fl.value} type="button" className="chip" aria-pressed={filter === fl.value} onClick={() => setFilter(fl.value)}>
                {t(fl.label)}
              </button>
            ))}
          </div>
          <p className="muted small">{t('cases.sorted')}</p>
          <FilteredList key={filter} filter={filter} />
        </>
      )}
    </>
  );
}
