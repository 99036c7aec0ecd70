/**
 * Two devices start from the same backup and diverge (edits, new log entries, deletions, restores at
 * interleaved times); importing one's export into the other keeps exactly the records the policy says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { deleteCase, restoreCase, setCaseStatus, updateCase } from '../../../src/db/repositories/case-repo';
import { deleteInteraction, logInteraction } from '../../../src/db/repositories/interaction-repo';
import { MERGE_POLICIES, type MergePolicy } from '../../../src/db/repositories/import-repo';
import { sumByCurrency } from '../../../src/domain/money';
import { CASE_STATUSES, type CaseRecord, type Charge, type Money } from '../../../src/domain/types';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { caseArb, dumpDatabase, exportStored, prepareHere, seed, textArb, writePrepared } from './db-helpers';

const editArb = fc.record({
  kind: fc.constantFrom('rename', 'log', 'delete-interaction', 'delete-case', 'restore-case', 'status', 'drop-charges'),
  caseIndex: fc.nat(),
  /** Seconds after the common backup: both devices draw from the same range, so either may be newer. */
  at: fc.integer({ min: 1, max: 5000 }),
  text: textArb,
  status: fc.constantFrom(...CASE_STATUSES),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

async function applyEdits(edits: Edit[], base: number): Promise<void> {
  const cases = (await db.cases.toArray()).sort((a, b) => a.createdAt - b.createdAt);
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    const c = cases[e.caseIndex % cases.length]!;
    const now = base + e.at * 1000;
    const current = (await db.cases.get(c.id))!;
    // The app edits only live cases (updateCase would give a tombstone search words again).
    if (current.deletedAt && e.kind !== 'restore-case') continue;
    const charges = (await db.charges.where('[caseId+chargedOn]').between([c.id, ''], [c.id, '\uffff']).toArray()).filter((ch) => !ch.deletedAt);
    const input = () => caseInput({ company: current.company, product: e.text, charges: charges.map((ch) => ({ id: ch.id, chargedOn: ch.chargedOn, amount: ch.amount })) });
    if (e.kind === 'rename') await updateCase(c.id, input(), { now });
    else if (e.kind === 'drop-charges') await updateCase(c.id, { ...input(), charges: [] }, { now });
    else if (e.kind === 'log') await logInteraction(interactionInput(c.id, { summary: e.text, occurredAt: now, channel: 'phone' }), { now });
    else if (e.kind === 'delete-case') await deleteCase(c.id, { now });
    else if (e.kind === 'restore-case') await restoreCase(c.id, { now });
    else if (e.kind === 'status') await setCaseStatus(c.id, e.status, {}, { now });
    else {
      const live = (await db.interactions.toArray()).filter((i) => i.caseId === c.id && !i.deletedAt);
      if (live[0]) await deleteInteraction(live[0].id, { now });
    }
  }
}

type Row = { id?: string; key?: string; updatedAt: number } & Record<string, unknown>;
const keyOf = (r: Row) => (r.id ?? r.key)!;
const byKey = (rows: unknown[]) => new Map((rows as Row[]).map((r) => [keyOf(r), r]));
/** Case fields recomputed after every import from the records attached to the case. */
const withoutSummary = (r: Row | undefined) => {
  if (!r) return r;
  const { lastActivityAt: _l, nextDueAt: _n, disputed: _d, ...rest } = r;
  return rest;
};

function expected(mine: Row | undefined, theirs: Row | undefined, policy: MergePolicy): Row | undefined {
  if (!mine || !theirs) return mine ?? theirs;
  if (policy === 'keep-mine') return mine;
  if (policy === 'take-theirs') return theirs;
  return theirs.updatedAt > mine.updatedAt ? theirs : mine;
}

const MERGED = ['cases', 'statusChanges', 'charges', 'interactions', 'evidence', 'followUps', 'playbookSteps', 'deadlineOverrides', 'companies', 'settings'];
const sorted = (ms: Money[]) => [...ms].sort((a, b) => a.currency.localeCompare(b.currency));

describe('merging an export into a database that has diverged', () => {
  it('keeps exactly the records the chosen policy says, and recomputes summaries and totals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { minLength: 1, maxLength: 3 }),
        fc.array(editArb, { maxLength: 6 }),
        fc.array(editArb, { maxLength: 6 }),
        fc.constantFrom(...MERGE_POLICIES),
        async (specs, theirEdits, myEdits, policy) => {
          const theirsDb = await freshDatabase();
          const t = await seed(specs);
          const common = await exportStored({ now: t });
          await applyEdits(theirEdits, t);
          const theirsDump = await dumpDatabase(theirsDb);
          const theirsFile = await exportStored({ now: t + 6_000_000 });
          theirsDb.close();

          const mineDb = await freshDatabase();
          await writePrepared(await prepareHere(common.blob, 'common.json'), 'newer', t);
          await applyEdits(myEdits, t);
          const mineDump = await dumpDatabase(mineDb);
          await writePrepared(await prepareHere(theirsFile.blob, 'theirs.json'), policy, t + 6_000_000);
          const result = await dumpDatabase(mineDb);
          mineDb.close();

          for (const table of MERGED) {
            const mine = byKey(mineDump[table]!);
            const theirs = byKey(theirsDump[table]!);
            const got = byKey(result[table]!);
            const keys = new Set([...mine.keys(), ...theirs.keys()]);
            expect([...got.keys()].sort(), table).toEqual([...keys].sort());
            for (const key of keys) {
              const want = expected(mine.get(key), theirs.get(key), policy);
              if (table === 'cases') expect(withoutSummary(got.get(key)), `${table} ${key}`).toEqual(withoutSummary(want));
              else expect(got.get(key), `${table} ${key}`).toEqual(want);
            }
          }
          const cases = result.cases as CaseRecord[];
          const charges = result.charges as Charge[];
          for (const c of cases) {
            const live = charges.filter((ch) => ch.caseId === c.id && !ch.deletedAt).map((ch) => ch.amount);
            expect(sorted(c.disputed)).toEqual(sorted(sumByCurrency(live)));
          }
          const totals = (result.meta as { key: string; value: { cases: number; disputed: Money[] } }[]).find((m) => m.key === 'totals')?.value;
          const liveCases = cases.filter((c) => !c.deletedAt);
          expect(totals?.cases ?? 0).toBe(liveCases.length);
          expect(sorted(totals?.disputed ?? [])).toEqual(sorted(sumByCurrency(liveCases.flatMap((c) => c.disputed))));
        },
      ),
      { numRuns: 30 },
    );
  }, 180_000);
});
