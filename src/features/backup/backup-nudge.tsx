/** Home: a reminder to back up when the last backup is old (or missing) or the browser may clear the data. */
import { Link } from 'wouter';
import { useLastBackup } from '../../db/hooks/backup';
import { useTotals } from '../../db/hooks/cases';
import { useSettings } from '../../db/hooks/settings';
import { useT } from '../../i18n/use-t';
import { BackupButton } from './backup-button';
import { backupAgeDays, nudgeReasons } from './nudge-rules';
import { useStorageSignals } from './use-storage-signals';
import './backup.css';

export function BackupNudge({ now = Date.now() }: { now?: number }) {
  const t = useT();
  const last = useLastBackup();
  const settings = useSettings();
  const totals = useTotals();
  const { persisted, safariTab } = useStorageSignals();
  if (last === undefined || !settings || !totals) return null;
  const reasons = nudgeReasons({
    now,
    lastBackupAt: last?.at,
    reminderDays: settings.backupReminderDays,
    hasCases: totals.cases > 0,
    persisted,
    safariTab,
  });
  if (reasons.length === 0) return null;
  const text = {
    never: t('backup.nudge.never'),
    old: t('backup.nudge.old', { days: last ? backupAgeDays(last.at, now) : 0 }),
    'not-persistent': t('backup.nudge.notPersistent'),
    safari: t('backup.nudge.safari'),
  };
  return (
    <section className="card backup-nudge" aria-labelledby="backup-nudge-title">
      <p id="backup-nudge-title" className="backup-nudge-title">
        {t('backup.nudge.title')}
      </p>
      {reasons.map((r) => (
        <p key={r}>{text[r]}</p>
      ))}
      <div className="btn-row">
        <BackupButton className="btn btn-primary btn-small" />
        <Link href="/settings#your-data" className="btn btn-small">
          {t('backup.nudge.settings')}
        </Link>
      </div>
    </section>
  );
}
