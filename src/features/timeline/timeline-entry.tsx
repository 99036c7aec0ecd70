/** A charge, status change or file in the case timeline (contacts are in ./timeline-interaction.tsx). */
import { deviceZone } from '../../lib/device-zone';
import type { TimelineEntry } from '../../db/queries/timeline';
import { useFormat, useT } from '../../i18n/use-t';

/** What the timeline puts on each entry's list item: its key, its place in the whole list, focusable by script. */
export interface EntryItemProps {
  'data-key': string;
  tabIndex: -1;
  'aria-posinset'?: number;
  'aria-setsize'?: number;
}

export function TimelineEntryItem({ entry, item }: { entry: Exclude<TimelineEntry, { kind: 'interaction' }>; item: EntryItemProps }) {
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
    when = f.instant(entry.at, deviceZone());
  } else {
    text = t('timeline.evidence', { name: entry.record.name });
    when = f.instant(entry.at, deviceZone());
  }
  return (
    <li className={`tl-item tl-${entry.kind}`} {...item}>
      <div className="tl-when">{when}</div>
      <p className="tl-text">{text}</p>
    </li>
  );
}
