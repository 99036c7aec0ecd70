/** One case in the attention list: what to do, why, by when; opens the case at that action. */
import { caseLink } from '../../lib/routes';
import { Link } from 'wouter';
import { isoDateOf } from '../../domain/dates';
import type { CaseRecord, Instant } from '../../domain/types';
import type { NextAction, Urgency } from '../../domain/follow-up';
import { useFormat, useT } from '../../i18n/use-t';
import { ActionControls } from './action-controls';
import { dueText, useWord } from '../../components/rule-wording';

export interface AttentionEntry {
  c: CaseRecord;
  action: NextAction;
  /** When it needs attention, a snooze counted in. */
  dueAt: Instant;
  urgency: Urgency;
  snoozed: boolean;
  /** Other pending actions on the same case. */
  more: number;
}

export function AttentionItem({ entry, now, timeZone }: { entry: AttentionEntry; now: Instant; timeZone: string }) {
  const t = useT();
  const f = useFormat();
  const word = useWord();
  const { c, action } = entry;
  const title = word(action.title);
  const when = entry.snoozed ? t('snooze.toast', { date: f.date(isoDateOf(entry.dueAt, timeZone)) }) : dueText(t, f, entry.dueAt, now, timeZone);
  return (
    <li className={`attention-item attention-${entry.urgency}`}>
      <Link href={caseLink(c.id, { action: action.target })} className="attention-link">
        <span className="list-item-top">
          <span className="list-item-title">{c.company}</span>
          <span className={`badge badge-urgency-${entry.urgency}`}>{t(`attention.group.${entry.urgency}`)}</span>
        </span>
        <span className="attention-action">{title}</span>
        <span className="list-item-meta">{word(action.reason)}</span>
        <span className="list-item-meta">{[when, entry.more > 0 ? t('attention.more', { count: entry.more }) : ''].filter(Boolean).join(' · ')}</span>
      </Link>
      <ActionControls caseId={c.id} action={action} title={`${c.company}: ${title}`} now={now} timeZone={timeZone} />
    </li>
  );
}
