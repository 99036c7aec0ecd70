/**
 * Home's attention list: each open case under the group of its leading action (overdue, today, this
 * week, later). Cases come from the nextDueAt index; a once-a-minute tick regroups them without a reload.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAttentionPage } from '../../db/hooks/attention';
import { useSettings } from '../../db/hooks/settings';
import { useHolidays } from '../../db/hooks/holidays';
import { leadingAction, markFor, nextActions, urgencyOf, visibleActions, type Urgency } from '../../domain/follow-up';
import { useT } from '../../i18n/use-t';
import { AttentionItem, type AttentionEntry } from './attention-item';
import { useNow } from '../../components/use-now';
import { deviceZone } from '../../lib/device-zone';
import { ATTENTION_PAGE } from './use-ready';
import '../../components/rule-panels.css';

const GROUPS: Urgency[] = ['overdue', 'today', 'soon', 'later'];
/** Home stays a short screen (at most 1,500 DOM nodes): "Show more" stops at this many cases. */
export const ATTENTION_MOST = 60;

export function AttentionList() {
  const t = useT();
  const [limit, setLimit] = useState(ATTENTION_PAGE);
  // "Show more" keeps the shorter page on screen until the longer one is read.
  const [shownLimit, setShownLimit] = useState(ATTENTION_PAGE);
  const longer = useAttentionPage(limit);
  const shorter = useAttentionPage(shownLimit);
  const page = longer ?? shorter;
  useEffect(() => {
    if (longer) setShownLimit(limit);
  }, [longer, limit]);
  const settings = useSettings();
  const now = useNow();
  const zone = deviceZone();
  const holidays = useHolidays();

  const entries = useMemo(() => {
    if (!page || !settings) return undefined;
    const out: AttentionEntry[] = [];
    for (const b of page.bundles) {
      const lead = leadingAction(b, settings, now, b.case.timeZone, holidays);
      if (!lead) continue;
      const same = (a: { ruleId: string; eventKey: string }) => a.ruleId === lead.action.ruleId && a.eventKey === lead.action.eventKey;
      const more = visibleActions(nextActions(b, settings, now, b.case.timeZone, holidays), b, now).filter((a) => !same(a)).length;
      // A snooze that has ended says nothing any more: the item shows its own due date again.
      const mark = markFor(b.followUps, lead.action);
      const snoozed = mark?.state === 'snoozed' && (mark.until ?? 0) > now && lead.dueAt !== lead.action.dueAt;
      out.push({ c: b.case, action: lead.action, dueAt: lead.dueAt, urgency: urgencyOf(lead.dueAt, now, zone), snoozed, more });
    }
    return out.sort((a, b) => a.dueAt - b.dueAt);
  }, [page, settings, now, zone, holidays]);

  if (!entries) return null;
  return (
    <section className="attention" aria-labelledby="attention-title">
      <div className="section-title">
        <h2 id="attention-title">{t('attention.title')}</h2>
      </div>
      {entries.length === 0 && <p className="muted">{t('attention.empty')}</p>}
      {GROUPS.map((g) => {
        const inGroup = entries.filter((e) => e.urgency === g);
        if (inGroup.length === 0) return null;
        return (
          <section key={g} className="attention-group" aria-labelledby={`attention-${g}`}>
            <h3 id={`attention-${g}`}>
              {t(`attention.group.${g}`)} <span className="attention-count">({inGroup.length})</span>
            </h3>
            <ul className="list">
              {inGroup.map((e) => (
                <AttentionItem key={e.c.id} entry={e} now={now} timeZone={zone} />
              ))}
            </ul>
          </section>
        );
      })}
      {page?.hasMore &&
        (limit < ATTENTION_MOST ? (
          <button type="button" className="btn btn-block" onClick={() => setLimit((l) => Math.min(l + ATTENTION_PAGE, ATTENTION_MOST))}>
            {t('common.showMore')}
          </button>
        ) : (
          <p className="muted small">{t('attention.capped', { count: entries.length })}</p>
        ))}
    </section>
  );
}
