import { updateSettings } from '../../../src/db/repositories/settings-repo';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { attentionPage, countDueCases } from '../../../src/db/queries/attention';
import { createCase, deleteCase, restoreCase, setCaseStatus, updateCase } from '../../../src/db/repositories/case-repo';
import { loadBundle } from '../../../src/db/repositories/case-summary';
import { addEvidence, deleteEvidence, restoreEvidence } from '../../../src/db/repositories/evidence-repo';
import {
  clearFollowUpMark,
  dismissDeadline,
  markFollowUpDone,
  markPlaybookStep,
  restoreDeadline,
  setDeadlineOverride,
  snoozeFollowUp,
  undoFollowUp,
  unmarkPlaybookStep,
  
} from '../../../src/db/repositories/follow-up-repo';
import { deleteInteraction, logInteraction, restoreInteraction, updateInteraction } from '../../../src/db/repositories/interaction-repo';
import { getSettings } from '../../../src/db/queries/settings';
import { nextActions, nextDueAt, visibleActions } from '../../../src/domain/follow-up';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';

const ZONE = 'Europe/Paris';
const T0 = Date.UTC(2026, 10, 2, 9); // Monday 2 November 2026, 10:00 in Paris
const day = 24 * 3600 * 1000;
const opts = (now: number) => ({ now, timeZone: ZONE });

beforeEach(async () => {
  await freshDatabase();
});

/** The stored nextDueAt must equal what the rules answer for the stored records. */
async function expectTrue(caseId: string, now: number): Promise<number | undefined> {
  const bundle = (await loadBundle(caseId))!;
  const expected = bundle.case.deletedAt ? undefined : nextDueAt(bundle, await getSettings(), now, bundle.case.timeZone);
  expect(bundle.case.nextDueAt).toBe(expected);
  return bundle.case.nextDueAt;
}

async function visible(caseId: string, now: number) {
  const bundle = (await loadBundle(caseId))!;
  return visibleActions(nextActions(bundle, await getSettings(), now, ZONE), bundle, now);
}

