/**
 * The case list read as a moving window: walked down with "Show more cases" and back up with
 * "Show more recent cases", each filter shows every live case once, in last-activity order, even
 * when many cases share the same last activity, and no window holds more than CASES_MAX cases.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { caseAnchorAbove, caseKey, caseListWindow, type CaseListRequest } from '../../../src/db/queries/case-list';
import type { RefundDatabase } from '../../../src/db/database';
import type { CaseFilter } from '../../../src/db/queries/cases';
import { OPEN_STATUSES, type CaseRecord, type CaseStatus } from '../../../src/domain/types';
import { CASES_MAX, CASES_PAGE, firstCases, newerCases, olderCases } from '../../../src/features/cases/case-list-window';
import { freshDatabase } from '../../helpers/db';

const T0 = Date.UTC(2026, 0, 1);
const STATUSES: CaseStatus[] = ['new', 'in-progress', 'waiting', 'escalated', 'resolved', 'closed'];
let database: RefundDatabase;

function record(n: number): CaseRecord {
  // Four cases share each instant, so window edges fall inside runs of equal last activity.
  const at = T0 + Math.floor(n / 4) * 60_000;
  return {
    id: `c-${String(n).padStart(4, '0')}`, company: `Company ${n}`, companyKey: `company ${n}`, product: '', reason: 'billing-error', accountId: '', region: '',
    paymentMethod: 'card', requestKind: 'full-refund', request: '', status: STATUSES[n % STATUSES.length]!, refunded: [], disputed: [], createdAt: at, updatedAt: at,
    lastActivityAt: at, words: [], timeZone: 'Europe/Paris', ...(n % 50 === 7 ? { deletedAt: at } : {}),
  };
}

async function expected(filter: CaseFilter): Promise<string[]> {
  const all = await database.cases.toArray();
  const wanted = filter === 'all' ? () => true : filter === 'open' ? (c: CaseRecord) => OPEN_STATUSES.includes(c.status) : (c: CaseRecord) => c.status === filter;
  return all
    .filter((c) => !c.deletedAt && wanted(c))
    .sort((a, b) => b.lastActivityAt - a.lastActivityAt || (a.id < b.id ? 1 : -1))
    .map((c) => c.id);
}

beforeEach(async () => {
  database = await freshDatabase();
  await database.cases.bulkAdd(Array.from({ length: 600 }, (_, n) => record(n)));
});

describe('the case list window', () => {
  for (const filter of ['all', 'open', 'closed'] as CaseFilter[]) {
    it(`walks the "${filter}" cases down and back up, each window a run of the full list`, async () => {
      const full = await expected(filter);
      let request: CaseListRequest = firstCases(filter);
      let w = await caseListWindow(request);
      expect(w.cases).toHaveLength(Math.min(CASES_PAGE, full.length));
      const seen = new Set<string>();
      const checkRun = () => {
        const ids = w.cases.map((c) => c.id);
        const start = full.indexOf(ids[0]!);
        expect(full.slice(start, start + ids.length)).toEqual(ids);
        expect(ids.length).toBeLessThanOrEqual(CASES_MAX);
        ids.forEach((id) => seen.add(id));
      };
      checkRun();
      while (w.hasOlder) {
        request = olderCases(request, w.cases);
        w = await caseListWindow(request);
        checkRun();
      }
      expect(seen.size).toBe(full.length);
      expect(w.cases.at(-1)!.id).toBe(full.at(-1));

      seen.clear();
      while (w.hasNewer) {
        checkRun();
        const anchor = await caseAnchorAbove(filter, caseKey(w.cases[0]!), CASES_PAGE);
        request = newerCases(filter, anchor, w.cases);
        w = await caseListWindow(request);
      }
      checkRun();
      expect(w.cases[0]!.id).toBe(full[0]);
    });
  }

  it('starts a window exactly at its case, in the middle of cases with the same last activity', async () => {
    const full = await expected('all');
    // c-0401 shares its last activity with c-0400, c-0402 and c-0403.
    const at = full.indexOf('c-0401');
    const w = await caseListWindow({ filter: 'all', anchor: { from: 'key', key: caseKey((await database.cases.get('c-0401'))!) }, count: 3 });
    expect(w.cases.map((c) => c.id)).toEqual(full.slice(at, at + 3));
    expect(w.hasNewer).toBe(true);
    const anchor = await caseAnchorAbove('all', caseKey(w.cases[0]!), 2);
    expect(anchor).toEqual({ from: 'key', key: caseKey((await database.cases.get(full[at - 2]!))!) });
  });
});
