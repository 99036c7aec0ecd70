/** Turns an import failure into one sentence in the person's language, naming file, record and field. */
import { classifyWriteError } from '../../db/errors';
import { ImportError, type ImportErrorWhere } from '../../export/json/import-error';
import type { T } from '../../i18n/use-t';

export function megabytes(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

function whereText(w: ImportErrorWhere, t: T, offset?: number): string {
  const parts: string[] = [];
  if (w.table && w.record) parts.push(t('backup.where.record', { record: w.record, table: w.table }));
  if (w.id) parts.push(t('backup.where.id', { id: w.id }));
  if (w.field) parts.push(t('backup.where.field', { field: w.field }));
  if (parts.length === 0 && offset !== undefined) return `#${offset}`;
  return parts.join(' ');
}

export function importErrorText(error: unknown, t: T, lang: string): string {
  const unchanged = t('backup.restore.nothingChanged');
  if (error instanceof ImportError) {
    const v = error.values;
    const values = {
      file: error.where.file,
      where: whereText(error.where, t, v.offset),
      detail: error.detail,
      ...(v.size !== undefined ? { size: megabytes(v.size, lang) } : {}),
      ...(v.max !== undefined ? { max: megabytes(v.max, lang) } : {}),
      ...(v.version !== undefined ? { version: String(v.version), current: String(v.current) } : {}),
    };
    return `${t(`backup.error.${error.kind}`, values)} ${unchanged}`;
  }
  const kind = classifyWriteError(error);
  if (kind === 'quota') return `${t('backup.error.quota')} ${unchanged}`;
  if (kind === 'read-only' || kind === 'closed') return t(`error.${kind}`);
  return `${t('backup.error.write', { detail: error instanceof Error ? error.message : String(error) })} ${unchanged}`;
}
