/** Makes a full backup file, hands it to the browser and records when it was made. */
import { useState } from 'react';
import { recordBackup } from '../../db/repositories/backup-repo';
import { useFailureText } from '../../components/failure-text';
import { useT } from '../../i18n/use-t';
import { isChunkLoadError } from '../../lib/write-error';
import { useToastStore } from '../../stores/toast-store';
import { downloadBlob, fileName } from './download';

export interface BackupProgress {
  done: number;
  total: number;
}

export function useFullBackup(): { run: () => Promise<void>; progress: BackupProgress | null } {
  const t = useT();
  const describeFailure = useFailureText();
  const show = useToastStore((s) => s.show);
  const [progress, setProgress] = useState<BackupProgress | null>(null);

  async function run() {
    setProgress({ done: 0, total: 0 });
    try {
      const now = Date.now();
      // The export engine and its read load on first use, outside the start-up bundle.
      const { fullBackupFile } = await import('./json-files');
      const result = await fullBackupFile({ now, onProgress: (done, total) => setProgress({ done, total }) });
      const name = fileName('backup', now, 'json');
      downloadBlob(result.blob, name);
      // The file is out either way; a database that cannot be written (newer app, closed) only
      // means the date is not remembered.
      await recordBackup({ at: result.exportedAt, cases: result.cases, files: result.files, bytes: result.blob.size }).catch(() => undefined);
      show({ message: t('backup.exported', { name }), tone: 'success' });
    } catch (error) {
      show({ message: isChunkLoadError(error) ? describeFailure(error) : t('backup.exportFailed'), tone: 'error' });
    } finally {
      setProgress(null);
    }
  }
  return { run, progress };
}
