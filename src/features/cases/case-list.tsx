/**
 * Cases: one search box over the normalised index (company, product, agent, reference, summary words)
 * and a status filter over cases sorted by last activity. Both read only the rows they show, and the
 * filtered list keeps at most CASES_MAX cases on screen however far it is paged.
 */
import { useDeferredValue, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Icon } from '../../components/icon';
import { caseKey, caseAnchorAbove } from '../../db/queries/case-list';
import { useCaseListWindow } from '../../db/hooks/case-list';
import { useSearch } from '../../db/hooks/search';
import type { CaseFilter } from '../../db/queries/cases';
import { OPEN_STATUSES } from '../../domain/types';
import type { MessageKey } from '../../i18n/messages';
import { useFormat, useT } from '../../i18n/use-t';
import { CaseListItem } from './case-list-item';
import { CASES_PAGE, firstCases, newerCases, olderCases } from './case-list-window';
import { firstBelow, useWindowFocus } from '../../components/use-window-focus';
import './case-list.css';

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
  const hits = useSearch(query, CASES_PAGE);
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

/** One filter's cases, a window of at most CASES_MAX that the buttons move. */
function FilteredList({ filter }: { filter: CaseFilter }) {
  const t = useT();
  const [request, setRequest] = useState(() => firstCases(filter));
  const shown = useCaseListWindow(request);
  const list = useRef<HTMLUListElement>(null);
  const keyed = useMemo(() => shown && { request: shown.request, keys: shown.cases.map((c) => c.id) }, [shown]);
  const { go, listProps } = useWindowFocus(list, keyed, setRequest);
  if (!shown) return null;
  const { cases } = shown;
  const topOf = (e: MouseEvent<HTMLElement>) => e.currentTarget.getBoundingClientRect().top;

  function older(e: MouseEvent<HTMLElement>) {
    const before = new Set(cases.map((c) => c.id));
    const last = cases.at(-1)!.id;
    go({ request: olderCases(request, cases), target: (keys) => firstBelow(keys, last, before), top: topOf(e) });
  }

  async function newer(e: MouseEvent<HTMLElement>) {
    const top = topOf(e);
    const anchor = cases[0] ? await caseAnchorAbove(filter, caseKey(cases[0]), CASES_PAGE) : ({ from: 'top' } as const);
    go({ request: newerCases(filter, anchor, cases), target: (keys) => keys[0], top });
  }

  return (
    <>
      {cases.length === 0 && !shown.hasNewer && <p className="empty">{t('cases.empty')}</p>}
      {shown.hasNewer && (
        <div className="btn-row list-nav">
          <button type="button" className="btn" onClick={(e) => void newer(e)}>
            {t('cases.newer')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={(e) => go({ request: firstCases(filter), target: (keys) => keys[0], top: topOf(e) })}>
            {t('cases.top')}
          </button>
        </div>
      )}
      <ul className="list" ref={list} aria-busy={shown.request !== request} {...listProps}>
        {cases.map((c) => (
          <CaseListItem key={c.id} c={c} itemKey={c.id} />
        ))}
      </ul>
      {shown.hasOlder && cases.length > 0 && (
        <button type="button" className="btn btn-block" onClick={older}>
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
