// @vitest-environment node
/**
 * The JSON engines on plain records, with no database open: the export writes exactly the records it
 * is given, and the import asks the lookup it is given about links that point outside the file.
 */
import { describe, expect, it } from 'vitest';
import type { RecordSet, RecordTable } from '../../../src/domain/records';
import type { Evidence } from '../../../src/domain/types';
import { exportAll, exportCase } from '../../../src/export/json/export-json';
import { prepareImport, type ExistingKeys } from '../../../src/export/json/import-export';
import { ImportError } from '../../../src/export/json/import-error';
import { bigBundle, pngBytes } from '../dossier-fixture';
import { plainValue, sha256 } from './db-helpers';

const NOW = Date.UTC(2026, 10, 22, 9);

async function evidenceWithFile(id: string, bytes: Uint8Array<ArrayBuffer>, thumbnail?: Uint8Array<ArrayBuffer>): Promise<Evidence> {
  const info = bigBundle(0).evidence[0]!;
  return {
    ...info,
    id,
    size: bytes.length,
    sha256: await sha256(bytes),
    blob: new Blob([bytes], { type: 'image/png' }),
    ...(thumbnail ? { thumbnail: new Blob([thumbnail], { type: 'image/jpeg' }) } : {}),
  };
}

async function caseRecords(): Promise<RecordSet> {
  const b = bigBundle(4);
  return {
    cases: [b.case],
    statusChanges: b.statusChanges,
    charges: b.charges,
    interactions: b.interactions,
    evidence: [await evidenceWithFile('shot', pngBytes(4, 3, [1, 2, 3]), Uint8Array.from([255, 216, 255, 7])), await evidenceWithFile('deleted', pngBytes(2, 2, [9, 9, 9]))],
    followUps: [],
    playbookSteps: [],
    deadlineOverrides: [],
    companies: [],
    settings: [],
    meta: [],
  };
}

/** A lookup over an in-memory "device" that remembers what it was asked. */
function lookup(here: Partial<Record<RecordTable, string[]>> = {}): { existingKeys: ExistingKeys; asked: [RecordTable, string[]][] } {
  const asked: [RecordTable, string[]][] = [];
  const existingKeys: ExistingKeys = async (table, keys) => {
    asked.push([table, [...keys]]);
    return new Set(keys.filter((k) => here[table]?.includes(k)));
  };
  return { existingKeys, asked };
}

describe('the JSON engines on plain records', () => {
  it('export a case and read it back byte for byte, asking the lookup only which cases are already here', async () => {
    const records = await caseRecords();
    records.evidence[1]!.deletedAt = NOW - 1000;
    const { blob, exportedAt, cases, files } = await exportCase('case-1', records, { now: NOW, appVersion: '9.9.9' });
    expect([exportedAt, cases, files]).toEqual([NOW, 1, 1]);

    const { existingKeys, asked } = lookup({ cases: ['case-1'] });
    const prepared = await prepareImport(blob, 'case.json', existingKeys);
    expect(prepared.head).toEqual({ appVersion: '9.9.9', exportedAt: NOW, scope: 'case', caseId: 'case-1' });
    expect(await plainValue(prepared.records)).toEqual(await plainValue(records));
    expect(asked).toEqual([['cases', ['case-1']]]);
    expect(prepared.preview.casesAlreadyHere).toBe(1);
    expect(prepared.preview.tables.evidence).toEqual({ total: 2, live: 1 });
    expect(prepared.preview.fileBytes).toBe(records.evidence[0]!.size);
  });

  it('export everything with a backup record of this moment, replacing the one it was given', async () => {
    const records = await caseRecords();
    records.meta = [{ key: 'backup', value: { at: 1, cases: 9, files: 9 }, updatedAt: 1 }];
    const file = JSON.parse(await (await exportAll(records, { now: NOW })).blob.text());
    expect(file.scope).toBe('all');
    expect(file.records.meta).toEqual([{ key: 'backup', value: { at: NOW, cases: 1, files: 2 }, updatedAt: NOW }]);
    expect(file.records.interactions).toEqual(JSON.parse(JSON.stringify(records.interactions)));
  });

  it('accept records whose case is only on this device, and refuse them when the lookup knows no such case', async () => {
    const { cases: _cases, ...rest } = await caseRecords();
    const { blob } = await exportCase('case-1', { ...rest, cases: [] });

    const known = lookup({ cases: ['case-1'] });
    const prepared = await prepareImport(blob, 'orphans.json', known.existingKeys);
    expect(prepared.records.interactions).toHaveLength(4);
    expect(known.asked[0]).toEqual(['cases', ['case-1']]);

    const unknown = lookup();
    const error = await prepareImport(blob, 'orphans.json', unknown.existingKeys).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ kind: 'missing-link', where: { file: 'orphans.json', table: 'statusChanges', record: 1, field: 'caseId' } });
  });
});
