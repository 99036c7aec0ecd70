import { updateSettings } from '../../../src/db/repositories/settings-repo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadOnlyDatabaseError, openDatabase, switchDatabaseForTests, type RefundDatabase } from '../../../src/db/database';
import { searchCases } from '../../../src/db/queries/search';
import { readLastBackup, recordBackup } from '../../../src/db/repositories/backup-repo';
import { caseWords, createCase } from '../../../src/db/repositories/case-repo';
import { loadBundle } from '../../../src/db/repositories/case-summary';
import { } from '../../../src/db/repositories/follow-up-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { getSettings } from '../../../src/db/queries/settings';
import { nextDueAt } from '../../../src/domain/follow-up';
import { companyKeyOf } from '../../../src/domain/text';
import { emptyCounts, planImport, takesTheirs, writeImport } from '../../../src/db/repositories/import-repo';
import type { RecordSet } from '../../../src/domain/records';
import type { PreparedImport } from '../../../src/export/json/import-export';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { dumpDatabase, exportStored, prepareHere, seed, type CaseSpec } from '../../export/json/db-helpers';

const spec = (company: string): CaseSpec => ({
  company,
  product: 'Premium Career',
  accountId: 'me@example.com',
  request: 'Refund',
  charges: [
    { day: 2, minor: 3999, currency: 'EUR' },
    { day: 9, minor: 500, currency: 'USD' },
  ],
  interactions: [
    { summary: 'Asked for a refund', agentName: 'Zoé', references: ['TK-77'], channel: 'chat', outcome: 'no-resolution', minutes: 10, promised: false, deleted: false },
    { summary: 'Called again', agentName: 'Omar', references: ['TK-78'], channel: 'phone', outcome: 'reply-promised', minutes: 90, promised: true, deleted: false },
    { summary: 'Wrong case', agentName: '', references: [], channel: 'email', outcome: 'no-resolution', minutes: 95, promised: false, deleted: true },
  ],
  files: [{ bytes: Uint8Array.from([1, 2, 3, 4, 5]), thumbnail: undefined, pdf: true, onInteraction: false, deleted: false }],
  status: 'waiting',
  marks: true,
  deleted: false,
});

let file: PreparedImport;
let target: RefundDatabase;
let before: Record<string, unknown[]>;

beforeEach(async () => {
  await freshDatabase();
  const now = await seed([spec('LinkedIn'), spec('Disney+'), spec('Canal+')]);
  const { blob } = await exportStored({ now });
  target = await freshDatabase();
  await seed([spec('Spotify')], Date.UTC(2026, 3, 1));
  file = await prepareHere(blob, 'backup.json');
  before = await dumpDatabase(target);
});

const hooks: (() => void)[] = [];
afterEach(() => hooks.splice(0).forEach((off) => off()));

/** A Dexie hook that throws on its nth call: a failure in the middle of the one write. */
function failOn(table: 'interactions' | 'evidence' | 'meta', event: 'creating' | 'updating', nth: number) {
  let calls = 0;
  const fn = () => {
    calls += 1;
    if (calls === nth) throw new Error(`injected failure on ${table} #${nth}`);
  };
  const t = target.table(table);
  (t.hook as (e: string, f: () => void) => void)(event, fn);
  hooks.push(() => (t.hook as (e: string) => { unsubscribe: (f: () => void) => void })(event).unsubscribe(fn));
}

