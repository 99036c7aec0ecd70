import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { listCases, readTotals } from '../../../src/db/queries/cases';
import { searchCases } from '../../../src/db/queries/search';
import { caseTimeline } from '../../../src/db/queries/timeline';
import { createCase, deleteCase, restoreCase, setCaseStatus, updateCase } from '../../../src/db/repositories/case-repo';
import { rebuildTotals } from '../../../src/db/repositories/case-summary';
import { deleteInteraction, logInteraction, logInteractionWithNewCase, restoreInteraction, updateInteraction } from '../../../src/db/repositories/interaction-repo';
import { getSettings } from '../../../src/db/queries/settings';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';

const T = Date.UTC(2026, 10, 10, 9, 0);

beforeEach(async () => {
  await freshDatabase();
});

async function totalsFromScratch() {
  const before = await readTotals();
  await db.transaction('rw', db.cases, db.meta, () => rebuildTotals(T));
  const after = await readTotals();
  return { before, after };
}

describe('cases', () => {
  it('creates a case with its charges, first status, company and kept-up fields in one go', async () => {
    const id = await createCase(caseInput({ charges: [
      { chargedOn: '2026-11-02', amount: { minor: 1399, currency: 'EUR' } },
      { chargedOn: '2026-10-02', amount: { minor: 999, currency: 'USD' } },
    ] }), { now: T, timeZone: 'Europe/Paris' });
    const c = (await db.cases.get(id))!;
    expect(c).toMatchObject({ status: 'new', companyKey: 'netflix', lastActivityAt: T, timeZone: 'Europe/Paris' });
    expect(c.disputed).toEqual([{ currency: 'EUR', minor: 1399 }, { currency: 'USD', minor: 999 }]);
    expect(c.words).toEqual(expect.arrayContaining(['netflix', 'standard', 'plan', 'me', 'example', 'com']));
    expect(await db.statusChanges.where('[caseId+at]').between([id, 0], [id, Infinity]).toArray()).toMatchObject([{ from: null, to: 'new', at: T }]);
    expect(await db.companies.get('netflix')).toMatchObject({ name: 'Netflix', lastUsedAt: T });
    expect(await readTotals()).toEqual({ cases: 1, disputed: c.disputed, refunded: [] });
  });

  it('edits charges (update, add, soft-delete) and keeps the totals equal to a full recount', async () => {
    const id = await createCase(caseInput(), { now: T });
    const [charge] = await db.charges.toArray();
    await updateCase(id, caseInput({ company: 'Netflix Inc', charges: [
      { id: charge!.id, chargedOn: '2026-11-02', amount: { minor: 1599, currency: 'EUR' } },
      { chargedOn: '2026-11-05', amount: { minor: 500, currency: 'GBP' } },
    ] }), { now: T + 1000 });
    await createCase(caseInput({ company: 'LinkedIn' }), { now: T + 2000 });
    await setCaseStatus(id, 'resolved', { outcome: 'partial-refund', refunded: [{ minor: 700, currency: 'EUR' }] }, { now: T + 3000 });
    await updateCase(id, caseInput({ company: 'Netflix Inc', status: 'resolved', outcome: 'partial-refund', refunded: [{ minor: 700, currency: 'EUR' }], charges: [] }), { now: T + 4000 });
    const c = (await db.cases.get(id))!;
    expect(c.disputed).toEqual([]);
    expect((await db.charges.toArray()).filter((ch) => ch.caseId === id).every((ch) => ch.deletedAt === T + 4000)).toBe(true);
    const { before, after } = await totalsFromScratch();
    expect(before).toEqual(after);
    expect(before).toEqual({ cases: 2, disputed: [{ currency: 'EUR', minor: 1399 }], refunded: [{ currency: 'EUR', minor: 700 }] });
  });

  it('soft-deletes a case out of lists, search and totals, and an undo brings it all back', async () => {
    const id = await createCase(caseInput(), { now: T });
    await logInteraction(interactionInput(id), { now: T + 1 });
    await deleteCase(id, { now: T + 2 });
    expect(await listCases('all', 10)).toEqual([]);
    expect(await searchCases('netflix', 10)).toEqual([]);
    expect(await searchCases('CS-1001', 10)).toEqual([]);
    expect(await readTotals()).toEqual({ cases: 0, disputed: [], refunded: [] });
    expect((await db.cases.get(id))?.deletedAt).toBe(T + 2);
    await restoreCase(id, { now: T + 3 });
    expect((await listCases('all', 10)).map((c) => c.id)).toEqual([id]);
    expect((await searchCases('CS-1001', 10)).map((h) => h.case.id)).toEqual([id]);
    expect((await readTotals()).cases).toBe(1);
  });

  it('accepts a company name with no letter or digit, and keeps an edited deleted case out of search', async () => {
    const id = await createCase(caseInput({ company: '/', product: 'Mystery box' }), { now: T });
    expect((await db.cases.get(id))!.companyKey).toBe('');
    await deleteCase(id, { now: T + 1 });
    await updateCase(id, caseInput({ company: 'Acme', product: 'Mystery box' }), { now: T + 2 });
    expect(await searchCases('mystery', 5)).toEqual([]);
    await restoreCase(id, { now: T + 3 });
    expect((await searchCases('acme mystery', 5)).map((h) => h.case.id)).toEqual([id]);
  });

  it('closes and reopens with each change recorded', async () => {
    const id = await createCase(caseInput(), { now: T });
    await setCaseStatus(id, 'closed', {}, { now: T + 10 });
    expect(await listCases('open', 10)).toEqual([]);
    expect((await listCases('closed', 10)).map((c) => c.id)).toEqual([id]);
    expect((await db.cases.get(id))!.nextDueAt).toBeUndefined();
    await setCaseStatus(id, 'in-progress', {}, { now: T + 20 });
    expect((await listCases('open', 10)).map((c) => c.id)).toEqual([id]);
    const changes = await db.statusChanges.where('[caseId+at]').between([id, 0], [id, Infinity]).toArray();
    expect(changes.map((s) => [s.from, s.to])).toEqual([[null, 'new'], ['new', 'closed'], ['closed', 'in-progress']]);
  });
});

