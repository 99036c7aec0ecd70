// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { StaleWriteError } from '../../../src/db/errors';
import { createCase, setCaseStatus, updateCase, type CaseSnapshot } from '../../../src/db/repositories/case-repo';
import { draftKey, listDrafts, saveDraft } from '../../../src/db/repositories/drafts-repo';
import { logInteraction, updateInteraction } from '../../../src/db/repositories/interaction-repo';
import { BASE_REVISION, revisionOf } from '../../../src/lib/ids';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';

beforeEach(async () => {
  await freshDatabase();
});

const REV = /^[0-9]+-[0-9a-z]{16}$/;

describe('revisions of cases', () => {
  it('gives each saved version a revision no other save can produce, naming the one it replaced', async () => {
    const id = await createCase(caseInput());
    const first = (await db.cases.get(id))!;
    expect(first.rev).toMatch(/^1-/);
    await updateCase(id, caseInput({ product: 'Premium' }), { expectedRev: first.rev! });
    const second = (await db.cases.get(id))!;
    expect(second.rev).toMatch(REV);
    expect(second.rev).toMatch(/^2-/);
    expect(second.parentRev).toBe(first.rev);
  });

  it('refuses a save started from an older version, inside the transaction, and writes nothing', async () => {
    const id = await createCase(caseInput({ product: 'Basic' }));
    const started = revisionOf((await db.cases.get(id))!);
    await updateCase(id, caseInput({ product: 'Premium' }), { expectedRev: started });
    const stored = (await db.cases.get(id))!;
    const error = await updateCase(id, caseInput({ product: 'Family' }), { expectedRev: started }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleWriteError);
    const current = (error as StaleWriteError<CaseSnapshot>).current;
    expect(current.case.product).toBe('Premium');
    expect(current.charges.length).toBeGreaterThan(0);
    expect(await db.cases.get(id)).toEqual(stored);
  });

  it('treats a case stored before revisions existed as the base revision', async () => {
    const id = await createCase(caseInput());
    const c = (await db.cases.get(id))!;
    delete c.rev;
    await db.cases.put(c);
    await updateCase(id, caseInput({ product: 'Premium' }), { expectedRev: BASE_REVISION });
    expect((await db.cases.get(id))!.parentRev).toBe(BASE_REVISION);
  });

  it('a status change made elsewhere is a new revision; summary upkeep alone is not', async () => {
    const id = await createCase(caseInput());
    const before = (await db.cases.get(id))!.rev;
    await logInteraction(interactionInput(id, { outcome: 'no-resolution' }));
    const afterContact = (await db.cases.get(id))!;
    expect(afterContact.status).toBe('in-progress');
    expect(afterContact.rev).not.toBe(before);
    const stamp = afterContact.rev;
    // A second contact moves only the kept-up fields (last activity, next due): no new revision.
    await logInteraction(interactionInput(id, { outcome: 'no-resolution', occurredAt: Date.UTC(2026, 10, 11, 9, 30) }));
    expect((await db.cases.get(id))!.rev).toBe(stamp);
    await setCaseStatus(id, 'closed');
    expect((await db.cases.get(id))!.rev).not.toBe(stamp);
  });
});

describe('revisions of contacts', () => {
  it('refuses a stale edit of a contact and keeps the stored one', async () => {
    const caseId = await createCase(caseInput());
    const id = await logInteraction(interactionInput(caseId, { summary: 'First' }));
    const started = revisionOf((await db.interactions.get(id))!);
    await updateInteraction(id, interactionInput(caseId, { summary: 'Edited in tab A' }), { expectedRev: started });
    const error = await updateInteraction(id, interactionInput(caseId, { summary: 'Edited in tab B' }), { expectedRev: started }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleWriteError);
    expect((await db.interactions.get(id))!.summary).toBe('Edited in tab A');
  });
});

describe('a save and its draft', () => {
  it('removes the form draft in the save transaction, and leaves it when the save is refused', async () => {
    const caseId = await createCase(caseInput());
    await saveDraft(`interaction:new:${caseId}`, 'tab-1', { summary: 'typed' });
    await saveDraft(`interaction:new:${caseId}`, 'tab-2', { summary: 'other tab' });
    await logInteraction(interactionInput(caseId), { draftKey: draftKey(`interaction:new:${caseId}`, 'tab-1') });
    expect((await listDrafts(`interaction:new:${caseId}`)).map((d) => d.owner)).toEqual(['tab-2']);

    const started = revisionOf((await db.cases.get(caseId))!);
    await updateCase(caseId, caseInput({ product: 'x' }), { expectedRev: started });
    await saveDraft(`case:edit:${caseId}`, 'tab-1', { values: {} });
    await updateCase(caseId, caseInput({ product: 'y' }), { expectedRev: started, draftKey: draftKey(`case:edit:${caseId}`, 'tab-1') }).catch(() => undefined);
    expect(await listDrafts(`case:edit:${caseId}`)).toHaveLength(1);
  });
});
