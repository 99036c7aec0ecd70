/** Disputed charges as CSV: one row per charge (deleted ones left out), by date, amounts as plain decimals. */
import { minorDigits } from '../../domain/money';
import type { RecordSet } from '../../domain/records';
import type { CaseRecord, Charge } from '../../domain/types';
import { translate, type Lang } from '../../i18n/translate';
import { BOM, csvFormatFor, csvRow, decimalAmount } from './csv';
import { CSV_TYPE } from './interactions-csv';

export const CHARGE_COLUMNS = [
  'backup.csv.company',
  'backup.csv.product',
  'backup.csv.chargedOn',
  'backup.csv.statementOn',
  'backup.csv.amount',
  'backup.csv.currency',
  'backup.csv.description',
  'backup.csv.caseStatus',
  'backup.csv.caseId',
] as const;

export function chargesCsv(rows: { case: CaseRecord; charge: Charge }[], lang: Lang): string {
  const format = csvFormatFor(lang);
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const lines = [BOM + csvRow(CHARGE_COLUMNS.map(t), format)];
  for (const { case: c, charge: ch } of rows) {
    lines.push(
      csvRow(
        [
          c.company,
          c.product,
          ch.chargedOn,
          ch.statementOn,
          decimalAmount(ch.amount.minor, minorDigits(ch.amount.currency)),
          ch.amount.currency,
          ch.description,
          t(`status.${c.status}`),
          c.id,
        ],
        format,
      ),
    );
  }
  return lines.join('');
}

/** The file of every live charge on a live case, from the stored records (deleted ones are left out here). */
export function exportChargesCsv({ cases, charges }: Pick<RecordSet, 'cases' | 'charges'>, lang: Lang): Blob {
  const byId = new Map(cases.filter((c) => !c.deletedAt).map((c) => [c.id, c]));
  const rows = charges
    .filter((ch) => !ch.deletedAt && byId.has(ch.caseId))
    .sort((a, b) => a.chargedOn.localeCompare(b.chargedOn) || a.createdAt - b.createdAt)
    .map((ch) => ({ case: byId.get(ch.caseId)!, charge: ch }));
  return new Blob([chargesCsv(rows, lang)], { type: CSV_TYPE });
}
