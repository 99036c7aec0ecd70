/**
 * Test helpers for export and import: a full dump of the database, a seeded database built through
 * the repositories, and the export and import engines run against the database the way the app's
 * screens run them (read through db, engine on the plain records, one write through db).
 */
import fc from 'fast-check';
import type { RefundDatabase } from '../../../src/db/database';
import { db } from '../../../src/db/database';
import { readAllRecords, readCaseRecords } from '../../../src/db/queries/export-records';
import { caseTables, refreshCaseSummary } from '../../../src/db/repositories/case-summary';
import { createCase, deleteCase, setCaseStatus } from '../../../src/db/repositories/case-repo';
import { addEvidence, deleteEvidence } from '../../../src/db/repositories/evidence-repo';
import { existingKeys, writeImport, type ImportCounts, type MergePolicy } from '../../../src/db/repositories/import-repo';
import { deleteInteraction, logInteraction } from '../../../src/db/repositories/interaction-repo';
import { updateSettings } from '../../../src/db/repositories/settings-repo';
import { companyKeyOf } from '../../../src/domain/text';
import { CASE_STATUSES, CHANNELS, INTERACTION_OUTCOMES } from '../../../src/domain/types';
import { exportAll, exportCase, type ExportOptions, type ExportResult } from '../../../src/export/json/export-json';
import { prepareImport, type PreparedImport } from '../../../src/export/json/import-export';
import type { ReadLimits } from '../../../src/export/json/read-export-file';
import { caseInput, interactionInput } from '../../helpers/fixtures';

/** A full backup of the current database, as the backup button makes it. */
export async function exportStored(opts: ExportOptions = {}): Promise<ExportResult> {
  return exportAll(await readAllRecords(), opts);
}

/** One stored case's export, as the case page's button makes it. */
export async function exportStoredCase(caseId: string, opts: ExportOptions = {}): Promise<ExportResult> {
  const records = await readCaseRecords(caseId);
  if (!records) throw new Error(`Case ${caseId} not found`);
  return exportCase(caseId, records, opts);
}

/** Checks a file against the current database, as the restore screen does before it writes anything. */
export function prepareHere(file: Blob, fileName: string, limits?: ReadLimits): Promise<PreparedImport> {
  return prepareImport(file, fileName, existingKeys, limits);
}

/** The restore screen's one write of a checked file. */
export function writePrepared(prepared: PreparedImport, policy: MergePolicy, now = Date.now()): Promise<ImportCounts> {
  return writeImport(prepared.records, policy, now);
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** A value with every Blob replaced by its media type and bytes (hex), for deep comparison. */
export async function plainValue(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blobType: value.type, bytes: hex(new Uint8Array(await value.arrayBuffer())) };
  if (Array.isArray(value)) return Promise.all(value.map(plainValue));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await plainValue(v);
    return out;
  }
  return value;
}

/** Every table, every record, files as hex bytes with their media type. */
export async function dumpDatabase(database: RefundDatabase = db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) out[table.name] = (await plainValue(await table.toArray())) as unknown[];
  return out;
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** Text with accents, emoji, right-to-left scripts, quotes and spreadsheet-formula starts. */
const PIECES = ['é', 'à', 'ç', 'Ö', 'ß', 'œ', '🎉', '👩‍👩‍👧', 'שלום', 'مرحبا', '\u200f', ' ', 'a', 'Z', '7', '"', '\\', '\n', '=', '+', '<', '/', '-'];
export const textArb = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 16 }));

/** Files start with the signature of their type: the importer stores the type their bytes prove. */
const SIGNATURE = { pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], jpeg: [0xff, 0xd8, 0xff] } as const;
const signed = (signature: readonly number[], bytes: Uint8Array) => new Uint8Array([...signature, ...bytes]);

const fileArb = fc.record({
  bytes: fc.uint8Array({ minLength: 1, maxLength: 4000 }),
  thumbnail: fc.option(fc.uint8Array({ minLength: 1, maxLength: 300 }), { nil: undefined }),
  pdf: fc.boolean(),
  onInteraction: fc.boolean(),
  deleted: fc.boolean(),
});

const interactionArb = fc.record({
  summary: textArb,
  agentName: textArb,
  references: fc.array(textArb, { maxLength: 3 }),
  channel: fc.constantFrom(...CHANNELS),
  outcome: fc.constantFrom(...INTERACTION_OUTCOMES),
  minutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
  promised: fc.boolean(),
  deleted: fc.boolean(),
});

