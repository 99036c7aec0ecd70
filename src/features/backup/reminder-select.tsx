/** How old the last backup may get before Home reminds (settings.backupReminderDays; 0 = never). */
import { useFailureText } from '../../components/failure-text';
import { useId } from 'react';
import { useSettings } from '../../db/hooks/settings';
import { updateSettings } from '../../db/repositories/settings-repo';
import { useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';

const CHOICES = [7, 14, 30, 60, 90, 0];

export function ReminderSelect() {
  const t = useT();
  const describeFailure = useFailureText();
  const id = useId();
  const settings = useSettings();
  const show = useToastStore((s) => s.show);
  if (!settings) return null;
  const days = settings.backupReminderDays;
  const choices = CHOICES.includes(days) ? CHOICES : [...CHOICES, days].sort((a, b) => (a || Infinity) - (b || Infinity));

  async function save(value: number) {
    try {
      await updateSettings({ backupReminderDays: value });
      show({ message: t('backup.reminderSaved'), tone: 'success' });
    } catch (error) {
      show({ message: describeFailure(error), tone: 'error' });
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t('backup.reminder')}</label>
      <select id={id} value={days} onChange={(e) => void save(Number(e.target.value))}>
        {choices.map((d) => (
          <option key={d} value={d}>
            {d === 0 ? t('backup.reminderNever') : t('backup.reminderDays', { days: d })}
          </option>
        ))}
      </select>
    </div>
  );
}
