/** Turns an import failure into one sentence in the person's language, naming file, record and field. */
import { failureKey } from '../../components/failure-text';
import { classifyWriteError } from '../../lib/write-error';
import { ImportError, type ImportErrorWhere } from '../../export/json/import-error';
import type { T } from '../../i18n/use-t';
import { formatBytes } from '../../lib/bytes';

function whereText(w: ImportErrorWhere, t: T, offset?: number): string {
  const record = [w.table && w.record ? t('backup.where.record', { record: w.record, table: w.table }) : '', w.id ? t('backup.where.id', { id: w.id }) : '']
    .filter(Boolean)
    .join(' ');
  const field = w.field ? t('backup.where.field', { field: w.field }) : '';
  if (!record && !field && offset !== undefined) return t('backup.where.offset', { offset });
  return [record, field].filter(Boolean).join(', ');
}

function issueText(e: ImportError, t: T): string {
  const i = e.issue;
  if (!i) return e.detail;
  if (i.type === 'max_length' && i.requirement !== undefined) return t('backup.detail.tooLong', { max: i.requirement });
  if (i.expected && i.type !== 'check' && i.type !== 'regex') return t('backup.detail.expected', { expected: i.expected, received: i.received });
  return t('backup.detail.found', { received: i.received });
}

export function importErrorText(error: unknown, t: T, lang: string): string {
  const unchanged = t('backup.restore.nothingChanged');
  if (error instanceof ImportError) {
    const v = error.values;
    const values = {
      file: error.where.file,
      where: whereText(error.where, t, v.offset),
      detail: issueText(error, t),
      ...(v.size !== undefined ? { size: formatBytes(v.size, lang) } : {}),
      ...(v.max !== undefined ? { max: formatBytes(v.max, lang) } : {}),
      ...(v.version !== undefined ? { version: String(v.version), current: String(v.current) } : {}),
    };
    return `${t(`backup.error.${error.kind}`, values)} ${unchanged}`;
  }
  const kind = classifyWriteError(error);
  if (kind === 'quota') return `${t('backup.error.quota')} ${unchanged}`;
  if (kind === 'read-only' || kind === 'closed' || kind === 'outdated') return t(failureKey(error, 'action'));
  return `${t('backup.error.write', { detail: error instanceof Error ? error.message : String(error) })} ${unchanged}`;
}
