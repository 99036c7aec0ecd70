/**
 * Follow-up marks (snooze, done), deadline overrides and playbook ticks. Each write is one transaction
 * over caseTables() that also recomputes the case's `nextDueAt`, and returns an undo token that puts
 * back exactly the rows it changed.
 */
import type { FollowUpMark, DeadlineOverride, IsoDate, PlaybookStepMark } from '../../domain/types';
import { assertWritable, db } from '../database';
import { ValidationError } from '../errors';
import { newId } from '../../lib/ids';
import { recordSaved } from '../saved';
import { caseWrite, refreshCaseSummary } from './case-summary';
import type { WriteOptions } from './case-repo';

type TableName = 'followUps' | 'deadlineOverrides' | 'playbookSteps';
type Row = FollowUpMark | DeadlineOverride | PlaybookStepMark;

/** What one write changed: each row's id and its previous value (null when the row is new). */
export interface UndoToken {
  caseId: string;
  rows: { table: TableName; id: string; previous: Row | null }[];
}

const live = <T extends { deletedAt?: number }>(r: T) => !r.deletedAt;

/** Read, change and store rows of one case in a single transaction that refreshes its summary. */
async function write(caseId: string, now: number, change: (token: UndoToken) => Promise<void>): Promise<UndoToken> {
  assertWritable();
  const token: UndoToken = { caseId, rows: [] };
  await caseWrite(async () => {
    const c = await db.cases.get(caseId);
    if (!c || c.deletedAt) throw new ValidationError('caseId', `Case ${caseId} not found`);
    await change(token);
    await refreshCaseSummary(caseId, now);
  });
  recordSaved();
  return token;
}

async function put<T extends Row>(token: UndoToken, table: TableName, previous: T | undefined, next: T): Promise<void> {
  await (db[table] as unknown as { put: (r: T) => Promise<unknown> }).put(next);
  token.rows.push({ table, id: next.id, previous: previous ?? null });
}

async function currentMark(caseId: string, ruleId: string, eventKey: string): Promise<FollowUpMark | undefined> {
  const rows = await db.followUps.where('caseId').equals(caseId).filter((m) => live(m) && m.ruleId === ruleId && m.eventKey === eventKey).toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

async function setMark(token: UndoToken, caseId: string, ruleId: string, eventKey: string, now: number, patch: Pick<FollowUpMark, 'state'> & { until?: number }) {
  const prev = await currentMark(caseId, ruleId, eventKey);
  const next: FollowUpMark = { id: prev?.id ?? newId(), caseId, ruleId, eventKey, createdAt: prev?.createdAt ?? now, updatedAt: now, ...patch };
  await put(token, 'followUps', prev, next);
}

/** Hide one action (this rule, this triggering event) until `until`. */
export function snoozeFollowUp(caseId: string, ruleId: string, eventKey: string, until: number, opts: WriteOptions = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  if (!(until > now)) return Promise.reject(new ValidationError('until', 'A snooze must end in the future'));
  return write(caseId, now, (token) => setMark(token, caseId, ruleId, eventKey, now, { state: 'snoozed', until }));
}

/** Mark one action done; when it is a playbook step (an escalation rung), tick that step too. */
export function markFollowUpDone(
  caseId: string,
  ruleId: string,
  eventKey: string,
  opts: WriteOptions & { step?: { playbookId: string; stepId: string } } = {},
): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(caseId, now, async (token) => {
    await setMark(token, caseId, ruleId, eventKey, now, { state: 'done' });
    if (opts.step) await tick(token, caseId, opts.step.playbookId, opts.step.stepId, now);
  });
}

/** Forget a snooze or a done mark, so the action shows again. */
export function clearFollowUpMark(caseId: string, ruleId: string, eventKey: string, opts: WriteOptions = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(caseId, now, async (token) => {
    const prev = await currentMark(caseId, ruleId, eventKey);
    if (prev) await put(token, 'followUps', prev, { ...prev, deletedAt: now, updatedAt: now });
  });
}

