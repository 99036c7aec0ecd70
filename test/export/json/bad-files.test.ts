/**
 * A corpus of bad files: each is refused before anything is written, with a message naming the file,
 * the record and the field, and the database is exactly as before (full dump compared).
 */
import { createHash } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RefundDatabase } from '../../../src/db/database';
import { ImportError, type ImportErrorKind, type ImportErrorWhere } from '../../../src/export/json/import-error';
import type { ReadLimits } from '../../../src/export/json/read-export-file';
import { freshDatabase } from '../../helpers/db';
import { dumpDatabase, exportStored, prepareHere, seed, writePrepared, type CaseSpec } from './db-helpers';

const spec = (company: string, over: Partial<CaseSpec> = {}): CaseSpec => ({
  company,
  product: 'Premium',
  accountId: 'me@example.com',
  request: 'Remboursement du prélèvement 🎉',
  charges: [{ day: 3, minor: 2999, currency: 'EUR' }],
  interactions: [{ summary: 'Chat avec Léa — שלום', agentName: 'Léa', references: ['AB-12'], channel: 'chat', outcome: 'reply-promised', minutes: 30, promised: true, deleted: false }],
  files: [{ bytes: Uint8Array.from([137, 80, 78, 71, 1, 2, 3]), thumbnail: Uint8Array.from([255, 216, 255, 1]), pdf: false, onInteraction: true, deleted: false }],
  status: 'waiting',
  marks: true,
  deleted: false,
  ...over,
});

/** A valid export of another database, as parsed JSON to break in one place. */
let valid: string;
let target: RefundDatabase;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  await freshDatabase();
  const now = await seed([spec('LinkedIn'), spec('Netflix', { deleted: true })]);
  valid = await (await exportStored({ now })).blob.text();
});

