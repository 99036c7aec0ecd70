/**
 * One dated list of everything on a case: contacts, charges, status changes, evidence, newest first.
 * It shows a window of at most TIMELINE_MAX contacts that "Show older" / "Show newer" move: the
 * page stays light however long the case, the panels after the timeline stay one swipe away on a
 * phone, and each move is a button that keyboard and screen-reader users reach like everyone else.
 * Each entry says its place in the whole list (aria-posinset / aria-setsize), and
 * `#interaction-<id>` in the address opens the window at that contact.
 */
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTimelinePosition, useTimelineWindow } from '../../db/hooks/timeline';
import { anchorAbove, contactKey, contactPlace, entryKey, type TimelineEntry, type TimelinePosition, type TimelineRequest } from '../../db/queries/timeline';
import { useFormat, useT } from '../../i18n/use-t';
import { TimelineEntryItem, type EntryItemProps } from './timeline-entry';
import { TimelineInteraction } from './timeline-interaction';
import { contactsOf, FIRST_WINDOW, jumpRequest, newerRequest, olderRequest, TIMELINE_PAGE, TIMELINE_STEP } from './timeline-window';
import { firstBelow, useWindowFocus, type WindowMove } from '../../components/use-window-focus';
import './timeline.css';

const CONTACT_HASH = /^#interaction-([\w-]+)$/;
const topOf = (e: MouseEvent<HTMLElement>) => e.currentTarget.getBoundingClientRect().top;

function itemProps(e: TimelineEntry, index: number, position: TimelinePosition | undefined): EntryItemProps {
  const item: EntryItemProps = { 'data-key': entryKey(e), tabIndex: -1 };
  if (position) {
    item['aria-posinset'] = position.before + index + 1;
    item['aria-setsize'] = position.total;
  }
  return item;
}

/** Follows `#interaction-<id>` links (on arrival and on hash changes) to that contact. */
function useContactHash(caseId: string, go: (move: WindowMove<TimelineRequest>) => void) {
  const goRef = useRef(go);
  goRef.current = go;
  useEffect(() => {
    let live = true;
    const follow = async () => {
      const id = CONTACT_HASH.exec(window.location.hash)?.[1];
      const key = id ? await contactPlace(caseId, id) : null;
      if (!live || !key) return;
      const request: TimelineRequest = { anchor: { from: 'key', key }, count: TIMELINE_PAGE };
      goRef.current({ request, target: () => `interaction-${id}`, top: null });
    };
    void follow();
    window.addEventListener('hashchange', follow);
    return () => {
      live = false;
      window.removeEventListener('hashchange', follow);
    };
  }, [caseId]);
}

export function Timeline({ caseId }: { caseId: string }) {
  const t = useT();
  const f = useFormat();
  const [request, setRequest] = useState<TimelineRequest>(FIRST_WINDOW);
  const shown = useTimelineWindow(caseId, request);
  const read = useTimelinePosition(caseId, shown?.entries[0]);
  // Until the position of a moved window is read, no place is better than the old window's.
  const position = read && shown?.entries[0] && read.first === entryKey(shown.entries[0]) ? read : undefined;
  const list = useRef<HTMLOListElement>(null);
  const keyed = useMemo(() => shown && { request: shown.request, keys: shown.entries.map(entryKey) }, [shown]);
  const { go, listProps } = useWindowFocus(list, keyed, setRequest);
  useContactHash(caseId, go);

  const entries = shown?.entries ?? [];
  const contacts = contactsOf(entries);
  const partial = !!shown && (shown.hasNewer || shown.hasOlder);

  function older(e: MouseEvent<HTMLElement>) {
    const last = entries.at(-1);
    if (!last) return;
    const before = new Set(entries.map(entryKey));
    go({ request: olderRequest(request, contacts), target: (next) => firstBelow(next, entryKey(last), before), top: topOf(e) });
  }

  async function newer(e: MouseEvent<HTMLElement>) {
    const top = topOf(e);
    const first = contacts[0];
    const anchor = first ? await anchorAbove(caseId, contactKey(first), TIMELINE_STEP) : ({ from: 'newest' } as const);
    go({ request: newerRequest(anchor, contacts), target: (next) => next[0], top });
  }

  function jump(from: 'newest' | 'oldest', e: MouseEvent<HTMLElement>) {
    go({ request: jumpRequest(from), target: (next) => next[0], top: topOf(e) });
  }

  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      {shown && entries.every((e) => e.kind !== 'interaction') && !partial && <p className="muted">{t('case.timelineEmpty')}</p>}
      <p className="muted small tl-range" role="status">
        {partial && position && entries.length > 0
          ? t('timeline.range', { from: f.number(position.before + 1), to: f.number(Math.min(position.total, position.before + entries.length)), total: f.number(position.total) })
          : ''}
      </p>
      {shown?.hasNewer && (
        <div className="btn-row tl-nav">
          <button type="button" className="btn" onClick={(e) => void newer(e)}>
            {t('timeline.newer')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={(e) => jump('newest', e)}>
            {t('timeline.newest')}
          </button>
        </div>
      )}
      <ol className="tl" ref={list} aria-labelledby="timeline-title" aria-busy={!!shown && shown.request !== request} {...listProps}>
        {entries.map((e, index) =>
          e.kind === 'interaction' ? (
            <TimelineInteraction key={entryKey(e)} i={e.record} item={itemProps(e, index, position)} />
          ) : (
            <TimelineEntryItem key={entryKey(e)} entry={e} item={itemProps(e, index, position)} />
          ),
        )}
      </ol>
      {shown?.hasOlder && (
        <div className="btn-row tl-nav">
          <button type="button" className="btn" onClick={older}>
            {t('timeline.more')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={(e) => jump('oldest', e)}>
            {t('timeline.oldest')}
          </button>
        </div>
      )}
    </section>
  );
}
