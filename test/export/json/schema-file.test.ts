/**
 * public/export-format.schema.json is what the app publishes about its export format. Real exports
 * must validate against it (checked with ajv, a JSON Schema validator used only here: it compiles
 * validators with new Function, which the app's Content-Security-Policy forbids, so src/ validates
 * with valibot), and it must say exactly what the valibot schemas the importer runs say.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../helpers/db';
import { caseArb, exportStored, exportStoredCase, seed } from './db-helpers';
import { exportFormatSchema, withoutDocs } from './valibot-to-json-schema';

const published = JSON.parse(readFileSync(resolve(__dirname, '../../../public/export-format.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(published);

async function exportsOf(seedNumber: number): Promise<unknown[]> {
  const database = await freshDatabase();
  const now = await seed(fc.sample(fc.array(caseArb, { minLength: 1, maxLength: 4 }), { numRuns: 1, seed: seedNumber })[0]!);
  const all = JSON.parse(await (await exportStored({ now })).blob.text());
  const firstCase = (await database.cases.toArray())[0]!.id;
  const one = JSON.parse(await (await exportStoredCase(firstCase, { now })).blob.text());
  database.close();
  return [all, one];
}

describe('the published JSON Schema of the export format', () => {
  it('is draft 2020-12 and says exactly what the importer checks', () => {
    expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(withoutDocs(published)).toEqual(exportFormatSchema());
  });

  it('accepts real exports, of everything and of one case', async () => {
    for (const s of [1, 2, 3, 4, 5, 6]) {
      for (const file of await exportsOf(s)) {
        const ok = validate(file);
        expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
        expect(ok).toBe(true);
      }
    }
  }, 60_000);

  it('rejects a broken export (so the check above is not vacuous)', async () => {
    const [all] = (await exportsOf(9)) as { records: { charges: { amount: { currency: string } }[]; cases: Record<string, unknown>[] } }[];
    const broken = structuredClone(all!);
    broken.records.cases[0]!.status = 'lost';
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(all!);
    extra.records.cases[0]!.blob = {};
    expect(validate(extra)).toBe(false);
  });

  it('ajv stays out of the app (it generates code, which the CSP forbids)', () => {
    const files = (readdirSync(resolve(__dirname, '../../../src'), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const importers = files.filter((f) => /from ['"]ajv/.test(readFileSync(join(resolve(__dirname, '../../../src'), f), 'utf8')));
    expect(importers).toEqual([]);
  });
});
