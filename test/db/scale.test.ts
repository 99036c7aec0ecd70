/**
 * At 2,000 cases and 100,000 interactions, the case list, search and a large case's timeline read only
 * the records they show (counted through a Dexie middleware), never the whole table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listCases } from '../../src/db/queries/cases';
import { searchCases } from '../../src/db/queries/search';
import { caseTimeline } from '../../src/db/queries/timeline';
import { caseWords } from '../../src/db/repositories/case-repo';
import { interactionWords, logInteraction } from '../../src/db/repositories/interaction-repo';
import { RULES_WINDOW } from '../../src/db/repositories/case-summary';
import { db } from '../../src/db/database';
import { companyKeyOf } from '../../src/domain/text';
import type { CaseRecord, Interaction } from '../../src/domain/types';
import { freshDatabase } from '../helpers/db';
import { countReads, type ReadCounter } from '../helpers/read-counter';

const CASES = 2_000;
const INTERACTIONS = 100_000;
const BIG_CASE_INTERACTIONS = 5_000;
const T0 = Date.UTC(2025, 0, 1);
const COMPANIES = ['Netflix', 'LinkedIn', 'Spotify', 'Disney Plus', 'Adobe', 'Amazon Prime', 'Dropbox', 'Canal Plus'];
const AGENTS = ['Zoë', 'Marc', 'Ana', 'Jürgen', 'Łukasz', 'Priya', 'Sam', 'Chloé'];

let counter: ReadCounter;

beforeAll(async () => {
  const database = await freshDatabase();
  const cases: CaseRecord[] = [];
  for (let i = 0; i < CASES; i++) {
    const company = COMPANIES[i % COMPANIES.length]!;
    const base = { company, product: `Plan ${i % 5}`, accountId: `user${i}@example.com` };
    cases.push({
      ...base, id: `case-${i}`, companyKey: companyKeyOf(company), reason: 'billing-error', region: 'EU', paymentMethod: 'card',
      requestKind: 'full-refund', request: '', status: i % 3 === 0 ? 'closed' : 'waiting', refunded: [], disputed: [],
      createdAt: T0 + i, updatedAt: T0 + i, lastActivityAt: T0 + i * 60_000, words: caseWords(base), timeZone: 'Europe/Paris',
    });
  }
  await database.cases.bulkAdd(cases);
  const batch: Interaction[] = [];
  for (let n = 0; n < INTERACTIONS; n++) {
    const caseIndex = n < BIG_CASE_INTERACTIONS ? 0 : n % CASES;
    const fields = {
      references: [`REF-${n}`],
      agentName: AGENTS[n % AGENTS.length]!,
      agentId: '',
      summary: n === 77_777 ? 'Demande de révision du prélèvement' : `Asked again about the charge number ${n % 97}`,
    };
    batch.push({
      ...fields, id: `i-${n}`, caseId: `case-${caseIndex}`, occurredAt: T0 + n * 1000, timeZone: 'Europe/Paris', channel: 'chat',
      direction: 'outbound', outcome: 'no-resolution', createdAt: T0, updatedAt: T0, words: interactionWords(fields),
    });
    if (batch.length === 10_000) await database.interactions.bulkAdd(batch.splice(0));
  }
  counter = await countReads(database);
}, 240_000);

describe('at 2,000 cases and 100,000 interactions', () => {
  it('the case list reads one page of cases, whatever the filter', async () => {
    counter.reset();
    const page = await listCases('all', 30);
    expect(page).toHaveLength(30);
    expect(page[0]!.id).toBe(`case-${CASES - 1}`);
    expect(counter.reads).toBe(30);

    counter.reset();
    const open = await listCases('open', 30);
    expect(open.every((c) => c.status === 'waiting')).toBe(true);
    // One index range per open status, each stopped at the page size.
    expect(counter.reads).toBeLessThanOrEqual(30 * 4);
    expect(counter.byTable.interactions).toBeUndefined();
  });

  it('search by a reference number reads the one interaction and its case', async () => {
    counter.reset();
    const hits = await searchCases('REF-64321', 20);
    expect(hits.map((h) => h.case.id)).toEqual([`case-${64_321 % CASES}`]);
    expect(hits[0]!.interaction?.id).toBe('i-64321');
    // 'ref64321' is the driving term: one cases-index probe (no match) + one interaction + one case.
    expect(counter.reads).toBeLessThanOrEqual(3);
  });

  it('search by an accent-free word finds the accented summary through the index', async () => {
    counter.reset();
    const hits = await searchCases('revision', 20);
    expect(hits.map((h) => h.interaction?.id)).toEqual(['i-77777']);
    expect(counter.reads).toBeLessThanOrEqual(3);
  });

  it('a common word stops after one page of distinct cases', async () => {
    counter.reset();
    const hits = await searchCases('charge', 20);
    expect(hits).toHaveLength(20);
    // The big case holds the first 5,000 matches; the cursor skips them by case but still steps
    // through them, so the bound is the big case's size plus a page, far below the 100,000 rows.
    expect(counter.reads).toBeLessThanOrEqual(BIG_CASE_INTERACTIONS + 100);
  });

  it('a company name with a common word reads the company’s cases and one page of contacts', async () => {
    counter.reset();
    const hits = await searchCases('netflix again', 20);
    expect(hits).toHaveLength(20);
    expect(hits.every((h) => h.case.company === 'Netflix' && h.interaction?.summary.includes('again'))).toBe(true);
    // 250 Netflix cases are read to know which contacts may match; the walk then stops at 20 cases.
    expect(counter.byTable.cases).toBe(CASES / COMPANIES.length);
    expect(counter.reads).toBeLessThanOrEqual(CASES / COMPANIES.length + 20 * COMPANIES.length + BIG_CASE_INTERACTIONS);
  });

  it('a new contact on the largest case reads only the latest contacts to keep the case current', async () => {
    counter.reset();
    await logInteraction({
      caseId: 'case-0', occurredAt: T0 + INTERACTIONS * 1000, timeZone: 'Europe/Paris', channel: 'phone', direction: 'outbound',
      agentName: 'Ana', agentId: '', references: ['NEW-1'], summary: 'Another call', outcome: 'no-resolution',
    });
    expect(counter.byTable.interactions).toBeLessThanOrEqual(RULES_WINDOW);
    expect((await db.cases.get('case-0'))!.lastActivityAt).toBe(T0 + INTERACTIONS * 1000);
  });

  it('the largest case opens with one page of its timeline', async () => {
    counter.reset();
    const page = await caseTimeline('case-0', 30);
    expect(page.hasMore).toBe(true);
    expect(page.entries.filter((e) => e.kind === 'interaction')).toHaveLength(30);
    expect(counter.byTable.interactions).toBe(31);
    expect(counter.reads).toBeLessThan(40);
  });
});
