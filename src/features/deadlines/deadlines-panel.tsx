/** The case's deadlines and rights: each a countdown with its counting rule, source and date checked. */
import { useMemo } from 'react';
import { useRulesBundle } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { useHolidays } from '../../db/hooks/holidays';
import { computeDeadlines } from '../../domain/deadlines';
import { useT } from '../../i18n/use-t';
import { DeadlineItem } from './deadline-item';
import { domId, useFocusOnce, useRequestedAction } from '../../components/use-action-focus';
import { useNow } from '../../components/use-now';
import '../../components/rule-panels.css';

export function DeadlinesPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const bundle = useRulesBundle(caseId);
  const settings = useSettings();
  const now = useNow();
  const requested = useRequestedAction();
  const holidays = useHolidays();
  const deadlines = useMemo(() => (bundle && settings ? computeDeadlines(bundle, settings, bundle.case.timeZone, holidays) : undefined), [bundle, settings, holidays]);
  const active = deadlines?.filter((d) => !d.dismissed) ?? [];
  const dismissed = deadlines?.filter((d) => d.dismissed) ?? [];
  const target = requested === 'deadlines' ? active.find((d) => d.kind === 'closes') ?? active[0] : undefined;
  useFocusOnce(target ? domId('deadline', target.id) : undefined, !!deadlines);

  if (!bundle || !deadlines) return null;
  const zone = bundle.case.timeZone;
  return (
    <section className="card deadlines" aria-labelledby="deadlines-title" id="deadlines">
      <h2 id="deadlines-title">{t('deadlines.title')}</h2>
      {deadlines.length === 0 && <p className="muted">{t('deadlines.none')}</p>}
      {active.length > 0 && (
        <ul className="list">
          {active.map((d) => (
            <DeadlineItem key={d.id} caseId={caseId} deadline={d} now={now} timeZone={zone} focused={d === target} />
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details>
          <summary>{t('deadlines.dismissed', { count: dismissed.length })}</summary>
          <ul className="list">
            {dismissed.map((d) => (
              <DeadlineItem key={d.id} caseId={caseId} deadline={d} now={now} timeZone={zone} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
