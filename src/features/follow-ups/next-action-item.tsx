/** One next action on the case: what, why, by when, what to quote, where to do it, snooze and done. */
import { editCaseLink, logLink } from '../../lib/routes';
import { Link } from 'wouter';
import type { NextAction } from '../../domain/follow-up';
import type { Instant } from '../../domain/types';
import { useFormat, useT } from '../../i18n/use-t';
import { ActionControls } from './action-controls';
import { domId } from '../../components/use-action-focus';
import { dueText, useWord } from '../../components/rule-wording';

interface Props {
  caseId: string;
  action: NextAction;
  now: Instant;
  timeZone: string;
  focused: boolean;
}

function GoButton({ caseId, action }: { caseId: string; action: NextAction }) {
  const t = useT();
  const label = t(`nextSteps.go.${action.target}`);
  const cls = 'btn btn-small btn-primary';
  switch (action.target) {
    case 'log':
      return <Link href={logLink(caseId)} className={cls}>{label}</Link>;
    case 'edit':
      return <Link href={editCaseLink(caseId)} className={cls}>{label}</Link>;
    case 'evidence':
      return <a href="#evidence" className={cls}>{label}</a>;
    case 'escalate':
      return <a href={`#${domId('step', action.step?.stepId ?? '')}`} className={cls}>{label}</a>;
    case 'deadlines':
      return <a href={`#${domId('deadline', action.deadlineId ?? '')}`} className={cls}>{label}</a>;
  }
}

export function NextActionItem({ caseId, action, now, timeZone, focused }: Props) {
  const t = useT();
  const f = useFormat();
  const word = useWord();
  const title = word(action.title);
  return (
    <li className="next-action" id={domId('action', `${action.ruleId}-${action.eventKey}`)} tabIndex={-1} data-focus={focused || undefined}>
      <div className="list-item-top">
        <p className="next-action-title">{title}</p>
        <span className={`badge badge-urgency-${action.urgency}`}>{t(`attention.group.${action.urgency}`)}</span>
      </div>
      <p>{word(action.reason)}</p>
      <p className="small muted">{dueText(t, f, action.dueAt, now, timeZone)}</p>
      {action.refs.length > 0 && <p className="small">{t('nextSteps.quote', { refs: action.refs.join(', ') })}</p>}
      <div className="btn-row">
        <GoButton caseId={caseId} action={action} />
        <ActionControls caseId={caseId} action={action} title={title} now={now} timeZone={timeZone} />
      </div>
    </li>
  );
}
