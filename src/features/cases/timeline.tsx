/** One dated list of everything on a case: contacts, charges, status changes, evidence. Paged, newest first. */
import { useState } from 'react';
import { useTimeline } from '../../db/hooks';
import type { TimelineEntry } from '../../db/queries';
import { useFormat, useT } from '../../i18n/use-t';
import { TimelineInteraction } from './timeline-interaction';
import './timeline.css';

export const TIMELINE_PAGE = 30;

function OtherEntry({ entry }: { entry: Exclude<TimelineEntry, { kind: 'interaction' }> }) {
  const t = useT();
  const f = useFormat();
  let text: string;
  let when: string;
  if (entry.kind === 'charge') {
    const r = entry.record;
    text = t('timeline.charge', { amount: f.money(r.amount), date: f.date(r.chargedOn) });
    if (r.statementOn) text += ` (${t('timeline.statement', { date: f.date(r.statementOn) })})`;
    if (r.description) text += ` · ${r.description}`;
    when = f.date(r.chargedOn);
  } else if (entry.kind === 'status') {
    text = entry.record.from === null ? t('timeline.statusFirst') : t('timeline.status', { to: t(`status.${entry.record.to}`) });
    when = f.instant(entry.at, Intl.DateTimeFormat().resolvedOptions().timeZone);
  } else {
    text = t('timeline.evidence', { name: entry.record.name });
    when = f.instant(entry.at, Intl.DateTimeFormat().resolvedOptions().timeZone);
  }
  return (
    <li className={`tl-item tl-${entry.kind}`}>
      <div className="tl-when">{when}</div>
      <p className="tl-text">{text}</p>
    </li>
  );
}

export function Timeline({ caseId }: { caseId: string }) {
  const t = useT();
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const page = useTimeline(caseId, limit);
  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      {page && page.entries.every((e) => e.kind !== 'interaction') && <p className="muted">{t('case.timelineEmpty')}</p>}
      <ol className="tl">
        {page?.entries.map((e) =>
          e.kind === 'interaction' ? <TimelineInteraction key={`i-${e.record.id}`} i={e.record} /> : <OtherEntry key={`${e.kind}-${e.record.id}`} entry={e} />,
        )}
      </ol>
      {page?.hasMore && (
        <button type="button" className="btn btn-block" onClick={() => setLimit((l) => l + TIMELINE_PAGE * 2)}>
          {t('timeline.more')}
        </button>
      )}
    </section>
  );
}
