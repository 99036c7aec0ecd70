/**
 * When the last full backup was made, and the Safari warning (whether storage is persistent is shown
 * by the storage section just above).
 */
import { useLastBackup } from '../../db/hooks/backup';
import { useFormat, useT } from '../../i18n/use-t';
import { useStorageSignals } from './use-storage-signals';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function LastBackup() {
  const t = useT();
  const f = useFormat();
  const last = useLastBackup();
  const { safariTab } = useStorageSignals();
  return (
    <>
      {last !== undefined && <p className="backup-last">{last ? t('backup.last', { date: f.instant(last.at, localZone()) }) : t('backup.never')}</p>}
      {safariTab && <p className="backup-warning">{t('backup.nudge.safari')}</p>}
    </>
  );
}
