/** Snoozed actions of a case, each with when it comes back and a way to show it now. */
import { clearFollowUpMark, undoFollowUp } from '../../db/repositories/follow-up-repo';
import { isoDateOf } from '../../domain/dates';
import type { NextAction } from '../../domain/follow-up';
import type { Instant } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';
import { useUndoableWrite } from '../../components/use-undoable-write';
import { useWord } from '../../components/rule-wording';

export function SnoozedList({ caseId, items, timeZone }: { caseId: string; items: { action: NextAction; until: Instant }[]; timeZone: string }) {
  const t = useT();
  const f = useFormat();
  const word = useWord();
  const run = useUndoableWrite(undoFollowUp);
  if (items.length === 0) return null;
  return (
    <details className="snoozed">
      <summary>{t('nextSteps.snoozed', { count: items.length })}</summary>
      <ul className="list">
        {items.map(({ action, until }) => (
          <li key={`${action.ruleId}:${action.eventKey}`} className="next-action">
            <p className="next-action-title">{word(action.title)}</p>
            <p className="small muted">{t('nextSteps.snoozedUntil', { date: f.date(isoDateOf(until, timeZone)) })}</p>
            <button type="button" className="btn btn-small" onClick={() => void run(() => clearFollowUpMark(caseId, action.ruleId, action.eventKey), t('nextSteps.wake'))}>
              {t('nextSteps.wake')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
