/**
 * The upgrade table is empty (version 1 is the first format), so it is exercised with a synthetic
 * version 0: records at the top level and the log under "log". A real version 2 adds its step to
 * UPGRADES and a fixture of a version-1 file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/export/json/import-error';
import { readExportFile } from '../../../src/export/json/read-export-file';
import { UPGRADES, upgradeExport, type RawExport, type UpgradeStep } from '../../../src/export/json/upgrade';
import { validateExport } from '../../../src/export/json/validate-export';
import { freshDatabase } from '../../helpers/db';
import { caseArb, exportStored, seed } from './db-helpers';
import fc from 'fast-check';

let v1: RawExport;

beforeAll(async () => {
  await freshDatabase();
  const now = await seed(fc.sample(caseArb, { numRuns: 3, seed: 7 }));
  v1 = (await readExportFile((await exportStored({ now })).blob, 'v1.json')) as RawExport;
});

/** What a version-0 file looked like (synthetic). */
function toV0(file: RawExport): RawExport {
  const { records, version: _v, ...head } = file as RawExport & { records: Record<string, unknown> };
  const { interactions, ...others } = records;
  return { ...head, version: 0, ...others, log: interactions };
}

const v0to1: UpgradeStep = (file) => {
  const { log, format, version: _v, appVersion, exportedAt, scope, caseId, ...records } = file;
  return { format, version: 1, appVersion, exportedAt, scope, ...(caseId ? { caseId } : {}), records: { ...records, interactions: log } };
};

describe('upgrading older export versions', () => {
  it('has no step yet: version 1 is the first format', () => {
    expect(Object.keys(UPGRADES)).toEqual([]);
  });

  it('runs the steps in order and validates the result like a current file', () => {
    const upgraded = upgradeExport(toV0(v1), 'old.json', { 0: v0to1 });
    expect(validateExport(upgraded, 'old.json')).toEqual(validateExport(v1, 'v1.json'));
  });

  it('chains steps n -> n + 1 up to the current version', () => {
    const seen: number[] = [];
    const step = (n: number): UpgradeStep => (f) => {
      seen.push(n);
      return { ...f, version: n + 1 };
    };
    const out = upgradeExport({ ...v1, version: 1 }, 'x.json', { 1: step(1), 2: step(2), 3: step(3) }, 4);
    expect(seen).toEqual([1, 2, 3]);
    expect(out.version).toBe(4);
  });

  it('refuses a version with no step, and a newer one', () => {
    const e = (() => {
      try {
        upgradeExport(toV0(v1), 'old.json');
      } catch (error) {
        return error as ImportError;
      }
    })();
    expect(e?.kind).toBe('unknown-version');
    expect(() => upgradeExport({ ...v1, version: 3 }, 'new.json')).toThrow(/format version 3 is newer than this app reads \(1\)/);
  });
});