const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('nextDueAt stays equal to the rules after every kind of write', () => {
  it('create, edit, log, edit log, delete and restore log, status, snooze, done and its undo, override, evidence and its delete and restore, ticks, settings, delete case', async () => {
    const id = await createCase(caseInput({ reason: 'cancellation-issue', paymentMethod: 'card' }), opts(T0));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-02T22:59:59.999Z'); // contact today

    await updateCase(id, caseInput({ reason: 'other', paymentMethod: 'other' }), opts(T0 + 1000));
    await expectTrue(id, T0);

    const first = await logInteraction(interactionInput(id, { occurredAt: T0 + 3600_000, outcome: 'no-resolution' }), opts(T0 + 3600_000));
    // Logged Monday: follow up by the end of Thursday.
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-05T22:59:59.999Z');

    await updateInteraction(first, interactionInput(id, { occurredAt: T0 + 3600_000, outcome: 'reply-promised', promisedBy: '2026-11-04' }), opts(T0 + 2 * 3600_000));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-04T22:59:59.999Z');

    await deleteInteraction(first, opts(T0 + 3 * 3600_000));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-02T22:59:59.999Z');
    await restoreInteraction(first, opts(T0 + 4 * 3600_000));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-04T22:59:59.999Z');

    const snoozeUntil = Date.UTC(2026, 10, 6, 8);
    const snoozed = await snoozeFollowUp(id, 'promise-missed', first, snoozeUntil, opts(T0 + day));
    expect(await expectTrue(id, T0 + day)).toBe(snoozeUntil);
    await undoFollowUp(snoozed, opts(T0 + day + 1));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-04T22:59:59.999Z');

    const done = await markFollowUpDone(id, 'promise-missed', first, opts(T0 + day));
    expect(await expectTrue(id, T0 + day)).toBeUndefined();
    await undoFollowUp(done, opts(T0 + day + 2));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-04T22:59:59.999Z');
    await markFollowUpDone(id, 'promise-missed', first, opts(T0 + day + 3));
    expect(await expectTrue(id, T0 + day)).toBeUndefined();

    await updateCase(id, caseInput({ reason: 'other', paymentMethod: 'card' }), opts(T0 + day + 5));
    const cardDeadline = (await loadBundle(id))!.charges[0]!.id;
    expect(iso(await expectTrue(id, T0))).toBe('2027-03-02T22:59:59.999Z'); // card dispute window, 120 days from 2 Nov
    await setDeadlineOverride(id, `card-dispute:${cardDeadline}`, '2027-01-15', opts(T0 + day + 6));
    expect(iso(await expectTrue(id, T0))).toBe('2027-01-15T22:59:59.999Z');
    await dismissDeadline(id, `card-dispute:${cardDeadline}`, opts(T0 + day + 7));
    expect(await expectTrue(id, T0)).toBeUndefined();
    await restoreDeadline(id, `card-dispute:${cardDeadline}`, opts(T0 + day + 8));
    expect(iso(await expectTrue(id, T0))).toBe('2027-01-15T22:59:59.999Z');
    await setDeadlineOverride(id, `card-dispute:${cardDeadline}`, undefined, opts(T0 + day + 9));
    expect(iso(await expectTrue(id, T0))).toBe('2027-03-02T22:59:59.999Z');

    await updateCase(id, caseInput({ reason: 'technical-issue', paymentMethod: 'other' }), opts(T0 + day + 10));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-03T22:59:59.999Z'); // screenshots, by the next business day
    const screenshot = await addEvidence({ caseId: id, kind: 'error-screenshot', name: 'error.png', type: 'image/png', sha256: 'a'.repeat(64), blob: new Blob([new Uint8Array([1])]) }, T0 + day + 11);
    expect(await expectTrue(id, T0)).toBeUndefined();
    await deleteEvidence(screenshot, T0 + day + 12);
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-03T22:59:59.999Z'); // the screenshot is asked for again
    await restoreEvidence(screenshot, T0 + day + 13);
    expect(await expectTrue(id, T0)).toBeUndefined();

    // Three contacts without progress: escalate; ticking the rung clears it.
    for (const d of [3, 4, 5]) await logInteraction(interactionInput(id, { occurredAt: T0 + d * day, outcome: 'no-resolution', references: [] }), opts(T0 + d * day));
    expect((await visible(id, T0 + 5 * day)).map((a) => a.ruleId)).toEqual(['escalate', 'no-reply']);
    await markPlaybookStep(id, 'netflix', 'supervisor', opts(T0 + 5 * day + 60_000));
    await expectTrue(id, T0);
    // Ticked: the next rung now waits two weeks for an answer instead of falling due at once.
    const after = await visible(id, T0 + 5 * day);
    expect(after.map((a) => a.ruleId)).toEqual(['no-reply', 'escalate']);
    expect(after[1]!.eventKey).toBe('formal-review:wait:supervisor');
    await unmarkPlaybookStep(id, 'supervisor', opts(T0 + 5 * day + 120_000));
    expect((await visible(id, T0 + 5 * day)).map((a) => a.ruleId)).toEqual(['escalate', 'no-reply']);
    await expectTrue(id, T0);
    // Done on the escalation ticks its rung; undoing the done unticks it.
    const escalation = (await visible(id, T0 + 5 * day)).find((a) => a.ruleId === 'escalate')!;
    const climbed = await markFollowUpDone(id, 'escalate', escalation.eventKey, { ...opts(T0 + 5 * day + 180_000), step: escalation.step! });
    expect((await visible(id, T0 + 5 * day)).map((a) => a.ruleId)).toEqual(['no-reply', 'escalate']);
    await expectTrue(id, T0);
    await undoFollowUp(climbed, opts(T0 + 5 * day + 240_000));
    expect((await visible(id, T0 + 5 * day)).map((a) => a.ruleId)).toEqual(['escalate', 'no-reply']);
    await expectTrue(id, T0);

    await updateSettings({ followUpBusinessDays: 10, contactsBeforeEscalation: 5 }, opts(T0 + 6 * day));
    expect((await visible(id, T0 + 5 * day)).map((a) => a.ruleId)).toEqual(['no-reply']);
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-20T22:59:59.999Z'); // Friday 6 Nov + 10 business days

    await setCaseStatus(id, 'resolved', { outcome: 'full-refund' }, opts(T0 + 7 * day));
    expect(await expectTrue(id, T0)).toBeUndefined();
    await setCaseStatus(id, 'in-progress', {}, opts(T0 + 8 * day));
    expect(await expectTrue(id, T0)).toBeDefined();

    await deleteCase(id, opts(T0 + 9 * day));
    expect((await db.cases.get(id))!.nextDueAt).toBeUndefined();
    await restoreCase(id, opts(T0 + 10 * day));
    expect(await expectTrue(id, T0)).toBeDefined();
  });
});

