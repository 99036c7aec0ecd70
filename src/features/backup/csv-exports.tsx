/** CSV files of the interaction log and of the charges, for spreadsheets. */
import { useState } from 'react';
import { readCasesAndCharges, readCasesAndInteractions } from '../../db/queries/export-records';
import { exportChargesCsv } from '../../export/csv/charges-csv';
import { exportInteractionsCsv } from '../../export/csv/interactions-csv';
import { useFormat, useT } from '../../i18n/use-t';
import { useToastStore } from '../../stores/toast-store';
import { downloadBlob, fileName } from './download';

type Kind = 'interactions' | 'charges';

export function CsvExports() {
  const t = useT();
  const { lang } = useFormat();
  const show = useToastStore((s) => s.show);
  const [busy, setBusy] = useState<Kind | null>(null);

  async function run(kind: Kind) {
    setBusy(kind);
    try {
      const blob = kind === 'interactions' ? exportInteractionsCsv(await readCasesAndInteractions(), lang) : exportChargesCsv(await readCasesAndCharges(), lang);
      downloadBlob(blob, fileName(kind, Date.now(), 'csv'));
    } catch {
      show({ message: t('backup.exportFailed'), tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="backup-block">
      <h3>{t('backup.csvTitle')}</h3>
      <p className="muted small">{t('backup.csvHint')}</p>
      <div className="btn-row">
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('interactions')}>
          {t('backup.csvInteractions')}
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('charges')}>
          {t('backup.csvCharges')}
        </button>
      </div>
    </div>
  );
}