describe('interactions', () => {
  it('logs a contact: status follows the outcome, agent and channel are remembered, activity moves', async () => {
    const id = await createCase(caseInput(), { now: T });
    const at = T + 3_600_000;
    await logInteraction(interactionInput(id, { occurredAt: at, channel: 'phone', agentName: ' Zoë ', outcome: 'reply-promised', promisedBy: '2026-11-12' }), { now: at });
    const c = (await db.cases.get(id))!;
    expect(c.status).toBe('waiting');
    expect(c.lastActivityAt).toBe(at);
    expect((await db.companies.get('netflix'))!.agentNames).toEqual(['Zoë']);
    expect((await getSettings()).lastChannel).toBe('phone');
    await logInteraction(interactionInput(id, { occurredAt: at + 1000, outcome: 'escalated' }), { now: at + 1000 });
    expect((await db.cases.get(id))!.status).toBe('escalated');
  });

  it('edits, deletes and restores a contact, keeping the index and last activity true', async () => {
    const id = await createCase(caseInput(), { now: T });
    const iid = await logInteraction(interactionInput(id, { occurredAt: T + 5000 }), { now: T + 5000 });
    await updateInteraction(iid, interactionInput(id, { occurredAt: T + 4000, references: ['XY-9'], summary: 'Réponse écrite demandée' }), { now: T + 6000 });
    expect(await searchCases('CS-1001', 5)).toEqual([]);
    expect((await searchCases('reponse xy9', 5)).map((h) => h.interaction?.id)).toEqual([iid]);
    await deleteInteraction(iid, { now: T + 7000 });
    expect(await searchCases('xy', 5)).toEqual([]);
    expect((await caseTimeline(id, 10)).entries.some((e) => e.kind === 'interaction')).toBe(false);
    expect((await db.cases.get(id))!.lastActivityAt).toBe(Math.max(T, (await db.statusChanges.toArray()).reduce((m, s) => Math.max(m, s.at), 0)));
    await restoreInteraction(iid, { now: T + 8000 });
    expect((await searchCases('xy9', 5)).map((h) => h.interaction?.id)).toEqual([iid]);
  });

  it('search needs every word, from the case or any one of its contacts', async () => {
    const a = await createCase(caseInput({ company: 'LinkedIn', product: 'Premium' }), { now: T });
    await logInteraction(interactionInput(a, { occurredAt: T + 1, summary: 'Hold music only', references: [] }), { now: T + 1 });
    await logInteraction(interactionInput(a, { occurredAt: T + 2, summary: 'Demande de révision envoyée', references: ['LI-9'] }), { now: T + 2 });
    const b = await createCase(caseInput({ company: 'Netflix' }), { now: T });
    await logInteraction(interactionInput(b, { occurredAt: T + 3, summary: 'Révision refusée' }), { now: T + 3 });
    // Company from the case, word from the second contact: the first contact does not decide.
    expect((await searchCases('linkedin revision', 10)).map((h) => [h.case.id, h.interaction?.summary])).toEqual([[a, 'Demande de révision envoyée']]);
    expect((await searchCases('premium envoyee', 10)).map((h) => h.case.id)).toEqual([a]);
    expect((await searchCases('revision', 10)).map((h) => h.case.id).sort()).toEqual([a, b].sort());
    expect(await searchCases('netflix envoyee', 10)).toEqual([]);
    expect(await searchCases('linkedin nothing', 10)).toEqual([]);
  });

  it('starts a case from the log form in one transaction, or writes nothing', async () => {
    const { caseId } = await logInteractionWithNewCase(caseInput({ company: 'Spotify', charges: [] }), { ...interactionInput('x'), outcome: 'denied' }, { now: T });
    expect((await db.interactions.toArray()).map((i) => i.caseId)).toEqual([caseId]);
    await expect(
      logInteractionWithNewCase(caseInput({ company: 'Adobe', charges: [] }), { ...interactionInput('x'), references: null as unknown as string[] }, { now: T }),
    ).rejects.toThrow();
    expect((await db.cases.toArray()).map((c) => c.company)).toEqual(['Spotify']);
  });
});