export const caseArb = fc.record({
  // A name with no letter or digit makes createCase fail (PrematureCommitError).
  company: textArb.filter((s) => companyKeyOf(s) !== ''),
  product: textArb,
  accountId: textArb,
  request: textArb,
  charges: fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), minor: fc.integer({ min: 0, max: 10_000_000 }), currency: fc.constantFrom('EUR', 'USD', 'JPY') }), { maxLength: 3 }),
  interactions: fc.array(interactionArb, { maxLength: 4 }),
  files: fc.array(fileArb, { maxLength: 3 }),
  status: fc.constantFrom(...CASE_STATUSES),
  marks: fc.boolean(),
  deleted: fc.boolean(),
});
export type CaseSpec = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

export const T0 = Date.UTC(2026, 10, 1, 8, 0);

/** Build a database through the repositories; returns the time of the last write. */
export async function seed(specs: CaseSpec[], start = T0): Promise<number> {
  let now = start;
  const tick = () => (now += 61_000);
  await updateSettings({ language: 'fr', backupReminderDays: 14, defaultCurrency: 'EUR' }, { now: tick() });
  for (const spec of specs) {
    const caseId = await createCase(
      caseInput({
        company: spec.company,
        product: spec.product,
        accountId: spec.accountId,
        request: spec.request,
        charges: spec.charges.map((c) => ({ chargedOn: `2026-10-${String(c.day).padStart(2, '0')}`, amount: { minor: c.minor, currency: c.currency }, description: spec.product })),
      }),
      { now: tick(), timeZone: 'Europe/Paris' },
    );
    const interactionIds: string[] = [];
    for (const i of spec.interactions) {
      const id = await logInteraction(
        interactionInput(caseId, {
          summary: i.summary,
          agentName: i.agentName,
          references: i.references,
          channel: i.channel,
          outcome: i.outcome,
          occurredAt: T0 + i.minutes * 60_000,
          durationSec: i.minutes,
          ...(i.promised ? { promisedBy: '2026-12-24' } : {}),
        }),
        { now: tick() },
      );
      interactionIds.push(id);
      if (i.deleted) await deleteInteraction(id, { now: tick() });
    }
    for (const f of spec.files) {
      const interactionId = f.onInteraction ? interactionIds.find((_id, k) => !spec.interactions[k]!.deleted) : undefined;
      const type = f.pdf ? 'application/pdf' : 'image/png';
      const bytes = signed(f.pdf ? SIGNATURE.pdf : SIGNATURE.png, f.bytes);
      const thumbnail = f.thumbnail ? signed(SIGNATURE.jpeg, f.thumbnail) : undefined;
      const id = await addEvidence(
        {
          caseId,
          ...(interactionId ? { interactionId } : {}),
          kind: 'receipt',
          name: `${spec.product || 'file'}.${f.pdf ? 'pdf' : 'png'}`,
          type,
          sha256: await sha256(bytes),
          blob: new Blob([bytes], { type }),
          ...(thumbnail ? { thumbnail: new Blob([thumbnail], { type: 'image/jpeg' }) } : {}),
          note: spec.request,
        },
        tick(),
      );
      if (f.deleted) await deleteEvidence(id, tick());
    }
    if (spec.marks) await addMarks(caseId, tick());
    if (spec.status !== 'new') await setCaseStatus(caseId, spec.status, {}, { now: tick() });
    if (spec.deleted) await deleteCase(caseId, { now: tick() });
  }
  // Left out of every export: a draft and the running timer.
  await db.drafts.put({ key: 'case:new', value: { company: 'Draft Co' }, updatedAt: now });
  await db.timers.put({ id: 'current', startedAt: now, timeZone: 'Europe/Paris', segments: [{ kind: 'talk', start: now }] });
  return now;
}

/** Follow-up, playbook and deadline marks, written the way their repositories do. */
async function addMarks(caseId: string, now: number): Promise<void> {
  const stamp = { createdAt: now, updatedAt: now };
  await db.transaction('rw', caseTables(), async () => {
    await db.followUps.put({ id: `fu-${caseId}`, caseId, ruleId: 'no-reply', eventKey: caseId, state: 'snoozed', until: now + 86_400_000, ...stamp });
    await db.playbookSteps.put({ id: `pb-${caseId}`, caseId, playbookId: 'netflix', stepId: 'chat', doneAt: now, note: 'fait ✔', ...stamp });
    await db.deadlineOverrides.put({ id: `dl-${caseId}`, caseId, deadlineId: 'eu-withdrawal', date: '2026-12-01', dismissed: false, ...stamp, deletedAt: now });
    await refreshCaseSummary(caseId, now);
  });
}
