/**
 * The interaction log. Each write keeps the interaction's search words, the company's agent names,
 * the last channel used, the case's status and its summary fields true, in one transaction.
 */
import type { CaseInput, InteractionInput } from '../../domain/inputs';
import { statusAfterInteraction } from '../../domain/status';
import { mergeWords, referenceWords, wordsOf } from '../../domain/text';
import type { Interaction } from '../../domain/types';
import { assertWritable, db } from '../database';
import { newId, nextRevision, revisionOf } from '../../lib/ids';
import { StaleWriteError } from '../errors';
import { removeDraft } from './drafts-repo';
import { recordSaved } from '../saved';
import { caseWrite, refreshCaseSummary, storeCase } from './case-summary';
import { insertCase, type SaveOptions, type WriteOptions } from './case-repo';
import { touchCompany } from './company-repo';
import {  getSettings  } from '../queries/settings';
import { removeLoggedCall } from './timer-repo';

/** The ended call this contact logs (its startedAt): its timer is removed with the save. */
export interface LogOptions extends SaveOptions {
  endedCallStartedAt?: number;
}

export function interactionWords(i: Pick<Interaction, 'references' | 'agentName' | 'agentId' | 'summary'>): string[] {
  return mergeWords(...i.references.map(referenceWords), wordsOf(i.agentName), wordsOf(i.agentId), wordsOf(i.summary));
}

function clean(input: InteractionInput) {
  const refs = [...new Set(input.references.map((r) => r.trim()).filter(Boolean))];
  const out = { ...input, agentName: input.agentName.trim(), agentId: input.agentId.trim(), references: refs, summary: input.summary.trim() };
  if (!out.promisedBy) delete out.promisedBy;
  for (const k of ['durationSec', 'talkSec', 'holdSec'] as const) if (out[k] === undefined) delete out[k];
  return out;
}

async function followStatus(caseId: string, outcome: Interaction['outcome'], now: number) {
  const c = await db.cases.get(caseId);
  if (!c) throw new Error(`Case ${caseId} not found`);
  const status = statusAfterInteraction(c.status, outcome);
  if (status !== c.status) {
    await storeCase(c, { ...c, status, updatedAt: now }, now);
    await db.statusChanges.add({ id: newId(), caseId, from: c.status, to: status, at: now, createdAt: now, updatedAt: now });
  }
  return c;
}

/** Insert an interaction and keep the case true; call inside a rw transaction over caseTables(). */
async function insertInteraction(input: InteractionInput, now: number): Promise<string> {
  const id = newId();
  const fields = clean(input);
  const record: Interaction = { ...fields, id, createdAt: now, updatedAt: now, words: interactionWords(fields), rev: nextRevision(undefined) };
  const c = await followStatus(input.caseId, input.outcome, now);
  await db.interactions.add(record);
  await touchCompany(c.company, now, record.agentName);
  const settings = await getSettings();
  if (settings.lastChannel !== record.channel) await db.settings.put({ ...settings, lastChannel: record.channel, updatedAt: now });
  await refreshCaseSummary(input.caseId, now);
  return id;
}

export async function logInteraction(input: InteractionInput, opts: LogOptions = {}): Promise<string> {
  assertWritable();
  const now = opts.now ?? Date.now();
  const id = await caseWrite(async () => {
    const inserted = await insertInteraction(input, now);
    if (opts.endedCallStartedAt !== undefined) await removeLoggedCall(opts.endedCallStartedAt);
    await removeDraft(opts.draftKey);
    return inserted;
  });
  recordSaved();
  return id;
}

/** Start a case and log its first contact in one transaction: both are written or neither. */
export async function logInteractionWithNewCase(
  caseInput: CaseInput,
  input: Omit<InteractionInput, 'caseId'>,
  opts: LogOptions = {},
): Promise<{ caseId: string; interactionId: string }> {
  assertWritable();
  const now = opts.now ?? Date.now();
  const result = await caseWrite(async () => {
    const caseId = await insertCase(caseInput, now, opts.timeZone ?? input.timeZone);
    const interactionId = await insertInteraction({ ...input, caseId }, now);
    if (opts.endedCallStartedAt !== undefined) await removeLoggedCall(opts.endedCallStartedAt);
    await removeDraft(opts.draftKey);
    return { caseId, interactionId };
  });
  recordSaved();
  return result;
}

/**
 * Save an edited contact. With `expectedRev`, a contact changed elsewhere since the edit started is
 * left as it is and StaleWriteError carries the stored contact.
 */
export async function updateInteraction(id: string, input: InteractionInput, opts: SaveOptions = {}): Promise<void> {
  assertWritable();
  const now = opts.now ?? Date.now();
  const fields = clean(input);
  await caseWrite(async () => {
    const current = await db.interactions.get(id);
    if (!current) throw new Error(`Interaction ${id} not found`);
    if (opts.expectedRev !== undefined && revisionOf(current) !== opts.expectedRev) throw new StaleWriteError<Interaction>(current);
    const next: Interaction = {
      ...fields,
      id,
      createdAt: current.createdAt,
      updatedAt: now,
      words: interactionWords(fields),
      rev: nextRevision(current.rev),
      parentRev: revisionOf(current),
    };
    await db.interactions.put(next);
    const c = await db.cases.get(input.caseId);
    if (c) await touchCompany(c.company, now, next.agentName);
    await refreshCaseSummary(input.caseId, now);
    if (current.caseId !== input.caseId) await refreshCaseSummary(current.caseId, now);
    await removeDraft(opts.draftKey);
  });
  recordSaved();
}

/** Soft delete: leaves the search index (words emptied) and stays as a tombstone for undo and merges. */
export async function deleteInteraction(id: string, opts: WriteOptions = {}): Promise<void> {
  assertWritable();
  const now = opts.now ?? Date.now();
  await caseWrite(async () => {
    const current = await db.interactions.get(id);
    if (!current || current.deletedAt) return;
    await db.interactions.put({ ...current, deletedAt: now, updatedAt: now, words: [], rev: nextRevision(current.rev), parentRev: revisionOf(current) });
    await refreshCaseSummary(current.caseId, now);
  });
}

export async function restoreInteraction(id: string, opts: WriteOptions = {}): Promise<void> {
  assertWritable();
  const now = opts.now ?? Date.now();
  await caseWrite(async () => {
    const current = await db.interactions.get(id);
    if (!current?.deletedAt) return;
    const next: Interaction = { ...current, updatedAt: now, words: interactionWords(current), rev: nextRevision(current.rev), parentRev: revisionOf(current) };
    delete next.deletedAt;
    await db.interactions.put(next);
    await refreshCaseSummary(current.caseId, now);
  });
}
