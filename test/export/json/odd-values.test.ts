// @vitest-environment node
/**
 * Values a form refuses are refused by import too, through the same domain rules, with a message
 * from the catalogue naming the file, the record and the field; the database is left as it was.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RefundDatabase } from '../../../src/db/database';
import { validateCaseForm, emptyCaseForm } from '../../../src/domain/case-form';
import type { ValueProblem } from '../../../src/domain/validation';
import { ImportError } from '../../../src/export/json/import-error';
import { importErrorText } from '../../../src/features/backup/import-error-text';
import { translate, type MessageKey } from '../../../src/i18n/translate';
import { freshDatabase } from '../../helpers/db';
import { dumpDatabase, seed, type CaseSpec, exportStored, prepareHere, writePrepared } from './db-helpers';

const spec: CaseSpec = {
  company: 'Spotify',
  product: 'Premium',
  accountId: 'me@example.com',
  request: 'Refund',
  charges: [{ day: 3, minor: 2999, currency: 'EUR' }],
  interactions: [{ summary: 'Chat', agentName: 'Léa', references: ['AB-12'], channel: 'chat', outcome: 'reply-promised', minutes: 30, promised: true, deleted: false }],
  files: [],
  status: 'waiting',
  marks: false,
  deleted: false,
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let valid: string;
let target: RefundDatabase;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  await freshDatabase();
  const now = await seed([spec]);
  valid = await (await exportStored({ now })).blob.text();
});

beforeEach(async () => {
  target = await freshDatabase();
  before = await dumpDatabase(target);
});

const edited = (edit: (file: Json) => void) => {
  const file = JSON.parse(valid) as Json;
  edit(file);
  return JSON.stringify(file);
};

async function refused(content: string): Promise<ImportError> {
  let error: unknown;
  try {
    await writePrepared(await prepareHere(new Blob([content]), 'odd.json'), 'take-theirs');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect(await dumpDatabase(target)).toEqual(before);
  return error as ImportError;
}

const en = (key: MessageKey, values?: Record<string, string | number>) => translate('en', key, values);
const fr = (key: MessageKey, values?: Record<string, string | number>) => translate('fr', key, values);

describe('odd values in an import', () => {
  it.each<[string, (f: Json) => void, string, string, ValueProblem]>([
    ['a negative charge', (f) => (f.records.charges[0].amount.minor = -500), 'charges', 'amount.minor', 'amountNegative'],
    ['an unknown currency', (f) => (f.records.charges[0].amount.currency = 'XYZ'), 'charges', 'amount.currency', 'currencyUnknown'],
    ['a lower-case currency', (f) => (f.records.charges[0].amount.currency = 'eur'), 'charges', 'amount.currency', 'currencyUnknown'],
    ['a fractional amount', (f) => (f.records.charges[0].amount.minor = 12.5), 'charges', 'amount.minor', 'amountInvalid'],
    ['an absurd amount', (f) => (f.records.charges[0].amount.minor = 1e14), 'charges', 'amount.minor', 'amountTooLarge'],
    ['a negative refund', (f) => (f.records.cases[0].refunded = [{ minor: -1, currency: 'EUR' }]), 'cases', 'refunded[0].minor', 'amountNegative'],
    ['an unknown default currency', (f) => (f.records.settings[0].defaultCurrency = 'XYZ'), 'settings', 'defaultCurrency', 'currencyUnknown'],
    ['an instant no Date holds (8.64e15 ms)', (f) => (f.records.interactions[0].occurredAt = 8.64e15), 'interactions', 'occurredAt', 'instantRange'],
    ['an instant before 1970', (f) => (f.records.interactions[0].occurredAt = -1), 'interactions', 'occurredAt', 'instantRange'],
    ['an instant in 2100', (f) => (f.records.cases[0].createdAt = Date.UTC(2100, 0, 1)), 'cases', 'createdAt', 'instantRange'],
    ['29 February of a common year', (f) => (f.records.charges[0].chargedOn = '2025-02-29'), 'charges', 'chargedOn', 'dateInvalid'],
    ['31 April', (f) => (f.records.charges[0].chargedOn = '2026-04-31'), 'charges', 'chargedOn', 'dateInvalid'],
    ['a date in 2100', (f) => (f.records.interactions[0].promisedBy = '2100-01-01'), 'interactions', 'promisedBy', 'dateRange'],
    ['a date in 1969', (f) => (f.records.charges[0].chargedOn = '1969-12-31'), 'charges', 'chargedOn', 'dateRange'],
    ['a duration over a day', (f) => (f.records.interactions[0].durationSec = 86_401), 'interactions', 'durationSec', 'durationInvalid'],
    ['an unknown time zone', (f) => (f.records.interactions[0].timeZone = 'Mars/Olympus_Mons'), 'interactions', 'timeZone', 'zoneUnknown'],
  ])('refuses %s, naming the record and the field', async (_name, edit, table, field, problem) => {
    const e = await refused(edited(edit));
    expect(e.kind).toBe('invalid');
    expect(e.where).toMatchObject({ file: 'odd.json', table, record: 1, field });
    expect(e.issue?.problem).toBe(problem);
    const text = importErrorText(e, en, 'en');
    expect(text).toContain('odd.json');
    expect(text).toContain(`record 1 of “${table}”`);
    expect(text).toContain(`field “${field}”`);
    expect(text).toContain(en(`backup.problem.${problem}`));
    expect(importErrorText(e, fr, 'fr')).toContain(fr(`backup.problem.${problem}`));
  });

  it.each(['new', 'NEW', 'a/b', 'x?y#z', '..', '%2e%2e', '', 'a'.repeat(65), 'é', 'a b'])('refuses the case id %j', async (id) => {
    const e = await refused(edited((f) => (f.records.cases[0].id = id)));
    expect(e.where).toMatchObject({ table: 'cases', record: 1, field: 'id' });
    expect(e.issue?.problem).toBe('idUnsafe');
  });

  it.each([
    ['interactions', 'id'],
    ['charges', 'caseId'],
    ['statusChanges', 'id'],
  ])('refuses an unsafe id in %s.%s', async (table, field) => {
    const e = await refused(edited((f) => (f.records[table][0][field] = '../x')));
    expect(e.where).toMatchObject({ table, record: 1, field });
    expect(e.issue?.problem).toBe('idUnsafe');
  });

  it('never shows a validation library’s words or class names: only catalogue text and the values found', async () => {
    const e = await refused(edited((f) => (f.records.charges[0].amount = 'twelve')));
    const text = importErrorText(e, en, 'en');
    expect(text).toBe(
      'odd.json has a value that is not valid in record 1 of “charges” ' +
        `(id ${JSON.parse(valid).records.charges[0].id}), field “amount”: this should be a group of fields (found: “twelve”). Nothing was changed on this device.`,
    );
    const file = await refused(edited((f) => (f.records.evidence = [{ ...JSON.parse(valid).records.interactions[0], file: { type: 'x', size: 1, sha256: 'a'.repeat(64), base64: 5 } }])));
    expect(importErrorText(file, en, 'en')).not.toMatch(/expected|Object|Instance|DecodedFile|\bAt\b/);
  });

  it('the case form refuses what import refuses: one rule for both', () => {
    const form = (amount: string, currency: string) => validateCaseForm({ ...emptyCaseForm(), company: 'X', reason: 'other', charges: [{ chargedOn: '2026-01-02', statementOn: '', amount, currency, description: '' }] }, '2026-06-01');
    expect(form('-5', 'EUR')).toMatchObject({ ok: false, errors: { 'charges.0.amount': 'amountNegative' } });
    expect(form('5', 'XYZ')).toMatchObject({ ok: false, errors: { 'charges.0.amountCurrency': 'currencyUnknown' } });
    expect(form('1000000000000000', 'EUR')).toMatchObject({ ok: false, errors: { 'charges.0.amount': 'amountTooLarge' } });
    const dated = validateCaseForm({ ...emptyCaseForm(), company: 'X', reason: 'other', subscriptionStartedOn: '1969-12-31' }, '2026-06-01');
    expect(dated).toMatchObject({ ok: false, errors: { subscriptionStartedOn: 'dateRange' } });
  });
});

