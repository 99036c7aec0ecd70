/**
 * Turns an import failure into one sentence in the person's language, naming file, record and
 * field. Every word comes from the catalogue: nothing of a library's message (nor a class name)
 * reaches the person. Sizes near a limit are given to the byte.
 */
import { failureKey } from '../../components/failure-text';
import { classifyWriteError } from '../../lib/write-error';
import { ImportError, type ImportErrorWhere, type ImportIssue } from '../../export/json/import-error';
import type { T } from '../../i18n/use-t';
import { formatBytes, formatSizeAgainst } from '../../lib/bytes';

function whereText(w: ImportErrorWhere, t: T, offset?: number): string {
  const record = [w.table && w.record ? t('backup.where.record', { record: w.record, table: w.table }) : '', w.id ? t('backup.where.id', { id: w.id }) : '']
    .filter(Boolean)
    .join(' ');
  const field = w.field ? t('backup.where.field', { field: w.field }) : '';
  if (!record && !field && offset !== undefined) return t('backup.where.offset', { offset });
  return [record, field].filter(Boolean).join(', ');
}

function receivedText(r: ImportIssue['received'], t: T): string {
  if (r.kind === 'text') return t('backup.received.text', { text: r.text ?? '' });
  if (r.kind === 'number' || r.kind === 'boolean') return r.text ?? '';
  return t(`backup.received.${r.kind}`);
}

function issueText(i: ImportIssue, t: T): string {
  const problem = i.problem
    ? t(`backup.problem.${i.problem}`)
    : i.check === 'tooLong' || i.check === 'tooShort' || i.check === 'range'
      ? t(`backup.check.${i.check}`, { max: i.requirement ?? 0 })
      : t(`backup.check.${i.check}`);
  return t('backup.detail.found', { problem, received: receivedText(i.received, t) });
}

export function importErrorText(error: unknown, t: T, lang: string): string {
  const unchanged = t('backup.restore.nothingChanged');
  if (error instanceof ImportError) {
    const v = error.values;
    const sizes = v.size !== undefined && v.max !== undefined ? formatSizeAgainst(v.size, v.max, lang) : undefined;
    const values = {
      file: error.where.file,
      where: whereText(error.where, t, v.offset),
      detail: error.issue ? issueText(error.issue, t) : '',
      ...(sizes ? { size: sizes.size, max: sizes.limit } : v.max !== undefined ? { max: formatBytes(v.max, lang) } : {}),
      ...(v.version !== undefined ? { version: String(v.version), current: String(v.current) } : {}),
    };
    return `${t(`backup.error.${error.kind}`, values)} ${unchanged}`;
  }
  const kind = classifyWriteError(error);
  if (kind === 'quota') return `${t('backup.error.quota')} ${unchanged}`;
  if (kind === 'read-only' || kind === 'closed' || kind === 'outdated') return t(failureKey(error, 'action'));
  return `${t('backup.error.write')} ${unchanged}`;
}