beforeEach(async () => {
  target = await freshDatabase();
  await seed([spec('Spotify')], Date.UTC(2026, 5, 1));
  before = await dumpDatabase(target);
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const edited = (edit: (file: Json) => void) => {
  const file = JSON.parse(valid) as Json;
  edit(file);
  return JSON.stringify(file);
};

async function refused(content: string | Uint8Array, limits?: ReadLimits): Promise<ImportError> {
  const blob = new Blob([content as BlobPart]);
  let error: unknown;
  try {
    await writePrepared(await prepareHere(blob, 'bad-backup.json', limits), 'take-theirs');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect(await dumpDatabase(target)).toEqual(before);
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  return error as ImportError;
}

function expectRefusal(e: ImportError, kind: ImportErrorKind, where: Partial<ImportErrorWhere> = {}) {
  expect(e.kind, e.message).toBe(kind);
  expect(e.where).toMatchObject({ file: 'bad-backup.json', ...where });
  expect(e.message).toContain('bad-backup.json');
  if (where.field) expect(e.message).toContain(`field ${where.field}`);
}

describe('refused files', () => {
  it('accepts the unbroken file (the corpus breaks it in one place each)', async () => {
    const prepared = await prepareHere(new Blob([valid]), 'backup.json');
    expect(prepared.preview.tables.cases.total).toBe(2);
  });

  it.each([
    ['a zip archive', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'not-json'],
    ['a JPEG photo', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'not-text'],
    ['an empty file', '', 'empty'],
    ['plain text', 'My refunds: Netflix 13.99', 'not-json'],
    ['JSON that is not an export', '{"hello":"world"}', 'not-export'],
    ['a JSON array', '[1,2,3]', 'not-export'],
    ['nesting without end', '['.repeat(5000), 'too-deep'],
  ] as const)('refuses %s', async (_name, content, kind) => {
    expectRefusal(await refused(content), kind);
  });

  it('refuses a truncated file, cut anywhere', async () => {
    for (const cut of [1, 40, Math.floor(valid.length / 2), valid.length - 3]) {
      expectRefusal(await refused(valid.slice(0, cut)), 'truncated');
    }
  });

  it('refuses a newer format version with its number, and an unknown older one', async () => {
    const newer = await refused(edited((f) => (f.version = 2)));
    expectRefusal(newer, 'newer-version', { field: 'version' });
    expect(newer.values).toEqual({ version: 2, current: 1 });
    expectRefusal(await refused(edited((f) => (f.version = 0))), 'unknown-version');
    expectRefusal(await refused(edited((f) => (f.version = '1'))), 'not-export', { field: 'version' });
    expectRefusal(await refused(edited((f) => (f.format = 'other-app'))), 'not-export');
  });

  it('refuses wrong types, naming the table, the record, its id and the field', async () => {
    const file = JSON.parse(valid) as Json;
    const interactionId = file.records.interactions[1].id as string;
    const e = await refused(edited((f) => (f.records.interactions[1].occurredAt = 'yesterday')));
    expectRefusal(e, 'invalid', { table: 'interactions', record: 2, id: interactionId, field: 'occurredAt' });
    expect(e.message).toContain(`interactions record 2 (id ${interactionId})`);

    expectRefusal(await refused(edited((f) => (f.records.charges[0].amount.currency = 'eur'))), 'invalid', { table: 'charges', record: 1, field: 'amount.currency' });
    expectRefusal(await refused(edited((f) => (f.records.charges[0].amount.minor = 12.5))), 'invalid', { table: 'charges', field: 'amount.minor' });
    expectRefusal(await refused(edited((f) => (f.records.cases[0].status = 'lost'))), 'invalid', { table: 'cases', field: 'status' });
    expectRefusal(await refused(edited((f) => (f.records.cases[0].timeZone = 'Mars/Olympus'))), 'invalid', { field: 'timeZone' });
    expectRefusal(await refused(edited((f) => (f.records.interactions[0].references = 'AB-12'))), 'invalid', { field: 'references' });
    expectRefusal(await refused(edited((f) => (f.records.interactions[0].references[0] = 12))), 'invalid', { field: 'references[0]' });
    expectRefusal(await refused(edited((f) => (f.records.charges[0].chargedOn = '2026-02-30'))), 'invalid', { field: 'chargedOn' });
    expectRefusal(await refused(edited((f) => delete f.records.cases[0].company)), 'invalid', { field: 'company' });
    expectRefusal(await refused(edited((f) => (f.records.cases[0].deletedAt = null))), 'invalid', { field: 'deletedAt' });
    expectRefusal(await refused(edited((f) => (f.records.settings[0].key = 'other'))), 'invalid', { table: 'settings', field: 'key' });
    expectRefusal(await refused(edited((f) => (f.records.cases = {}))), 'invalid', { field: 'records.cases' });
    expectRefusal(await refused(edited((f) => delete f.records.charges)), 'invalid', { field: 'records.charges' });
  });

  it('refuses huge strings, whether the parser or the schema catches them', async () => {
    const parserLimit = await refused(edited((f) => (f.records.interactions[0].summary = 'x'.repeat(2_500_000))));
    expectRefusal(parserLimit, 'text-too-long', { table: 'interactions', record: 1, field: 'summary' });
    expectRefusal(await refused(edited((f) => (f.records.interactions[0].summary = 'é'.repeat(1_500_000)))), 'invalid', { field: 'summary' });
    expectRefusal(await refused(edited((f) => (f.records.cases[0].company = 'N'.repeat(20_000)))), 'invalid', { field: 'company' });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const e = await refused(valid, { maxBytes: 1000 });
    expectRefusal(e, 'too-large');
    expect(e.values).toEqual({ size: new Blob([valid]).size, max: 1000 });
  });

  it('lets "__proto__" pollute nothing: a field smuggled through it is simply missing', async () => {
    const text = valid.replace('"status":"waiting"', '"__proto__":{"status":"waiting","polluted":true}');
    expectRefusal(await refused(text), 'invalid', { table: 'cases', field: 'status' });
    const viaConstructor = valid.replace('"status":"waiting"', '"constructor":{"prototype":{"status":"waiting","polluted":true}}');
    expectRefusal(await refused(viaConstructor), 'invalid', { field: 'status' });
  });

  it('refuses evidence whose bytes do not match their SHA-256', async () => {
    const flipped = edited((f) => {
      const b64 = f.records.evidence[0].file.base64 as string;
      f.records.evidence[0].file.base64 = (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1);
    });
    expectRefusal(await refused(flipped), 'hash-mismatch', { table: 'evidence', record: 1, field: 'file.sha256' });
    const claimed = edited((f) => {
      f.records.evidence[0].file.sha256 = '0'.repeat(64);
      f.records.evidence[0].sha256 = '0'.repeat(64);
    });
    expectRefusal(await refused(claimed), 'hash-mismatch', { field: 'file.sha256' });
    expectRefusal(await refused(edited((f) => (f.records.evidence[0].sha256 = 'f'.repeat(64)))), 'hash-mismatch', { field: 'sha256' });
    expectRefusal(await refused(edited((f) => (f.records.evidence[0].thumbnail.sha256 = 'a'.repeat(64)))), 'hash-mismatch', { field: 'thumbnail.sha256' });
    expectRefusal(await refused(edited((f) => (f.records.evidence[0].file.size += 1))), 'bad-file', { field: 'file.size' });
  });

  it('refuses broken base64 and files that are too big, naming the field', async () => {
    expectRefusal(await refused(edited((f) => (f.records.evidence[0].file.base64 = 'not base64!'))), 'bad-file', { table: 'evidence', record: 1, field: 'file.base64' });
    expectRefusal(await refused(edited((f) => (f.records.evidence[0].file.base64 = 12))), 'invalid', { field: 'file.base64' });
    const big = await refused(valid, { maxFileBytes: 3 });
    expectRefusal(big, 'file-too-large', { table: 'evidence', field: 'file.base64' });
    expect(big.values.max).toBe(3);
  });

  it('refuses a preview image whose bytes are not JPEG or PNG (an SVG page, whatever its type says)', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const withSvgThumbnail = edited((f) => {
      Object.assign(f.records.evidence[0].thumbnail, { type: 'image/jpeg', size: svg.length, base64: svg.toString('base64'), sha256: createHash('sha256').update(svg).digest('hex') });
    });
    expectRefusal(await refused(withSvgThumbnail), 'bad-preview', { table: 'evidence', record: 1, field: 'thumbnail' });
  });

  it('refuses duplicate ids and records pointing to a case or interaction that exists nowhere', async () => {
    expectRefusal(await refused(edited((f) => f.records.charges.push({ ...f.records.charges[0] }))), 'duplicate', { table: 'charges', record: 3 });
    expectRefusal(await refused(edited((f) => (f.records.charges[0].caseId = 'no-such-case'))), 'missing-link', { table: 'charges', record: 1, field: 'caseId' });
    expectRefusal(await refused(edited((f) => (f.records.evidence[0].interactionId = 'no-such-interaction'))), 'missing-link', { table: 'evidence', field: 'interactionId' });
  });
});

describe('accepted oddities', () => {
  it('ignores unknown keys, "__proto__" included, and stores only known fields', async () => {
    const text = edited((f) => {
      f.records.cases[0].favouriteColour = 'green';
      f.extra = { nested: true };
    }).replace('"status":"waiting"', '"status":"waiting","__proto__":{"polluted":true}');
    const prepared = await prepareHere(new Blob([text]), 'backup.json');
    await writePrepared(prepared, 'take-theirs');
    const stored = await target.cases.get(prepared.records.cases[0]!.id);
    expect(stored).toBeDefined();
    expect(Object.keys(stored!)).not.toContain('favouriteColour');
    expect(Object.keys(stored!)).not.toContain('__proto__');
    expect((stored as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips a byte-order mark and meta records that are not the backup\'s own', async () => {
    const text = edited((f) => f.records.meta.push({ key: 'totals', value: { cases: 999 }, updatedAt: 1 }, { key: 'storage.persistAsked', value: 1, updatedAt: 1 }));
    const prepared = await prepareHere(new Blob(['\uFEFF', text]), 'backup.json');
    expect(prepared.records.meta.map((m) => m.key)).toEqual(['backup']);
  });

  it.each([
    ['an SVG page claiming image/svg+xml;charset=utf-8', 'image/svg+xml;charset=utf-8', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'text/plain'],
    ['an HTML page claiming IMAGE/PNG', 'IMAGE/PNG', '<!doctype html><script>alert(1)</script>', 'text/plain'],
    ['a PNG claiming no type', '', '\x89PNG\r\n\x1a\n....', 'image/png'],
    ['a PDF claiming image/jpeg', 'image/jpeg', '%PDF-1.4 ...', 'application/pdf'],
    ['a ZIP claiming text/html', 'text/html', 'PK\x03\x04\x00\x00', 'application/octet-stream'],
  ])('stores %s with the type its bytes prove', async (_name, claimed, content, stored) => {
    const bytes = Buffer.from(content.replace(/\\x([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    const text = edited((f) => {
      const e = f.records.evidence[0];
      e.type = claimed;
      Object.assign(e.file, { type: claimed, size: bytes.length, base64: bytes.toString('base64'), sha256: createHash('sha256').update(bytes).digest('hex') });
      Object.assign(e, { size: bytes.length, sha256: e.file.sha256 });
    });
    const prepared = await prepareHere(new Blob([text]), 'backup.json');
    await writePrepared(prepared, 'take-theirs');
    const e = await target.evidence.get(prepared.records.evidence[0]!.id);
    expect(e!.type).toBe(stored);
    expect(e!.blob.type).toBe(stored);
    expect(new Uint8Array(await e!.blob.arrayBuffer())).toEqual(new Uint8Array(bytes));
  });
});
