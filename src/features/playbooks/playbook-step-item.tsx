/** One checklist step: tick it when done (the day is recorded), read what to do. */
import { useFailureText } from '../../components/failure-text';
import { useId } from 'react';
import { markPlaybookStep, unmarkPlaybookStep } from '../../db/repositories/follow-up-repo';
import { isoDateOf } from '../../domain/dates';
import type { PlaybookStep } from '../../domain/playbooks';
import type { PlaybookStepMark } from '../../domain/types';
import type { MessageKey } from '../../i18n/messages';
import { useFormat, useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';
import { domId } from '../../components/use-action-focus';

interface Props {
  caseId: string;
  playbookId: string;
  step: PlaybookStep;
  mark: PlaybookStepMark | undefined;
  next: boolean;
  focused: boolean;
  timeZone: string;
}

export function PlaybookStepItem({ caseId, playbookId, step, mark, next, focused, timeZone }: Props) {
  const t = useT();
  const describeFailure = useFailureText();
  const f = useFormat();
  const show = useToastStore((s) => s.show);
  const id = useId();
  const toggle = async (done: boolean) => {
    try {
      if (done) await markPlaybookStep(caseId, playbookId, step.id);
      else await unmarkPlaybookStep(caseId, step.id);
    } catch (error) {
      show({ message: describeFailure(error), tone: 'error' });
    }
  };
  return (
    <li className={`playbook-step${mark ? ' playbook-step-done' : ''}`} id={domId('step', step.id)} tabIndex={-1} data-focus={focused || undefined}>
      <input id={id} type="checkbox" checked={!!mark} onChange={(e) => void toggle(e.target.checked)} aria-describedby={`${id}-body`} />
      <label htmlFor={id}>
        {t(step.titleKey as MessageKey)}
        {next && <span className="badge badge-urgency-today">{t('playbook.next')}</span>}
        {mark && <span className="small muted">{t('playbook.doneOn', { date: f.date(isoDateOf(mark.doneAt, timeZone)) })}</span>}
      </label>
      <p id={`${id}-body`}>{t(step.bodyKey as MessageKey)}</p>
    </li>
  );
}