/** Put back every row a write changed (rows that were new are soft-deleted). */
export function undoFollowUp(token: UndoToken, opts: WriteOptions = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(token.caseId, now, async (redo) => {
    for (const row of [...token.rows].reverse()) {
      const table = db[row.table] as unknown as { get: (id: string) => Promise<Row | undefined>; put: (r: Row) => Promise<unknown> };
      const current = await table.get(row.id);
      const restored = row.previous ? { ...row.previous, updatedAt: now } : current ? { ...current, deletedAt: now, updatedAt: now } : undefined;
      if (!restored) continue;
      await table.put(restored);
      redo.rows.push({ table: row.table, id: row.id, previous: current ?? null });
    }
  });
}

async function currentOverride(caseId: string, deadlineId: string): Promise<DeadlineOverride | undefined> {
  const rows = await db.deadlineOverrides.where('caseId').equals(caseId).filter((o) => live(o) && o.deadlineId === deadlineId).toArray();
  return rows.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

async function setOverride(token: UndoToken, caseId: string, deadlineId: string, now: number, patch: { date?: IsoDate | undefined; dismissed?: boolean }) {
  const prev = await currentOverride(caseId, deadlineId);
  const next: DeadlineOverride = { id: prev?.id ?? newId(), caseId, deadlineId, dismissed: prev?.dismissed ?? false, createdAt: prev?.createdAt ?? now, updatedAt: now };
  const date = 'date' in patch ? patch.date : prev?.date;
  if (date) next.date = date;
  if (patch.dismissed !== undefined) next.dismissed = patch.dismissed;
  await put(token, 'deadlineOverrides', prev, next);
}

/** Replace a deadline's computed last day with the person's own (undefined: back to the computed one). */
export function setDeadlineOverride(caseId: string, deadlineId: string, date: IsoDate | undefined, opts: WriteOptions = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(caseId, now, (token) => setOverride(token, caseId, deadlineId, now, { date }));
}

export function dismissDeadline(caseId: string, deadlineId: string, opts: WriteOptions = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(caseId, now, (token) => setOverride(token, caseId, deadlineId, now, { dismissed: true }));
}

export function restoreDeadline(caseId: string, deadlineId: string, opts: WriteOptions = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(caseId, now, (token) => setOverride(token, caseId, deadlineId, now, { dismissed: false }));
}

async function liveSteps(caseId: string, stepId: string): Promise<PlaybookStepMark[]> {
  return db.playbookSteps.where('caseId').equals(caseId).filter((m) => live(m) && m.stepId === stepId).toArray();
}

async function tick(token: UndoToken, caseId: string, playbookId: string, stepId: string, now: number, note?: string) {
  const [prev] = await liveSteps(caseId, stepId);
  // Ticking again keeps the first day it was done (the day a bank dispute was raised starts the UK clocks).
  const next: PlaybookStepMark = { id: prev?.id ?? newId(), caseId, playbookId, stepId, doneAt: prev?.doneAt ?? now, createdAt: prev?.createdAt ?? now, updatedAt: now };
  const text = (note ?? prev?.note)?.trim();
  if (text) next.note = text;
  await put(token, 'playbookSteps', prev, next);
}

/** Tick a playbook step as done (with an optional note). */
export function markPlaybookStep(caseId: string, playbookId: string, stepId: string, opts: WriteOptions & { note?: string } = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(caseId, now, (token) => tick(token, caseId, playbookId, stepId, now, opts.note));
}

export function unmarkPlaybookStep(caseId: string, stepId: string, opts: WriteOptions = {}): Promise<UndoToken> {
  const now = opts.now ?? Date.now();
  return write(caseId, now, async (token) => {
    for (const m of await liveSteps(caseId, stepId)) await put(token, 'playbookSteps', m, { ...m, deletedAt: now, updatedAt: now });
  });
}

