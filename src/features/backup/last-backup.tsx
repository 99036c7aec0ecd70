/**
 * When the last full backup was made, and the Safari warning (whether storage is persistent is shown
 * by the storage section just above).
 */
import { deviceZone } from '../../lib/device-zone';
import { useLastBackup } from '../../db/hooks/backup';
import { useFormat, useT } from '../../i18n/use-t';
import { useStorageSignals } from './use-storage-signals';


export function LastBackup() {
  const t = useT();
  const f = useFormat();
  const last = useLastBackup();
  const { safariTab } = useStorageSignals();
  return (
    <>
      {last !== undefined && <p className="backup-last">{last ? t('backup.last', { date: f.instant(last.at, deviceZone()) }) : t('backup.never')}</p>}
      {safariTab && <p className="backup-warning">{t('backup.nudge.safari')}</p>}
    </>
  );
}
