/** The case's playbook as a checklist (company steps, then the escalation ladder) with the person's notes. */
import { useMemo } from 'react';
import { useRulesBundle } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { useHolidays } from '../../db/hooks/holidays';
import { nextActions, stepFactsOf, visibleActions } from '../../domain/follow-up';
import { placeOfCase } from '../../domain/places/case-place';
import { checklistFor } from '../../domain/playbooks';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { CompanyNotes } from './company-notes';
import { PlaybookStepItem } from './playbook-step-item';
import { domId, useFocusOnce, useRequestedAction } from '../../components/use-action-focus';
import { useNow } from '../../components/use-now';
import '../../components/rule-panels.css';

export function PlaybookPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const bundle = useRulesBundle(caseId);
  const settings = useSettings();
  const now = useNow();
  const requested = useRequestedAction();
  const holidays = useHolidays();

  const view = useMemo(() => {
    if (!bundle || !settings) return undefined;
    const c = bundle.case;
    const { playbook, steps } = checklistFor(stepFactsOf({ bundle, place: placeOfCase(c, settings), timeZone: c.timeZone }));
    const escalation = visibleActions(nextActions(bundle, settings, now, c.timeZone, holidays), bundle, now).find((a) => a.ruleId === 'escalate');
    return { playbook, steps, nextStep: escalation?.step?.stepId };
  }, [bundle, settings, now, holidays]);

  const focusId = requested === 'escalate' && view?.nextStep ? domId('step', view.nextStep) : undefined;
  useFocusOnce(focusId, !!view);

  if (!bundle || !view) return null;
  const marks = new Map(bundle.playbookSteps.map((m) => [m.stepId, m]));
  return (
    <section className="card playbook" aria-labelledby="playbook-title">
      <h2 id="playbook-title">{t('playbook.title', { name: t(view.playbook.nameKey as MessageKey) })}</h2>
      <p className="muted small">{t('playbook.intro')}</p>
      <ul className="list">
        {view.steps.map((s) => (
          <PlaybookStepItem
            key={s.id}
            caseId={caseId}
            playbookId={view.playbook.id}
            step={s}
            mark={marks.get(s.id)}
            next={s.id === view.nextStep}
            focused={focusId === domId('step', s.id)}
            timeZone={bundle.case.timeZone}
          />
        ))}
      </ul>
      <CompanyNotes company={bundle.case.company} companyKey={bundle.case.companyKey} />
    </section>
  );
}
