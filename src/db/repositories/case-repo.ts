/**
 * Cases and their charges and status history. Every write is one transaction that also keeps the
 * case's search words, company record and summary fields true.
 */
import { deviceZone } from '../../lib/device-zone';
import type { CaseInput, ChargeInput } from '../../domain/inputs';
import { companyKeyOf, mergeWords, wordsOf } from '../../domain/text';
import type { CaseOutcome, CaseRecord, CaseStatus, Charge, Money } from '../../domain/types';
import { assertWritable, db } from '../database';
import { newId, nextRevision, revisionOf } from '../../lib/ids';
import { StaleWriteError } from '../errors';
import { removeDraft } from './drafts-repo';
import { recordSaved } from '../saved';
import { caseWrite, refreshCaseSummary, storeCase } from './case-summary';
import { touchCompany } from './company-repo';

export interface WriteOptions {
  now?: number;
  timeZone?: string;
}

/** A save from a form: the draft it removes in the same transaction, and the revision the edit started from. */
export interface SaveOptions extends WriteOptions {
  draftKey?: string;
  /** Refuse the save (StaleWriteError) unless the stored record still has this revision. */
  expectedRev?: string;
}


export function caseWords(c: Pick<CaseRecord, 'company' | 'product' | 'accountId'>): string[] {
  return mergeWords(wordsOf(c.company), wordsOf(c.product), wordsOf(c.accountId));
}

function caseFields(input: CaseInput) {
  const { charges: _charges, status: _status, ...fields } = input;
  return { ...fields, company: input.company.trim(), product: input.product.trim(), companyKey: companyKeyOf(input.company) };
}

function chargeRecord(caseId: string, c: ChargeInput, now: number, existing?: Charge): Charge {
  const rec: Charge = {
    id: existing?.id ?? newId(),
    caseId,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    chargedOn: c.chargedOn,
    amount: c.amount,
  };
  if (c.statementOn) rec.statementOn = c.statementOn;
  if (c.description) rec.description = c.description;
  return rec;
}

async function writeStatusChange(caseId: string, from: CaseStatus | null, to: CaseStatus, now: number, note?: string) {
  await db.statusChanges.add({ id: newId(), caseId, from, to, at: now, createdAt: now, updatedAt: now, ...(note ? { note } : {}) });
}

/** Insert a new case with its charges and first status; call inside a rw transaction over caseTables(). */
export async function insertCase(input: CaseInput, now: number, timeZone: string): Promise<string> {
  const id = newId();
  const status = input.status ?? 'new';
  const fields = caseFields(input);
  const record: CaseRecord = {
    ...fields,
    id,
    status,
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
    disputed: [],
    words: caseWords(fields),
    timeZone,
  };
  await storeCase(undefined, record, now);
  await db.charges.bulkAdd(input.charges.map((c) => chargeRecord(id, c, now)));
  await writeStatusChange(id, null, status, now);
  await touchCompany(record.company, now);
  await refreshCaseSummary(id, now);
  return id;
}

export async function createCase(input: CaseInput, opts: SaveOptions = {}): Promise<string> {
  assertWritable();
  const now = opts.now ?? Date.now();
  const id = await caseWrite(async () => {
    const inserted = await insertCase(input, now, opts.timeZone ?? deviceZone());
    await removeDraft(opts.draftKey);
    return inserted;
  });
  recordSaved();
  return id;
}

/** The charges of a case, deleted ones included; call inside a transaction. */
function chargesOf(id: string): Promise<Charge[]> {
  return db.charges.where('[caseId+chargedOn]').between([id, ''], [id, '\uffff']).toArray();
}

/**
 * Save the case form. With `expectedRev`, a case changed elsewhere since the edit started is left as
 * it is and StaleWriteError carries what is stored now (the case and its live charges).
 */
