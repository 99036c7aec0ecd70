/** Settings section "Your data": full backup, reminder, spreadsheet exports, restore or import. */
import { useT } from '../../i18n/use-t';
import { BackupButton } from './backup-button';
import { CsvExports } from './csv-exports';
import { LastBackup } from './last-backup';
import { ReminderSelect } from './reminder-select';
import { RestoreFlow } from './restore-flow';
import './backup.css';

export function DataSection() {
  const t = useT();
  return (
    <section className="card backup-section" id="your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <LastBackup />
      <div className="btn-row backup-actions">
        <BackupButton />
      </div>
      <ReminderSelect />
      <CsvExports />
      <RestoreFlow />
      <p className="small backup-format">
        <a href="/export-format.schema.json">{t('backup.formatLink')}</a>
      </p>
    </section>
  );
}
