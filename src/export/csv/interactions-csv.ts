/**
 * The interaction log as CSV: one row per logged contact (deleted ones left out), oldest first, with
 * its case's company and product, the local date and time in the zone it happened in, and labels in
 * the person's language.
 */
import { isoDateOf, toLocalInput } from '../../domain/dates';
import type { RecordSet } from '../../domain/records';
import type { CaseRecord, Interaction } from '../../domain/types';
import { translate, type Lang } from '../../i18n/translate';
import { BOM, CsvNumber, csvFormatFor, csvRow } from './csv';

export const CSV_TYPE = 'text/csv;charset=utf-8';

export const INTERACTION_COLUMNS = [
  'backup.csv.company',
  'backup.csv.product',
  'backup.csv.date',
  'backup.csv.time',
  'backup.csv.timeZone',
  'backup.csv.channel',
  'backup.csv.direction',
  'backup.csv.durationMin',
  'backup.csv.agent',
  'backup.csv.agentId',
  'backup.csv.references',
  'backup.csv.outcome',
  'backup.csv.promisedBy',
  'backup.csv.summary',
  'backup.csv.caseId',
] as const;

/** Minutes with one decimal, from seconds. */
const minutes = (sec: number | undefined) => (sec === undefined ? undefined : new CsvNumber(String(Math.round(sec / 6) / 10)));

export function interactionsCsv(rows: { case: CaseRecord; interaction: Interaction }[], lang: Lang): string {
  const format = csvFormatFor(lang);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const lines = [BOM + csvRow(INTERACTION_COLUMNS.map(t), format)];
  for (const { case: c, interaction: i } of rows) {
    lines.push(
      csvRow(
        [
          c.company,
          c.product,
          isoDateOf(i.occurredAt, i.timeZone),
          toLocalInput(i.occurredAt, i.timeZone).slice(11),
          i.timeZone,
          t(`channel.${i.channel}`),
          t(`direction.${i.direction}`),
          minutes(i.durationSec),
          i.agentName,
          i.agentId,
          i.references.join(', '),
          t(`ioutcome.${i.outcome}`),
          i.promisedBy,
          i.summary,
          c.id,
        ],
        format,
      ),
    );
  }
  return lines.join('');
}

/** The file of every live contact on a live case, from the stored records (deleted ones are left out here). */
export function exportInteractionsCsv({ cases, interactions }: Pick<RecordSet, 'cases' | 'interactions'>, lang: Lang): Blob {
  const byId = new Map(cases.filter((c) => !c.deletedAt).map((c) => [c.id, c]));
  const rows = interactions
    .filter((i) => !i.deletedAt && byId.has(i.caseId))
    .sort((a, b) => a.occurredAt - b.occurredAt)
    .map((i) => ({ case: byId.get(i.caseId)!, interaction: i }));
  return new Blob([interactionsCsv(rows, lang)], { type: CSV_TYPE });
}
