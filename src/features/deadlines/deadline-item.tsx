/** One deadline: its date and countdown, how it is counted, its source and date checked, change or dismiss. */
import { useState } from 'react';
import { daysLeft, type Deadline } from '../../domain/deadlines';
import { dismissDeadline, restoreDeadline, undoFollowUp } from '../../db/repositories/follow-up-repo';
import type { Instant } from '../../domain/types';
import { monthName } from '../../i18n/rule-wording';
import { useFormat, useT } from '../../i18n/use-t';
import { countdown } from './countdown';
import { DeadlineDateForm } from './deadline-date-form';
import { domId } from '../../components/use-action-focus';
import { useUndoableWrite } from '../../components/use-undoable-write';
import { useWord } from '../../components/rule-wording';

interface Props {
  caseId: string;
  deadline: Deadline;
  now: Instant;
  timeZone: string;
  focused?: boolean;
}

export function DeadlineItem({ caseId, deadline: d, now, timeZone, focused }: Props) {
  const t = useT();
  const f = useFormat();
  const word = useWord();
  const run = useUndoableWrite(undoFollowUp);
  const [editing, setEditing] = useState(false);
  const title = word({ key: d.titleKey, values: { date: d.from } });
  const left = countdown(t, d.kind, daysLeft(d, now, timeZone));
  const dateLine = d.kind === 'opens' ? 'deadlines.opensOn' : d.typical ? 'deadlines.lastDayTypical' : 'deadlines.lastDay';

  if (d.dismissed) {
    return (
      <li className="deadline">
        <p className="deadline-title">{title}</p>
        <button type="button" className="btn btn-small" onClick={() => void run(() => restoreDeadline(caseId, d.id), t('deadlines.restore'))}>
          {t('deadlines.restore')}
        </button>
      </li>
    );
  }
  return (
    <li className="deadline" id={domId('deadline', d.id)} tabIndex={-1} data-focus={focused || undefined}>
      <div className="list-item-top">
        <p className="deadline-title">{title}</p>
        <span className={`countdown countdown-${left.tone}`}>{left.text}</span>
      </div>
      <p>{t(dateLine, { date: f.date(d.date) })}</p>
      {d.overridden && <p className="small muted">{t('deadlines.changed', { date: f.date(d.computed) })}</p>}
      {d.passedBeforeCase && !d.overridden && <p className="small muted">{t('deadlines.passedBeforeCase')}</p>}
      {d.target && d.met !== 'received' && <p className="small">{t('deadline.target', { date: f.date(d.target) })}</p>}
      {d.met === 'sent' && <p className="small">{t('deadline.met.sent')}</p>}
      {d.met === 'received' && <p className="small">{t('deadline.met.received', { date: f.date(d.target ?? d.date) })}</p>}
      <p className="small">
        {d.source.checked.length === 10
          ? t('deadline.law', { source: d.source.citation, date: f.date(d.source.checked) })
          : t('deadline.sourceChecked', { source: d.source.citation, month: monthName(f.lang, d.source.checked) })}
      </p>
      <p className="advice">{t('deadline.notAdvice')}</p>
      <details>
        <summary>{t('deadlines.counting')}</summary>
        <p>{word(d.counting)}</p>
        {d.estimated && d.chargeId && <p>{t('deadline.estimated')}</p>}
      </details>
      {editing ? (
        <DeadlineDateForm caseId={caseId} deadline={d} onClose={() => setEditing(false)} />
      ) : (
        <div className="btn-row">
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)} aria-label={`${t('deadlines.change')}: ${title}`}>
            {t('deadlines.change')}
          </button>
          <button type="button" className="btn btn-small" aria-label={t('deadlines.dismissLabel', { title })} onClick={() => void run(() => dismissDeadline(caseId, d.id), t('deadlines.dismiss'))}>
            {t('deadlines.dismiss')}
          </button>
        </div>
      )}
    </li>
  );
}
