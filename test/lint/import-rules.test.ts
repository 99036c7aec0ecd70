// @vitest-environment node
/**
 * The import rules of eslint.config.js, run through ESLint's Node API on source text placed at paths
 * in src/ (nothing is written to disk): each wrong import named in the layer rules is refused, the
 * right ones pass, and each listed crossing is still needed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ZONES = 'import-x/no-restricted-paths';

// One ESLint per rule under test: the cycle rule walks the import graph, the zone rule does not need to.
const linters = new Map<string, ESLint>();
const linter = (rule: string) => {
  if (!linters.has(rule)) linters.set(rule, new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === rule }));
  return linters.get(rule)!;
};
const problems = async (filePath: string, code: string, rule = ZONES) => {
  const [result] = await linter(rule).lintText(code, { filePath: path.join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.message);
};

describe('import rules', { timeout: 60_000 }, () => {
  it('refuses a dynamic import of a feature from deep inside domain', async () => {
    expect(await problems('src/domain/deadlines/probe.ts', "export const f = () => import('../../features/cases/case-form');")).toEqual([
      expect.stringContaining('domain imports only lib'),
    ]);
  });

  it('refuses a feature importing another feature, however the path is written', async () => {
    const code = "export { CaseForm } from '../../features/cases/case-form';\nexport * from '../cases/case-form';";
    expect(await problems('src/features/log/probe.ts', code)).toEqual([
      expect.stringContaining('A feature never imports another feature'),
      expect.stringContaining('A feature never imports another feature'),
    ]);
    expect(await problems('src/features/cases/probe.ts', "export * from '../cases/case-form';")).toEqual([]);
  });

  it('lets date-fns into src/domain/dates.ts only, with every other domain rule kept there', async () => {
    expect(await problems('src/domain/dates.ts', "import { addDays } from 'date-fns';\nimport { TZDate } from '@date-fns/tz';\nexport { addDays, TZDate };")).toEqual([]);
    expect(await problems('src/domain/dates.ts', "import { create } from 'zustand';\nimport { db } from '../db/database';\nimport 'react';\nexport { create, db };")).toEqual([
      expect.stringContaining('zustand enters through src/stores only'),
      expect.stringContaining('domain imports only lib'),
      expect.stringContaining('domain is plain TypeScript, without UI libraries'),
    ]);
    expect(await problems('src/domain/money.ts', "export const f = () => import('date-fns');")).toEqual([
      expect.stringContaining('date-fns enters through src/domain/dates.ts only'),
    ]);
  });

  it('sees libraries imported dynamically, by their types, or as Vite virtual modules', async () => {
    const code = [
      "import type { TDocumentDefinitions } from 'pdfmake/interfaces';",
      'export type D = TDocumentDefinitions;',
      "export const d = () => import('dexie');",
      "export const r = () => import('virtual:pwa-register');",
    ].join('\n');
    expect(await problems('src/features/cases/probe.ts', code)).toEqual([
      expect.stringContaining('The PDF library enters through src/export/pdf only'),
      expect.stringContaining('Dexie enters through src/db only'),
      expect.stringContaining('Workbox (virtual:pwa-* included) enters through src/pwa only'),
    ]);
  });

  it('keeps stores below i18n, and gives any new export file the export rule', async () => {
    expect(await problems('src/stores/probe.ts', "import type { Lang } from '../i18n/messages';\nexport type L = Lang;")).toEqual([
      expect.stringContaining('stores imports only domain, lib'),
    ]);
    expect(await problems('src/export/json/probe.ts', "export { db } from '../../db/database';")).toEqual([
      expect.stringContaining('export imports only i18n, domain, lib'),
    ]);
  });

  it('fails on an import cycle, a dynamic import included', async () => {
    // A file in src/domain that imports a sibling's values; the source text makes the sibling import it back.
    const dir = path.join(ROOT, 'src/domain');
    const pair = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        [...readFileSync(path.join(dir, name), 'utf8').matchAll(/^import \{([^}]*)\} from '\.\/([\w-]+)';$/gm)]
          .filter(([, names, sibling]) => names!.split(',').some((n) => !n.trim().startsWith('type ')) && existsSync(path.join(dir, `${sibling}.ts`)))
          .map(([, , sibling]) => ({ importer: name.replace(/\.ts$/, ''), sibling })),
      )[0];
    expect(pair).toBeDefined();
    const code = `export const f = () => import('./${pair!.importer}');`;
    expect(await problems(`src/domain/${pair!.sibling}.ts`, code, 'import-x/no-cycle')).toEqual([expect.stringContaining('Dependency cycle')]);
  });

  it('needs every crossing it lists: without it, the file breaks its layer rule', async () => {
    const config = (await import(pathToFileURL(path.join(ROOT, 'eslint.config.js')).href)) as { CROSSINGS: Record<string, string[]> };
    const files = Object.keys(config.CROSSINGS);
    for (const file of files) expect(existsSync(path.join(ROOT, file)), `${file} is listed in CROSSINGS but does not exist`).toBe(true);
    // Each listed file, linted with the rule a new file beside it gets.
    const strictRules = await Promise.all(
      files.map(async (file) => {
        const beside = await linter(ZONES).calculateConfigForFile(path.join(ROOT, path.dirname(file), 'probe.ts'));
        return { files: [file], rules: { [ZONES]: beside.rules[ZONES] } };
      }),
    );
    const strict = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => ruleId === ZONES, overrideConfig: strictRules });
    const results = await strict.lintFiles(files);
    for (const file of files) {
      const result = results.find((r) => r.filePath === path.join(ROOT, file));
      expect(result?.errorCount, `${file} no longer crosses its layer: remove it from CROSSINGS in eslint.config.js`).toBeGreaterThan(0);
    }
  });
});
