/** When the last full backup was made, and why the browser might not keep the data. */
import { useLastBackup } from '../../db/backup-hooks';
import { useFormat, useT } from '../../i18n/use-t';
import { useStorageSignals } from './use-storage-signals';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function LastBackup() {
  const t = useT();
  const f = useFormat();
  const last = useLastBackup();
  const { persisted, safariTab } = useStorageSignals();
  return (
    <>
      {last !== undefined && <p className="backup-last">{last ? t('backup.last', { date: f.instant(last.at, localZone()) }) : t('backup.never')}</p>}
      {safariTab && <p className="backup-warning">{t('backup.nudge.safari')}</p>}
      {!safariTab && persisted === false && <p className="backup-warning">{t('backup.nudge.notPersistent')}</p>}
    </>
  );
}
