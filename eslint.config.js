// Lint: TypeScript rules, and the shape of src/: which part may import which (LAYERS), where each
// library enters (LIBRARIES), and no import cycle. eslint-plugin-import-x resolves every import
// (static, type-only, re-export, dynamic import()) to a file before checking it, so a path such as
// '../../features/cases/case-form' is caught from any depth.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

// What each part of src/ may import besides itself ('db/schema': that folder of db only). Anything of
// ours not listed is refused, a part added to src/ included until it is given its place here.
// app -> features -> (export, db, stores, components) -> domain -> lib, with i18n and pwa beside them.
const LAYERS = {
  'main.tsx': ['app', 'features', 'export', 'db', 'stores', 'components', 'pwa', 'i18n', 'domain', 'lib'],
  app: ['features', 'export', 'db', 'stores', 'components', 'pwa', 'i18n', 'domain', 'lib'],
  features: ['export', 'db', 'stores', 'components', 'pwa', 'i18n', 'domain', 'lib'], // and never another feature
  components: ['stores', 'i18n', 'domain', 'lib'],
  export: ['i18n', 'domain', 'lib'],
  db: ['domain', 'lib'],
  stores: ['domain', 'lib'],
  pwa: ['db/schema', 'i18n', 'domain', 'lib'],
  i18n: ['domain', 'lib'],
  domain: ['lib'],
  lib: [],
};

// The files that cross their layer today, each with what it may import beyond it. Exact files only:
// any other file, a new one included, gets its layer's rule. test/lint/import-rules.test.ts fails
// when an entry is no longer needed.
export const CROSSINGS = {
  // useT and useFormat read the language in use from the UI store
  'src/i18n/use-t.ts': ['stores'],
  // the registration raises the update banner and its toasts
  'src/pwa/register.ts': ['stores'],
  // asks for persistent storage after the first saved record and keeps the answer in meta
  'src/pwa/persistence.ts': ['db'],
};

// Each library enters through one place; importing it anywhere else is an error. The
// `virtual:pwa-*` modules count as vite-plugin-pwa (see viteResolver).
const LIBRARIES = [
  { name: 'Dexie', enters: 'src/db', packages: ['dexie', 'dexie-*'] },
  { name: 'zustand', enters: 'src/stores', packages: ['zustand'] },
  { name: 'date-fns', enters: 'src/domain/dates.ts', packages: ['date-fns', '@date-fns/*'] },
  { name: 'Workbox (virtual:pwa-* included)', enters: 'src/pwa', packages: ['workbox-*', 'vite-plugin-pwa'] },
  { name: 'The PDF library', enters: 'src/export/pdf', packages: ['pdfmake'] },
];
// domain and lib are plain TypeScript: no UI library either.
const PLAIN_PARTS = ['domain', 'lib'];
const UI_LIBRARIES = ['react', 'react-*', 'wouter'];

const SRC_PARTS = [...new Set([...Object.keys(LAYERS), ...readdirSync(path.join(ROOT, 'src'))])];
const FEATURES = readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/features/${entry.name}`);
const within = (at, place) => at === place || at.startsWith(`${place}/`);
// A package and its types, wherever TypeScript finds them ('@date-fns/*' -> '@types/date-fns__*').
const packageGlobs = (names) =>
  names.flatMap((name) => [name, `@types/${name.replace(/^@(.*?)\//, '$1__')}`]).map((name) => `node_modules/${name}/**`);

/** Every zone that applies to the file or folder `at` (a path such as 'src/export/pdf'). */
function zonesFor(at) {
  const [, part, feature] = at.split('/');
  const layer = LAYERS[part];
  const allowed = [...(layer ?? []), ...(CROSSINGS[at] ?? [])];
  const message = !layer
    ? `src/${part} has no place in LAYERS (eslint.config.js) yet.`
    : `${part} imports ${layer.length ? `only ${layer.join(', ')}` : 'nothing of ours'} (LAYERS in eslint.config.js).`;
  const zones = SRC_PARTS.filter((other) => other !== part && !allowed.includes(other)).map((other) => ({
    target: at,
    from: `src/${other}`,
    except: allowed.filter((a) => a.startsWith(`${other}/`)).map((a) => `./${a.slice(other.length + 1)}`),
    message,
  }));
  if (part === 'features' && feature) {
    zones.push({ target: at, from: 'src/features', except: [`./${feature}`], message: 'A feature never imports another feature; compose them in src/app.' });
  }
  for (const { name, enters, packages } of LIBRARIES) {
    if (!within(at, enters)) zones.push({ target: at, from: packageGlobs(packages), message: `${name} enters through ${enters} only.` });
  }
  if (PLAIN_PARTS.includes(part)) {
    zones.push({ target: at, from: packageGlobs(UI_LIBRARIES), message: `${part} is plain TypeScript, without UI libraries.` });
  }
  return zones;
}

// One block per place with its own zones, the deeper places last so that they win.
const PLACES = [
  ...SRC_PARTS.map((part) => `src/${part}`),
  ...FEATURES,
  ...LIBRARIES.map((library) => library.enters),
  ...Object.keys(CROSSINGS),
].sort((a, b) => a.split('/').length - b.split('/').length);
const boundaries = [...new Set(PLACES)].map((at) => ({
  files: [/\.[cm]?[jt]sx?$/.test(at) ? at : `${at}/**`],
  rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: zonesFor(at) }] },
}));

// Imports resolve as TypeScript resolves them (tsconfig.json; a package's types included; a Vite
// `?url` suffix dropped), except `virtual:pwa-*`, which vite-plugin-pwa serves.
const typescriptResolver = createTypeScriptImportResolver({ project: path.join(ROOT, 'tsconfig.json') });
const viteResolver = {
  interfaceVersion: 3,
  name: 'vite-virtual-modules',
  resolve(source, file) {
    if (source.startsWith('virtual:pwa-')) return { found: true, path: path.join(ROOT, 'node_modules/vite-plugin-pwa/client.d.ts') };
    return typescriptResolver.resolve(source, file);
  },
};

// The app loads one language at a time (src/i18n/translate.ts loadLanguage); importing the merged
// tables of both languages would put them back into the start-up bundle. Types are fine.
const BOTH_LANGUAGES = {
  regex: 'i18n/messages$',
  importNames: ['messages'],
  allowTypeImports: true,
  message: 'The app loads one language through loadLanguage(); i18n/messages is for tests and tools.',
};

const NO_NEW_FUNCTION = { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the app runs under a strict CSP.' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [viteResolver],
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_NEW_FUNCTION],
      'no-eval': 'error',
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [BOTH_LANGUAGES] }],
      'no-restricted-syntax': ['error', NO_NEW_FUNCTION, {
        selector: 'TSImportType',
        message: "Import the type with `import type` at the top: the import rules do not see import('...') in a type.",
      }],
      // A relative import the resolver cannot follow would escape the zones below.
      'import-x/no-unresolved': ['error', { ignore: ['^[^.]'] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  ...boundaries,
);
