import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCasesAndCharges, readCasesAndInteractions } from '../../../src/db/queries/export-records';
import { createCase, deleteCase } from '../../../src/db/repositories/case-repo';
import { deleteInteraction, logInteraction } from '../../../src/db/repositories/interaction-repo';
import { exportChargesCsv, CHARGE_COLUMNS } from '../../../src/export/csv/charges-csv';
import { BOM, CsvNumber, csvCell, csvFormatFor, csvRow, decimalAmount } from '../../../src/export/csv/csv';
import { exportInteractionsCsv, INTERACTION_COLUMNS } from '../../../src/export/csv/interactions-csv';
import { translate } from '../../../src/i18n/translate';
import type { Charge } from '../../../src/domain/types';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { caseRecord, interactionAt } from '../dossier-fixture';

/** An RFC 4180 reader, to read back what the writer made. */
function parseCsv(text: string, sep: string, lenient = false): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if ((cell || row.length) && !lenient) throw new Error('the last line has no CRLF');
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const en = csvFormatFor('en');
const fr = csvFormatFor('fr');

describe('CSV cells', () => {
  it('uses "," in English and ";" in French, with the matching decimal mark', () => {
    expect(en).toEqual({ separator: ',', decimal: '.' });
    expect(fr).toEqual({ separator: ';', decimal: ',' });
    expect(csvRow(['a', new CsvNumber('13.99'), 'b'], fr)).toBe('a;13,99;b\r\n');
    expect(csvRow(['a', new CsvNumber('13.99'), 'b'], en)).toBe('a,13.99,b\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+33 6 12', "'+33 6 12"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralises %j', (input, out) => {
    expect(csvCell(input, en)).toBe(out);
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b', en)).toBe('"a,b"');
    expect(csvCell('a,b', fr)).toBe('a,b');
    expect(csvCell('a;b', fr)).toBe('"a;b"');
    expect(csvCell('say "hi"', fr)).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', fr)).toBe('"two\nlines"');
  });

  // A file written with one separator is often read with another (an English export opened by a
  // French spreadsheet, LibreOffice splitting on tabs), by readers that take a quote in the middle of
  // a field as text: no reading may give a cell that starts a formula.
  const READERS = [',', ';', '\t'];
  const FORMULA = /^[=+\-@\t\r]/;
  const formulasIn = (line: string, sep: string) => parseCsv(line, sep, true).flat().filter((c) => FORMULA.test(c));

  it.each([
    ['=', 'paid;=cmd|calc'],
    ['+', 'tel;+33 6 12'],
    ['-', 'a;-2+3'],
    ['@', 'a;@SUM(A1)'],
    ['tab', 'a;\t=cmd'],
    ['CR', 'a;\r=cmd'],
    ['=', 'paid,=cmd|calc'],
    ['+', 'a,+1'],
    ['-', 'a,-1+1'],
    ['@', 'a,@SUM(A1)'],
    ['tab', 'a\t=cmd'],
    ['CR', 'a,\r=cmd'],
    ['= after quotes', 'a;"=cmd"'],
    ['= after a line break', 'two\n=lines'],
  ])('guards %s after a separator of either export (%j), whatever the file is read with', (_, value) => {
    for (const format of [en, fr]) {
      const line = csvRow(['x', value, 'y'], format);
      for (const sep of READERS) expect(formulasIn(line, sep), `${format.separator} file read with ${JSON.stringify(sep)}`).toEqual([]);
    }
  });

  it('writes the guard inside a text the same way in both exports', () => {
    expect(csvCell('paid;=cmd', en)).toBe("paid;'=cmd");
    expect(csvCell('paid;=cmd', fr)).toBe(`"paid;'=cmd"`);
    expect(csvCell('paid,=cmd', en)).toBe(`"paid,'=cmd"`);
    expect(csvCell('paid,=cmd', fr)).toBe("paid,'=cmd");
    expect(csvCell('a; -1, b=c', fr)).toBe('"a; -1, b=c"');
  });

  // A reader that opens a quoted field on a quote ending a line runs on into the next lines, so a cell
  // may start with the line break: the check is then that no formula follows the breaks and tabs.
  it('never gives a cell starting a formula, for any text, either export and any reader', () => {
    const LOOSE_FORMULA = /^[\t\r\n]*[=+\-@]/;
    const risky = fc.stringMatching(/^[a-z]{0,3}[,;\t\r\n"]{1,2}[=+\-@\t\r][a-z]{0,3}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), risky), { minLength: 1, maxLength: 6 }), fc.constantFrom(en, fr), fc.constantFrom(...READERS), (cells, format, sep) => {
        const read = parseCsv(csvRow(cells, format), sep, true).flat();
        expect(read.filter((c) => LOOSE_FORMULA.test(c))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back as the same text (formula starts behind an apostrophe), for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), fc.constantFrom(en, fr), (cells, format) => {
        const [row] = parseCsv(csvRow(cells, format), format.separator);
        const guarded = cells.map((c) => c.replace(/([,;\t\r\n])(?="*[=+\-@\t\r])/g, "$1'"));
        expect(row).toEqual(guarded.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      }),
    );
  });

  it('writes amounts from minor units without floating point, per currency', () => {
    expect(decimalAmount(1399, 2).value).toBe('13.99');
    expect(decimalAmount(5, 2).value).toBe('0.05');
    expect(decimalAmount(1500, 0).value).toBe('1500');
    expect(decimalAmount(123456789012345, 3).value).toBe('123456789012.345');
    expect(() => csvCell(new CsvNumber('1e5'), en)).toThrow();
  });
});

describe('CSV exports', () => {
  async function seedLog() {
    await freshDatabase();
    const id = await createCase(
      caseInput({
        company: 'Société Générale',
        product: 'Abonnement "Premium"',
        charges: [
          { chargedOn: '2026-10-02', amount: { minor: 1399, currency: 'EUR' }, description: '=cmd|calc' },
          { chargedOn: '2026-09-02', amount: { minor: 1500, currency: 'JPY' } },
        ],
      }),
      { now: Date.UTC(2026, 10, 1), timeZone: 'Europe/Paris' },
    );
    await logInteraction(
      interactionInput(id, {
        occurredAt: Date.UTC(2026, 10, 10, 9, 30),
        timeZone: 'Europe/Paris',
        channel: 'phone',
        durationSec: 754,
        agentName: 'Zoé',
        references: ['AB-1', 'CD;2'],
        summary: '-Refused; said "call back"\nשלום 🎉',
        outcome: 'reply-promised',
        promisedBy: '2026-11-14',
      }),
      { now: Date.UTC(2026, 10, 10, 10) },
    );
    const gone = await logInteraction(interactionInput(id, { summary: 'deleted one' }), { now: Date.UTC(2026, 10, 11) });
    await deleteInteraction(gone, { now: Date.UTC(2026, 10, 12) });
    const other = await createCase(caseInput({ company: 'Deleted Co' }), { now: Date.UTC(2026, 10, 1) });
    await logInteraction(interactionInput(other), { now: Date.UTC(2026, 10, 2) });
    await deleteCase(other, { now: Date.UTC(2026, 10, 3) });
    return id;
  }

  it('writes the interaction log in French with a BOM, ";" and the right columns', async () => {
    const caseId = await seedLog();
    const blob = exportInteractionsCsv(await readCasesAndInteractions(), 'fr');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1), ';');
    expect(header).toEqual(INTERACTION_COLUMNS.map((k) => translate('fr', k)));
    expect(header!.slice(0, 4)).toEqual(['Entreprise', 'Produit', 'Date', 'Heure']);
    expect(rows).toEqual([
      [
        'Société Générale',
        'Abonnement "Premium"',
        '2026-11-10',
        '10:30',
        'Europe/Paris',
        'Téléphone',
        'Je les ai contactés',
        '12,6',
        'Zoé',
        '',
        'AB-1, CD;2',
        'Réponse ou rappel promis',
        '2026-11-14',
        '\'-Refused; said "call back"\nשלום 🎉',
        caseId,
      ],
    ]);
  });

  it('writes charges in English with "," and plain decimal amounts', async () => {
    await seedLog();
    const text = (await exportChargesCsv(await readCasesAndCharges(), 'en').text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text, ',');
    expect(header).toEqual(CHARGE_COLUMNS.map((k) => translate('en', k)));
    expect(rows.map((r) => [r[2], r[4], r[5], r[6], r[7]])).toEqual([
      ['2026-09-02', '1500', 'JPY', '', 'Waiting on company'],
      ['2026-10-02', '13.99', 'EUR', "'=cmd|calc", 'Waiting on company'],
    ]);
  });
});

describe('CSV exports of plain records', () => {
  const DELETED_AT = Date.UTC(2026, 10, 20);
  const live = caseRecord({ id: 'case-1', company: 'Streamflix Europe' });
  const gone = caseRecord({ id: 'case-2', company: 'Gone Co', deletedAt: DELETED_AT });
  const body = async (blob: Blob, sep: string) => parseCsv((await blob.text()).replace(/^\uFEFF/, ''), sep).slice(1);

  it('lists the live contacts of live cases, oldest first', async () => {
    const interactions = [
      interactionAt(3),
      interactionAt(1),
      { ...interactionAt(2), deletedAt: DELETED_AT },
      { ...interactionAt(4), caseId: 'case-2' },
      { ...interactionAt(5), caseId: 'no-such-case' },
    ];
    const rows = await body(exportInteractionsCsv({ cases: [gone, live], interactions }, 'en'), ',');
    expect(rows.map((r) => [r[0], r[10], r[14]])).toEqual([
      ['Streamflix Europe', 'RT-0001', 'case-1'],
      ['Streamflix Europe', 'RT-0003', 'case-1'],
    ]);
  });

  it('lists the live charges of live cases by date, then by when they were added', async () => {
    const charge = (id: string, chargedOn: string, createdAt: number, over: Partial<Charge> = {}): Charge => ({
      id,
      caseId: 'case-1',
      createdAt,
      updatedAt: createdAt,
      chargedOn,
      amount: { minor: 1799, currency: 'EUR' },
      description: id,
      ...over,
    });
    const charges = [
      charge('second-added', '2026-09-01', 2),
      charge('first-added', '2026-09-01', 1),
      charge('oldest', '2026-08-01', 3),
      charge('deleted', '2026-07-01', 1, { deletedAt: DELETED_AT }),
      charge('on-deleted-case', '2026-07-01', 1, { caseId: 'case-2' }),
    ];
    const rows = await body(exportChargesCsv({ cases: [live, gone], charges }, 'fr'), ';');
    expect(rows.map((r) => [r[2], r[4], r[6]])).toEqual([
      ['2026-08-01', '17,99', 'oldest'],
      ['2026-09-01', '17,99', 'first-added'],
      ['2026-09-01', '17,99', 'second-added'],
    ]);
  });
});
