/** A case's follow-ups and deadlines as an .ics file: one all-day event each, with reminders. */
import type { CaseBundle } from '../../domain/case-bundle';
import { isoDateOf } from '../../domain/dates';
import type { RuleSettings } from '../../domain/follow-up';
import type { Instant } from '../../domain/types';
import type { Lang, MessageKey } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import { buildCalendar, type CalendarEvent } from './calendar';
import { wordOutlook } from './outlook';

export interface CaseCalendarOptions {
  lang: Lang;
  now: Instant;
  timeZone: string;
  /** The app's origin, for a link from each event back to the case. */
  appUrl?: string;
}

/** 09:00 on the day, and 09:00 three days before (start of an all-day event is local midnight). */
const ON_THE_DAY = 'PT9H';
const THREE_DAYS_BEFORE = '-P2DT15H';

export function caseCalendarEvents(bundle: CaseBundle, settings: RuleSettings, o: CaseCalendarOptions): CalendarEvent[] {
  const t = (key: string, values?: Record<string, string | number>) => translate(o.lang, key as MessageKey, values);
  const c = bundle.case;
  const link = (action: string) => (o.appUrl ? `${o.appUrl.replace(/\/$/, '')}/cases/${encodeURIComponent(c.id)}?action=${action}` : undefined);
  const today = isoDateOf(o.now, o.timeZone);
  const outlook = wordOutlook(bundle, settings, o.lang, o.now, o.timeZone);
  const steps = outlook.steps.map((s): CalendarEvent => {
    const refs = s.action.refs.length ? t('ics.refs', { refs: s.action.refs.join(', ') }) : '';
    const url = link(s.action.target);
    return {
      uid: `${c.id}.${s.action.ruleId}.${s.action.eventKey}@refund-tracker`,
      // Something already overdue goes on today, where a calendar will still show it.
      date: s.date < today ? today : s.date,
      summary: t('ics.stepSummary', { company: c.company, title: s.title }),
      description: [s.why, refs].filter(Boolean).join('\n'),
      ...(url ? { url } : {}),
      categories: [t('ics.category')],
      alarms: [{ trigger: ON_THE_DAY, description: t('ics.stepSummary', { company: c.company, title: s.title }) }],
    };
  });
  const deadlines = outlook.deadlines
    .filter((d) => d.date >= today)
    .map((d): CalendarEvent => {
      const summary = t(d.deadline.kind === 'closes' ? 'ics.deadlineCloses' : 'ics.deadlineOpens', { company: c.company, title: d.title });
      const url = link('deadlines');
      return {
        uid: `${c.id}.deadline.${d.deadline.id}@refund-tracker`,
        date: d.date,
        summary,
        description: [d.note, t('deadline.sourceChecked', { source: d.source, month: d.checked })].join('\n'),
        ...(url ? { url } : {}),
        categories: [t('ics.category')],
        alarms:
          d.deadline.kind === 'closes'
            ? [
                { trigger: THREE_DAYS_BEFORE, description: summary },
                { trigger: ON_THE_DAY, description: summary },
              ]
            : [{ trigger: ON_THE_DAY, description: summary }],
      };
    });
  return [...steps, ...deadlines];
}

export function caseCalendar(bundle: CaseBundle, settings: RuleSettings, o: CaseCalendarOptions): string {
  return buildCalendar(caseCalendarEvents(bundle, settings, o), { name: translate(o.lang, 'ics.calendarName', { company: bundle.case.company }), now: o.now });
}

/** A file name such as "refund-netflix-2026-11-22.ics". */
export function calendarFileName(company: string, now: Instant, timeZone: string): string {
  const slug = company.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'case';
  return `refund-${slug}-${isoDateOf(now, timeZone)}.ics`;
}
