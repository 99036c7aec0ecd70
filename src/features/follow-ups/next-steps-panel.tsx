/** The case's "Next steps": actions due, snoozed ones, and the calendar export. */
import { useMemo } from 'react';
import { useRulesBundle } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { useHolidays } from '../../db/hooks/holidays';
import { effectiveDueAt, markFor, nextActions, visibleActions } from '../../domain/follow-up';
import { OPEN_STATUSES } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { CalendarButton } from './calendar-button';
import { NextActionItem } from './next-action-item';
import { SnoozedList } from './snoozed-list';
import { domId, useFocusOnce, useRequestedAction } from '../../components/use-action-focus';
import { useNow } from '../../components/use-now';
import { deviceZone } from '../../lib/device-zone';
import '../../components/rule-panels.css';

export function NextStepsPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const bundle = useRulesBundle(caseId);
  const settings = useSettings();
  const now = useNow();
  const zone = deviceZone();
  const requested = useRequestedAction();
  const holidays = useHolidays();

  const view = useMemo(() => {
    if (!bundle || !settings) return undefined;
    const all = nextActions(bundle, settings, now, bundle.case.timeZone, holidays);
    const visible = visibleActions(all, bundle, now);
    const snoozed = all
      .filter((a) => !visible.includes(a) && markFor(bundle.followUps, a)?.state === 'snoozed')
      .map((a) => ({ action: a, until: effectiveDueAt(a, markFor(bundle.followUps, a))! }));
    return { visible, snoozed };
  }, [bundle, settings, now, holidays]);

  const focus = view?.visible.find((a) => a.target === requested);
  useFocusOnce(focus ? domId('action', `${focus.ruleId}-${focus.eventKey}`) : undefined, !!view);

  if (!bundle || !settings || !view) return null;
  const open = OPEN_STATUSES.includes(bundle.case.status);
  return (
    <section className="card next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t('nextSteps.title')}</h2>
      {!open && <p className="muted">{t('nextSteps.closed')}</p>}
      {open && view.visible.length === 0 && <p className="muted">{t('nextSteps.none')}</p>}
      {view.visible.length > 0 && (
        <ul className="list">
          {view.visible.map((a) => (
            <NextActionItem key={`${a.ruleId}:${a.eventKey}`} caseId={caseId} action={a} now={now} timeZone={zone} focused={a === focus} />
          ))}
        </ul>
      )}
      <SnoozedList caseId={caseId} items={view.snoozed} timeZone={zone} />
      {open && <CalendarButton bundle={bundle} settings={settings} />}
    </section>
  );
}
