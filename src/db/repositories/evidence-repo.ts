/**
 * Evidence files. The caller reads, hashes and makes the thumbnail and display copy of a file BEFORE
 * calling here: an await on anything but IndexedDB inside a transaction would commit it early. Each
 * write is one transaction that also keeps the case's summary fields true.
 */
import { EVIDENCE_KINDS, type Evidence, type EvidenceKind } from '../../domain/types';
import { MAX_EVIDENCE_BYTES, isSha256Hex } from '../../domain/evidence';
import { assertWritable, db } from '../database';
import { ValidationError } from '../errors';
import { newId } from '../../lib/ids';
import { recordSaved } from '../saved';
import { caseWrite, refreshCaseSummary } from './case-summary';

/** A file ready to store: every byte already read and hashed. */
export interface PreparedEvidence {
  caseId: string;
  interactionId?: string;
  kind: EvidenceKind;
  name: string;
  type: string;
  /** Lower-case hex SHA-256 of `blob`'s bytes. */
  sha256: string;
  blob: Blob;
  thumbnail?: Blob;
  displayCopy?: Blob;
  note?: string;
}

function check(p: PreparedEvidence): void {
  if (!EVIDENCE_KINDS.includes(p.kind)) throw new ValidationError('kind', `Unknown evidence kind ${p.kind}`);
  if (!isSha256Hex(p.sha256)) throw new ValidationError('sha256', 'sha256 must be 64 lower-case hex digits');
  if (p.blob.size > MAX_EVIDENCE_BYTES) throw new ValidationError('blob', 'File over the size limit');
  if (!p.name.trim()) throw new ValidationError('name', 'A file needs a name');
}

function record(p: PreparedEvidence, id: string, now: number): Evidence {
  const e: Evidence = {
    id,
    caseId: p.caseId,
    kind: p.kind,
    name: p.name.trim(),
    type: p.type,
    size: p.blob.size,
    sha256: p.sha256,
    blob: p.blob,
    addedAt: now,
    createdAt: now,
    updatedAt: now,
  };
  if (p.interactionId) e.interactionId = p.interactionId;
  if (p.thumbnail) e.thumbnail = p.thumbnail;
  if (p.displayCopy) e.displayCopy = p.displayCopy;
  const note = p.note?.trim();
  if (note) e.note = note;
  return e;
}

/** Store one prepared file on its case (and interaction); returns the new evidence id. */
export async function addEvidence(prepared: PreparedEvidence, now: number = Date.now()): Promise<string> {
  assertWritable();
  check(prepared);
  const id = newId();
  const e = record(prepared, id, now);
  await caseWrite(async () => {
    const c = await db.cases.get(e.caseId);
    if (!c || c.deletedAt) throw new ValidationError('caseId', `Case ${e.caseId} not found`);
    if (e.interactionId) {
      const i = await db.interactions.get(e.interactionId);
      if (!i || i.deletedAt || i.caseId !== e.caseId) throw new ValidationError('interactionId', 'The interaction is not on this case');
    }
    await db.evidence.add(e);
    await refreshCaseSummary(e.caseId, now);
  });
  recordSaved();
  return id;
}

async function setDeleted(id: string, deletedAt: number | undefined, now: number): Promise<void> {
  assertWritable();
  await caseWrite(async () => {
    const current = await db.evidence.get(id);
    if (!current || Boolean(current.deletedAt) === Boolean(deletedAt)) return;
    const next: Evidence = { ...current, updatedAt: now };
    if (deletedAt) next.deletedAt = deletedAt;
    else delete next.deletedAt;
    await db.evidence.put(next);
    await refreshCaseSummary(current.caseId, now);
  });
}

/** Soft delete: the file stays as a tombstone until undo or a later cleanup. */
export function deleteEvidence(id: string, now: number = Date.now()): Promise<void> {
  return setDeleted(id, now, now);
}

export function restoreEvidence(id: string, now: number = Date.now()): Promise<void> {
  return setDeleted(id, undefined, now);
}