export async function updateCase(id: string, input: CaseInput, opts: SaveOptions = {}): Promise<void> {
  assertWritable();
  const now = opts.now ?? Date.now();
  await caseWrite(async () => {
    const current = await db.cases.get(id);
    if (!current) throw new Error(`Case ${id} not found`);
    if (opts.expectedRev !== undefined && revisionOf(current) !== opts.expectedRev) {
      const charges = (await chargesOf(id)).filter((c) => !c.deletedAt);
      throw new StaleWriteError<CaseSnapshot>({ case: current, charges });
    }
    const fields = caseFields(input);
    const status = input.status ?? current.status;
    // A deleted case stays out of the search index until it is restored.
    const next: CaseRecord = {
      ...current,
      ...fields,
      status,
      updatedAt: now,
      words: current.deletedAt ? [] : caseWords(fields),
      // A saved form is a new revision even when only its charges changed.
      rev: nextRevision(current.rev),
      parentRev: revisionOf(current),
    };
    if (!input.outcome) delete next.outcome;
    if (!input.subscriptionStartedOn) delete next.subscriptionStartedOn;
    if (!input.cancelledOn) delete next.cancelledOn;
    await storeCase(current, next, now);
    if (status !== current.status) await writeStatusChange(id, current.status, status, now);
    const existing = await chargesOf(id);
    const byId = new Map(existing.map((c) => [c.id, c]));
    const kept = new Set<string>();
    for (const c of input.charges) {
      const old = c.id ? byId.get(c.id) : undefined;
      if (old) kept.add(old.id);
      await db.charges.put(chargeRecord(id, c, now, old));
    }
    for (const old of existing) if (!kept.has(old.id) && !old.deletedAt) await db.charges.put({ ...old, deletedAt: now, updatedAt: now });
    if (current.companyKey !== next.companyKey) await touchCompany(next.company, now);
    await refreshCaseSummary(id, now);
    await removeDraft(opts.draftKey);
  });
  recordSaved();
}

/** What a stale case save is shown against: the case and its live charges as stored now. */
export interface CaseSnapshot {
  case: CaseRecord;
  charges: Charge[];
}

export interface StatusPatch {
  outcome?: CaseOutcome;
  refunded?: Money[];
  note?: string;
}

/** Change a case's status (close, reopen, resolve), recording the change with its time. */
export async function setCaseStatus(id: string, status: CaseStatus, patch: StatusPatch = {}, opts: WriteOptions = {}): Promise<void> {
  assertWritable();
  const now = opts.now ?? Date.now();
  await caseWrite(async () => {
    const current = await db.cases.get(id);
    if (!current) throw new Error(`Case ${id} not found`);
    const next: CaseRecord = { ...current, status, updatedAt: now };
    if (patch.outcome) next.outcome = patch.outcome;
    if (patch.refunded) next.refunded = patch.refunded;
    await storeCase(current, next, now);
    if (status !== current.status) await writeStatusChange(id, current.status, status, now, patch.note);
    await refreshCaseSummary(id, now);
  });
  recordSaved();
}

/**
 * Soft-delete a case: it leaves the lists and the search index (its words are emptied) but stays as a
 * tombstone so an undo or a merge can bring it back.
 */
export async function deleteCase(id: string, opts: WriteOptions = {}): Promise<void> {
  assertWritable();
  const now = opts.now ?? Date.now();
  await caseWrite(async () => {
    const current = await db.cases.get(id);
    if (!current || current.deletedAt) return;
    const next: CaseRecord = { ...current, deletedAt: now, updatedAt: now, words: [] };
    delete next.nextDueAt;
    await storeCase(current, next, now);
  });
}

export async function restoreCase(id: string, opts: WriteOptions = {}): Promise<void> {
  assertWritable();
  const now = opts.now ?? Date.now();
  await caseWrite(async () => {
    const current = await db.cases.get(id);
    if (!current?.deletedAt) return;
    const next: CaseRecord = { ...current, updatedAt: now, words: caseWords(current) };
    delete next.deletedAt;
    await storeCase(current, next, now);
    await refreshCaseSummary(id, now);
  });
}
