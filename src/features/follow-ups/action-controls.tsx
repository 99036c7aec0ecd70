/** Snooze and Done for one next action, stored per case, rule and triggering event. */
import { markFollowUpDone, snoozeFollowUp, undoFollowUp } from '../../db/repositories/follow-up-repo';
import { isoDateOf } from '../../domain/dates';
import type { NextAction } from '../../domain/follow-up';
import type { Instant } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';
import { SnoozeMenu } from './snooze-menu';
import { useUndoableWrite } from '../../components/use-undoable-write';

interface Props {
  caseId: string;
  action: NextAction;
  title: string;
  now: Instant;
  timeZone: string;
}

export function ActionControls({ caseId, action, title, now, timeZone }: Props) {
  const t = useT();
  const f = useFormat();
  const run = useUndoableWrite(undoFollowUp);
  const snooze = (until: Instant) =>
    void run(() => snoozeFollowUp(caseId, action.ruleId, action.eventKey, until), t('snooze.toast', { date: f.date(isoDateOf(until, timeZone)) }));
  const done = () =>
    void run(() => markFollowUpDone(caseId, action.ruleId, action.eventKey, action.step ? { step: action.step } : {}), t('done.toast'));
  return (
    <div className="action-controls">
      <SnoozeMenu title={title} now={now} timeZone={timeZone} onSnooze={snooze} />
      <button type="button" className="btn btn-small" aria-label={t('done.label', { title })} onClick={done}>
        {t('done.button')}
      </button>
    </div>
  );
}