describe('the single import transaction', () => {
  it('leaves nothing behind when a record write fails halfway', async () => {
    failOn('interactions', 'creating', 4);
    await expect(writeImport(file.records, 'take-theirs', Date.now())).rejects.toThrow(/injected failure on interactions #4/);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  it('leaves nothing behind when the last step (rebuilding the totals) fails', async () => {
    failOn('meta', 'updating', 1);
    failOn('meta', 'creating', 1);
    await expect(writeImport(file.records, 'newer', Date.now())).rejects.toThrow(/injected failure on meta/);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  it('leaves nothing behind when an evidence file cannot be stored', async () => {
    failOn('evidence', 'creating', 2);
    await expect(writeImport(file.records, 'keep-mine', Date.now())).rejects.toThrow(/injected failure/);
    expect(await dumpDatabase(target)).toEqual(before);
  });

  it('refuses to write into a database opened read-only (written by a newer app)', async () => {
    const name = `newer-${Math.random()}`;
    await new Promise<void>((resolve) => {
      const req = indexedDB.open(name, 30);
      req.onupgradeneeded = () => req.result.createObjectStore('cases', { keyPath: 'id' });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    const database = switchDatabaseForTests(name);
    await openDatabase(database);
    await expect(writeImport(file.records, 'newer', Date.now())).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
    database.close();
  });
});

describe('derived data after an import', () => {
  it('recomputes search words, company keys, case summaries and totals instead of trusting the file', async () => {
    const records: RecordSet = structuredClone({ ...file.records, evidence: [] });
    const c = records.cases[0]!;
    Object.assign(c, { words: ['bogus'], companyKey: 'bogus', disputed: [{ minor: 1, currency: 'XXX' }], lastActivityAt: 0 });
    for (const i of records.interactions) i.words = ['bogus'];
    await writeImport(records, 'take-theirs', Date.now());

    const stored = (await target.cases.get(c.id))!;
    expect(stored.words).toEqual(caseWords(c));
    expect(stored.companyKey).toBe(companyKeyOf(c.company));
    expect(['linkedin', 'disney', 'canal']).toContain(stored.companyKey);
    expect(stored.disputed).toEqual([
      { currency: 'EUR', minor: 3999 },
      { currency: 'USD', minor: 500 },
    ]);
    expect(stored.lastActivityAt).toBeGreaterThan(0);
    expect((await searchCases('bogus', 10)).length).toBe(0);
    expect((await searchCases('tk78', 10)).map((h) => h.case.company).sort()).toEqual(['Canal+', 'Disney+', 'LinkedIn', 'Spotify']);
    expect((await searchCases('wrong case', 10)).length).toBe(0);
    const totals = (await target.meta.get('totals'))!.value as { cases: number; disputed: unknown[] };
    expect(totals.cases).toBe(4);
    expect(totals.disputed).toEqual([
      { currency: 'EUR', minor: 4 * 3999 },
      { currency: 'USD', minor: 4 * 500 },
    ]);
  });

  it('plans without writing, and counts what the write then does', async () => {
    const mine = structuredClone(file.records);
    await writeImport(mine, 'take-theirs', Date.now());
    const changed = structuredClone(file.records);
    changed.interactions[0]!.updatedAt += 1;
    changed.charges[0]!.updatedAt -= 1;
    const snapshot = await dumpDatabase(target);
    const plan = await planImport(changed, 'newer');
    expect(await dumpDatabase(target)).toEqual(snapshot);
    expect(plan.interactions).toEqual({ added: 0, replaced: 1, kept: 0, unchanged: file.records.interactions.length - 1 });
    expect(plan.charges).toEqual({ added: 0, replaced: 0, kept: 1, unchanged: file.records.charges.length - 1 });
    expect(await writeImport(changed, 'newer', Date.now())).toEqual(plan);
    expect(emptyCounts().cases).toEqual({ added: 0, replaced: 0, kept: 0, unchanged: 0 });
  });
});

describe('merge policy', () => {
  it.each([
    ['keep-mine', 5, 9, false],
    ['keep-mine', 9, 5, false],
    ['take-theirs', 9, 5, true],
    ['take-theirs', 5, 9, true],
    ['newer', 5, 9, true],
    ['newer', 9, 5, false],
    ['newer', 7, 7, false],
  ] as const)('%s with mine updated at %i and theirs at %i takes theirs: %s', (policy, mine, theirs, take) => {
    expect(takesTheirs({ updatedAt: mine }, { updatedAt: theirs }, policy)).toBe(take);
  });

  it('always adds a record that is only in the file', () => {
    for (const policy of ['keep-mine', 'take-theirs', 'newer'] as const) expect(takesTheirs(undefined, { updatedAt: 1 }, policy)).toBe(true);
  });
});

describe('settings in the file', () => {
  const NOW = Date.UTC(2026, 10, 20, 9);

  /** A case whose next due time comes from the contact rules, which follow the settings. */
  async function contactedCase(company: string, at: number): Promise<string> {
    const id = await createCase(caseInput({ company, reason: 'other', paymentMethod: 'paypal' }), { now: at, timeZone: 'Europe/Paris' });
    await logInteraction(interactionInput(id, { occurredAt: at + 60_000 }), { now: at + 60_000 });
    return id;
  }

  it('recomputes the due time of every case, in the file or not, when the merge changes the rule settings', async () => {
    await freshDatabase();
    const at = await seed([spec('LinkedIn')]);
    await contactedCase('Disney+', at + 1000);
    await updateSettings({ followUpBusinessDays: 9, contactsBeforeEscalation: 1, cardDisputeWindowDays: 60, homeRegion: 'UK' }, { now: at + 5000 });
    const source = await prepareHere((await exportStored({ now: at + 6000 })).blob, 'other-device.json');
    target = await freshDatabase();
    await seed([spec('Spotify'), { ...spec('Deezer'), deleted: true }], Date.UTC(2026, 3, 1));
    const onlyHere = await contactedCase('Hulu', Date.UTC(2026, 9, 20, 9));
    const mine = await getSettings();

    await writeImport(source.records, 'newer', NOW);

    const settings = await getSettings();
    expect(settings).toMatchObject({ followUpBusinessDays: 9, contactsBeforeEscalation: 1, cardDisputeWindowDays: 60, homeRegion: 'UK' });
    const cases = await target.cases.toArray();
    expect(cases.filter((c) => !c.deletedAt).map((c) => c.company).sort()).toEqual(['Disney+', 'Hulu', 'LinkedIn', 'Spotify']);
    for (const c of cases) {
      const bundle = (await loadBundle(c.id))!;
      expect(c.nextDueAt, c.company).toBe(c.deletedAt ? undefined : nextDueAt(bundle, settings, NOW, c.timeZone));
    }
    // The file's settings do move the due time of the case that is only on this device.
    const hulu = (await loadBundle(onlyHere))!;
    expect(hulu.case.nextDueAt).toBeDefined();
    expect(hulu.case.nextDueAt).not.toBe(nextDueAt(hulu, mine, NOW, hulu.case.timeZone));
  });
});

describe('the last-backup record', () => {
  const fileBackup = () => file.records.meta.find((m) => m.key === 'backup')!.value;
  const mine = { at: Date.UTC(2026, 3, 2), cases: 1, files: 1 };

  it.each(['newer', 'take-theirs', 'keep-mine'] as const)('keeps this device’s own on a merge into existing data (%s)', async (policy) => {
    await recordBackup(mine);
    const plan = await planImport(file.records, policy);
    expect(plan.meta).toEqual({ added: 0, replaced: 0, kept: 0, unchanged: 0 });
    expect(await writeImport(file.records, policy, Date.now())).toEqual(plan);
    expect(await readLastBackup()).toEqual(mine);
    expect(await target.cases.count()).toBe(4);
  });

  it('does not take the file’s on a merge when this device never made a backup', async () => {
    await writeImport(file.records, 'take-theirs', Date.now());
    expect(await readLastBackup()).toBeUndefined();
  });

  it('takes the file’s when restoring into a database with no live case', async () => {
    target = await freshDatabase();
    await seed([{ ...spec('Spotify'), deleted: true }], Date.UTC(2026, 3, 1));
    await recordBackup(mine);
    expect((await planImport(file.records, 'newer')).meta).toEqual({ added: 0, replaced: 1, kept: 0, unchanged: 0 });
    await writeImport(file.records, 'newer', Date.now());
    expect(await readLastBackup()).toEqual(fileBackup());
    expect(fileBackup()).toMatchObject({ cases: 3 });
  });
});
