/**
 * Older export versions are upgraded step by step (n -> n + 1) before validation; a newer version is
 * refused, since this app cannot know what its records mean. Version 1 is the first, so the table is
 * empty: a future version 2 adds `1: (file) => ...` here, a fixture of a version-1 file under
 * test/fixtures, and a test that upgrades it with nothing lost.
 */
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';
import { ImportError } from './import-error';

/** A parsed file (null-prototype objects), before validation. */
export type RawExport = Record<string, unknown>;
export type UpgradeStep = (file: RawExport) => RawExport;

export const UPGRADES: Readonly<Record<number, UpgradeStep>> = {};

const isObject = (x: unknown): x is RawExport => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Check the format name and version, and bring an older file up to the current version. */
export function upgradeExport(raw: unknown, file: string, steps: Readonly<Record<number, UpgradeStep>> = UPGRADES, current = EXPORT_VERSION): RawExport {
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) {
    throw new ImportError('not-export', { file }, `the file is not a Refund Tracker export (no "format": "${EXPORT_FORMAT}")`);
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    throw new ImportError('not-export', { file, field: 'version' }, 'the format version is not a whole number');
  }
  if (version > current) {
    throw new ImportError('newer-version', { file, field: 'version' }, `format version ${version} is newer than this app reads (${current})`, { version, current });
  }
  let out = raw;
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) throw new ImportError('unknown-version', { file, field: 'version' }, `format version ${version} cannot be read`, { version, current });
    out = step(out);
  }
  return out;
}
