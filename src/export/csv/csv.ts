/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark (so Excel reads accents), CRLF line
 * ends, the separator the person's locale's spreadsheets expect (";" in French, where "," is the
 * decimal mark), and cells starting with = + - @ tab or CR made inert with a leading apostrophe, so a
 * summary such as "=HYPERLINK(...)" is shown as text and never run as a formula.
 *
 * A file is often read with another separator than the one it was written with: a French spreadsheet
 * splits an English export on ";", LibreOffice may split on tabs, and such a reader sees quotes in the
 * middle of a field as plain text. So the guard also applies inside a text, wherever a "," ";" tab or
 * line break (and any quotes after it) is followed by a formula start: "paid;=cmd" is written
 * "paid;'=cmd" in both exports, and no reading of the file gives a cell that starts a formula.
 */
import type { Lang } from '../../i18n/translate';

export type CsvSeparator = ',' | ';';

export interface CsvFormat {
  separator: CsvSeparator;
  decimal: '.' | ',';
}

export function csvFormatFor(lang: Lang): CsvFormat {
  return lang === 'fr' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/** A number the app wrote itself: never neutralised, decimal mark per locale. */
export class CsvNumber {
  constructor(readonly value: number | string) {}
}
export type CsvValue = string | CsvNumber | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
/** A character that ends a cell in some reading of the file, before quotes and a formula start. */
const INNER_FORMULA_START = /([,;\t\r\n])(?="*[=+\-@\t\r])/g;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: CsvValue, format: CsvFormat): string {
  if (value === undefined) return '';
  let text: string;
  if (value instanceof CsvNumber) {
    const raw = String(value.value);
    if (!NUMBER.test(raw)) throw new Error(`Not a plain number: ${raw}`);
    text = format.decimal === ',' ? raw.replace('.', ',') : raw;
  } else {
    const inner = value.replace(INNER_FORMULA_START, "$1'");
    text = FORMULA_START.test(inner) ? `'${inner}` : inner;
  }
  const quote = text.includes(format.separator) || /["\r\n]/.test(text);
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: CsvValue[], format: CsvFormat): string {
  return `${values.map((v) => csvCell(v, format)).join(format.separator)}\r\n`;
}

/** An amount in minor units as a plain decimal ("1399" EUR -> "13.99"; JPY has no decimals). */
export function decimalAmount(minor: number, digits: number): CsvNumber {
  const sign = minor < 0 ? '-' : '';
  const whole = String(Math.abs(minor)).padStart(digits + 1, '0');
  return new CsvNumber(digits === 0 ? `${sign}${whole}` : `${sign}${whole.slice(0, -digits)}.${whole.slice(-digits)}`);
}
