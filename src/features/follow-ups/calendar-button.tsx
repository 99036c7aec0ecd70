/** Downloads the case's follow-ups and deadlines as an .ics file for the person's own calendar. */
import type { CaseBundle } from '../../domain/case-bundle';
import type { RuleSettings } from '../../domain/follow-up';
import { calendarFileName, caseCalendar } from '../../export/ics';
import { useFormat, useT } from '../../i18n/use-t';
import { Icon } from '../../components/icon';

export function CalendarButton({ bundle, settings }: { bundle: CaseBundle; settings: RuleSettings }) {
  const t = useT();
  const { lang } = useFormat();
  const download = () => {
    const now = Date.now();
    // The case's own zone, as its next steps, nextDueAt and the dossier count days in it.
    const zone = bundle.case.timeZone;
    const text = caseCalendar(bundle, settings, { lang, now, timeZone: zone, appUrl: location.origin });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = calendarFileName(bundle.case.company, now, zone);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="calendar-export">
      <button type="button" className="btn" onClick={download}>
        <Icon name="calendar" />
        {t('nextSteps.calendar')}
      </button>
      <p className="field-hint">{t('nextSteps.calendarHint')}</p>
    </div>
  );
}
