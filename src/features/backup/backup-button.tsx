/** "Download a full backup", with progress while attachments are encoded. */
import { useT } from '../../i18n/use-t';
import { useFullBackup } from './use-full-backup';

export function BackupButton({ className = 'btn btn-primary' }: { className?: string }) {
  const t = useT();
  const { run, progress } = useFullBackup();
  const label = !progress
    ? t('backup.exportAll')
    : progress.total > 0
      ? t('backup.exportingFiles', { done: progress.done, total: progress.total })
      : t('backup.exporting');
  return (
    <button type="button" className={className} disabled={progress !== null} aria-busy={progress !== null || undefined} onClick={() => void run()}>
      {label}
    </button>
  );
}
