import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RefundDatabase } from '../../../src/db/database';
import { classifyWriteError } from '../../../src/lib/write-error';
import { listCaseEvidence } from '../../../src/db/queries/evidence';
import { createCase, deleteCase } from '../../../src/db/repositories/case-repo';
import { addEvidence, deleteEvidence, restoreEvidence, type PreparedEvidence } from '../../../src/db/repositories/evidence-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { MAX_EVIDENCE_BYTES } from '../../../src/domain/evidence';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { freshDatabase } from '../../helpers/db';

const T0 = Date.UTC(2026, 10, 12, 8, 0);
const BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 250, 251]);
const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function prepared(caseId: string, over: Partial<PreparedEvidence> = {}): PreparedEvidence {
  return {
    caseId,
    kind: 'cancellation-confirmation',
    name: 'confirmation.png',
    type: 'image/png',
    sha256: hex(BYTES),
    blob: new Blob([BYTES], { type: 'image/png' }),
    thumbnail: new Blob([new Uint8Array([1, 2])], { type: 'image/jpeg' }),
    ...over,
  };
}

let database: RefundDatabase;
let caseId: string;
beforeEach(async () => {
  database = await freshDatabase();
  caseId = await createCase(caseInput(), { now: T0 - 86_400_000, timeZone: 'Europe/Paris' });
});

describe('addEvidence', () => {
  it('stores the file, its hash, thumbnail and note, and moves the case’s last activity', async () => {
    const id = await addEvidence(prepared(caseId, { note: '  Email from 2 Nov  ' }), T0);
    const e = (await database.evidence.get(id))!;
    expect(e).toMatchObject({ caseId, kind: 'cancellation-confirmation', name: 'confirmation.png', type: 'image/png', size: 10, sha256: hex(BYTES), addedAt: T0, note: 'Email from 2 Nov' });
    expect(new Uint8Array(await e.blob.arrayBuffer())).toEqual(BYTES);
    expect(e.thumbnail?.type).toBe('image/jpeg');
    expect('interactionId' in e).toBe(false);
    expect((await database.cases.get(caseId))?.lastActivityAt).toBe(T0);
  });

  it('attaches to one interaction of the case', async () => {
    const interactionId = await logInteraction(interactionInput(caseId), { now: T0 - 1000 });
    await addEvidence(prepared(caseId, { interactionId, name: 'chat.png' }), T0);
    await addEvidence(prepared(caseId, { name: 'statement.pdf', type: 'application/pdf', kind: 'bank-statement' }), T0 + 1);
    expect((await listCaseEvidence(caseId)).map((e) => e.name)).toEqual(['statement.pdf', 'chat.png']);
    expect((await listCaseEvidence(caseId, interactionId)).map((e) => e.name)).toEqual(['chat.png']);
  });

  it('keeps a photo in another format as it is, with its display copy', async () => {
    const heic = new Blob([new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70])], { type: 'image/heic' });
    const displayCopy = new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' });
    const id = await addEvidence(prepared(caseId, { name: 'IMG_0001.HEIC', type: 'image/heic', blob: heic, displayCopy, sha256: hex(new Uint8Array(await heic.arrayBuffer())) }), T0);
    const e = (await database.evidence.get(id))!;
    expect(e.blob.type).toBe('image/heic');
    expect(e.displayCopy?.type).toBe('image/jpeg');
  });

  it.each([
    ['a hash that is not lower-case hex', { sha256: hex(BYTES).toUpperCase() }, 'sha256'],
    ['an unknown kind', { kind: 'selfie' as never }, 'kind'],
    ['a file over 15 MB', { blob: new Blob([new Uint8Array(MAX_EVIDENCE_BYTES + 1)]) }, 'blob'],
    ['an empty name', { name: '  ' }, 'name'],
  ])('refuses %s and writes nothing', async (_what, over, field) => {
    const error = await addEvidence(prepared(caseId, over), T0).catch((e: unknown) => e);
    expect(classifyWriteError(error)).toBe('invalid');
    expect((error as { field: string }).field).toBe(field);
    expect(await database.evidence.count()).toBe(0);
  });

  it('refuses an interaction of another case, and a deleted case', async () => {
    const other = await createCase(caseInput({ company: 'LinkedIn' }), { now: T0 });
    const foreign = await logInteraction(interactionInput(other), { now: T0 });
    expect(classifyWriteError(await addEvidence(prepared(caseId, { interactionId: foreign }), T0).catch((e: unknown) => e))).toBe('invalid');
    await deleteCase(caseId, { now: T0 });
    expect(classifyWriteError(await addEvidence(prepared(caseId), T0).catch((e: unknown) => e))).toBe('invalid');
    expect(await database.evidence.count()).toBe(0);
  });
});

describe('deleteEvidence and restoreEvidence', () => {
  it('soft-deletes (the file stays for undo), then restores, keeping the case summary true', async () => {
    const id = await addEvidence(prepared(caseId), T0);
    await deleteEvidence(id, T0 + 5000);
    const gone = (await database.evidence.get(id))!;
    expect(gone.deletedAt).toBe(T0 + 5000);
    expect(gone.blob.size).toBe(10);
    expect(await listCaseEvidence(caseId)).toEqual([]);
    // Last activity falls back to the case's own history once the file is gone.
    expect((await database.cases.get(caseId))?.lastActivityAt).toBe(T0 - 86_400_000);

    await restoreEvidence(id, T0 + 6000);
    const back = (await database.evidence.get(id))!;
    expect('deletedAt' in back).toBe(false);
    expect(back.updatedAt).toBe(T0 + 6000);
    expect((await listCaseEvidence(caseId)).map((e) => e.id)).toEqual([id]);
    expect((await database.cases.get(caseId))?.lastActivityAt).toBe(T0);
  });

  it('does nothing for an unknown id or a repeated delete', async () => {
    const id = await addEvidence(prepared(caseId), T0);
    await deleteEvidence('nope', T0 + 1);
    await deleteEvidence(id, T0 + 2);
    await deleteEvidence(id, T0 + 3);
    expect((await database.evidence.get(id))?.deletedAt).toBe(T0 + 2);
    await restoreEvidence(id, T0 + 4);
    await restoreEvidence(id, T0 + 5);
    expect((await database.evidence.get(id))?.updatedAt).toBe(T0 + 4);
  });
});