describe('follow-up marks', () => {
  it('keep one live mark per rule and event; a snooze then done updates the same row', async () => {
    const id = await createCase(caseInput(), opts(T0));
    await snoozeFollowUp(id, 'first-contact', id, T0 + day, opts(T0));
    await markFollowUpDone(id, 'first-contact', id, opts(T0 + 1));
    const marks = await db.followUps.where('caseId').equals(id).toArray();
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ ruleId: 'first-contact', eventKey: id, state: 'done', createdAt: T0, updatedAt: T0 + 1 });
  });

  it('undo of a first mark soft-deletes it and brings the action back', async () => {
    const id = await createCase(caseInput(), opts(T0));
    const token = await markFollowUpDone(id, 'first-contact', id, opts(T0));
    expect((await visible(id, T0)).map((a) => a.ruleId)).not.toContain('first-contact');
    await undoFollowUp(token, opts(T0 + 1));
    expect((await visible(id, T0)).map((a) => a.ruleId)).toContain('first-contact');
    expect((await db.followUps.toArray())[0]!.deletedAt).toBe(T0 + 1);
  });

  it('done on an escalation ticks its rung, and undo takes both back', async () => {
    const id = await createCase(caseInput({ paymentMethod: 'other' }), opts(T0));
    await logInteraction(interactionInput(id, { occurredAt: T0 + 1000, outcome: 'denied', direction: 'inbound' }), opts(T0 + 1000));
    const [esc] = (await visible(id, T0 + 2000)).filter((a) => a.ruleId === 'escalate');
    expect(esc).toMatchObject({ step: { playbookId: 'netflix', stepId: 'supervisor' } });
    const token = await markFollowUpDone(id, esc!.ruleId, esc!.eventKey, { ...opts(T0 + 3000), step: esc!.step! });
    expect(await db.playbookSteps.where('caseId').equals(id).toArray()).toMatchObject([{ stepId: 'supervisor', doneAt: T0 + 3000 }]);
    await undoFollowUp(token, opts(T0 + 4000));
    expect((await db.playbookSteps.toArray()).every((m) => m.deletedAt === T0 + 4000)).toBe(true);
    expect((await visible(id, T0 + 5000)).some((a) => a.ruleId === 'escalate')).toBe(true);
    await expectTrue(id, T0);
  });

  it('clearing a snooze shows the action again and brings the due time back', async () => {
    const id = await createCase(caseInput({ reason: 'other' }), opts(T0));
    await snoozeFollowUp(id, 'first-contact', id, T0 + 3 * day, opts(T0));
    expect(await expectTrue(id, T0)).toBe(T0 + 3 * day);
    await clearFollowUpMark(id, 'first-contact', id, opts(T0 + 1));
    expect(iso(await expectTrue(id, T0))).toBe('2026-11-02T22:59:59.999Z');
    expect((await visible(id, T0 + 2)).map((a) => a.ruleId)).toContain('first-contact');
  });

  it('a snooze must end in the future; a missing case is refused without writing', async () => {
    const id = await createCase(caseInput(), opts(T0));
    await expect(snoozeFollowUp(id, 'first-contact', id, T0 - 1, opts(T0))).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(markFollowUpDone('nope', 'first-contact', 'nope', opts(T0))).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await db.followUps.count()).toBe(0);
  });
});

describe('playbook ticks', () => {
  it('keep the first day done and the note; a re-tick edits the note only', async () => {
    const id = await createCase(caseInput({ region: 'UK' }), opts(T0));
    await markPlaybookStep(id, 'netflix', 'card-dispute', { ...opts(T0), note: ' Bank ref 42 ' });
    await markPlaybookStep(id, 'netflix', 'card-dispute', { ...opts(T0 + day), note: 'Bank ref 43' });
    const rows = await db.playbookSteps.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ doneAt: T0, note: 'Bank ref 43', updatedAt: T0 + day });
  });
});

describe('attention reads', () => {
  it('page through cases by due time, skip closed and deleted ones, and count those due', async () => {
    const a = await createCase(caseInput({ company: 'A', reason: 'other' }), opts(T0));
    const b = await createCase(caseInput({ company: 'B', reason: 'other' }), opts(T0 - day));
    const c = await createCase(caseInput({ company: 'C', reason: 'other' }), opts(T0 + day));
    const closed = await createCase(caseInput({ company: 'Closed', reason: 'other' }), opts(T0));
    await setCaseStatus(closed, 'closed', {}, opts(T0));
    const gone = await createCase(caseInput({ company: 'Gone', reason: 'other' }), opts(T0));
    await deleteCase(gone, opts(T0));
    const first = await attentionPage(2);
    expect(first.bundles.map((x) => x.case.id)).toEqual([b, a]);
    expect(first.hasMore).toBe(true);
    const all = await attentionPage(10);
    expect(all.bundles.map((x) => x.case.id)).toEqual([b, a, c]);
    expect(all.hasMore).toBe(false);
    expect(await countDueCases(Date.UTC(2026, 10, 2, 23))).toBe(2);
  });
});
