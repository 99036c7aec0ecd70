/** "Export this case (JSON)": one case with everything attached, in the backup format. */
import { useState } from 'react';
import { useCase } from '../../db/hooks/cases';
import { useFailureText } from '../../components/failure-text';
import { useT } from '../../i18n/use-t';
import { isChunkLoadError } from '../../lib/write-error';
import { useToastStore } from '../../stores/toast-store';
import { downloadBlob, fileName, slug } from './download';

export function CaseExportButton({ caseId, className = 'btn' }: { caseId: string; className?: string }) {
  const t = useT();
  const describeFailure = useFailureText();
  const c = useCase(caseId);
  const show = useToastStore((s) => s.show);
  const [busy, setBusy] = useState(false);
  if (!c || c.deletedAt) return null;

  async function run(company: string) {
    setBusy(true);
    try {
      const now = Date.now();
      // The export engine and its read load on first use, outside the start-up bundle.
      const { caseFile } = await import('./json-files');
      const { blob } = await caseFile(caseId, { now });
      const name = fileName(`case-${slug(company)}`, now, 'json');
      downloadBlob(blob, name);
      show({ message: t('backup.caseExported', { name }), tone: 'success' });
    } catch (error) {
      show({ message: isChunkLoadError(error) ? describeFailure(error) : t('backup.exportFailed'), tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className={className} disabled={busy} aria-busy={busy || undefined} onClick={() => void run(c.company)}>
      {t('backup.caseExport')}
    </button>
  );
}
