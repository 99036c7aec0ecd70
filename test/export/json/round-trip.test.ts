import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../helpers/db';
import { caseArb, dumpDatabase, exportStored, exportStoredCase, prepareHere, seed, writePrepared } from './db-helpers';


/** The stored records an export carries (drafts, the timer and meta are compared separately). */
function records(dump: Record<string, unknown[]>) {
  const { drafts: _drafts, timers: _timers, meta: _meta, ...tables } = dump;
  return tables;
}
const metaValue = (dump: Record<string, unknown[]>, key: string) => (dump.meta as { key: string; value: unknown }[]).find((m) => m.key === key)?.value;

describe('JSON export round trip', () => {
  it('export, wipe, import gives the same records and byte-equal files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { minLength: 1, maxLength: 4 }), async (specs) => {
        const source = await freshDatabase();
        const now = await seed(specs);
        const before = await dumpDatabase(source);
        const { blob } = await exportStored({ now: now + 1000, appVersion: '9.9.9' });
        source.close();

        const target = await freshDatabase();
        const prepared = await prepareHere(blob, 'backup.json');
        expect(prepared.preview.casesAlreadyHere).toBe(0);
        await writePrepared(prepared, 'newer', now);
        const after = await dumpDatabase(target);
        target.close();

        expect(records(after)).toEqual(records(before));
        expect(metaValue(after, 'totals')).toEqual(metaValue(before, 'totals'));
        expect(metaValue(after, 'backup')).toEqual({ at: now + 1000, cases: specs.filter((s) => !s.deleted).length, files: expect.any(Number) });
        expect(after.drafts).toEqual([]);
        expect(after.timers).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('exports one case with everything attached, and imports it into another database', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { minLength: 2, maxLength: 3 }), fc.nat(), async (specs, pick) => {
        const source = await freshDatabase();
        const now = await seed(specs.map((s) => ({ ...s, deleted: false })));
        const before = await dumpDatabase(source);
        const caseId = (before.cases![pick % before.cases!.length] as { id: string }).id;
        const { blob } = await exportStoredCase(caseId, { now });
        source.close();

        const target = await freshDatabase();
        await writePrepared(await prepareHere(blob, 'case.json'), 'newer', now);
        const after = await dumpDatabase(target);
        target.close();

        const mine = <T extends { caseId?: string; id?: string }>(rows: unknown[]) => (rows as T[]).filter((r) => (r.caseId ?? r.id) === caseId);
        for (const table of ['cases', 'statusChanges', 'charges', 'interactions', 'evidence', 'followUps', 'playbookSteps', 'deadlineOverrides']) {
          expect(after[table], table).toEqual(mine(before[table]!));
        }
        expect(after.settings).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
