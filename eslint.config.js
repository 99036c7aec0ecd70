// Lint: TypeScript rules plus the import direction of the layers
// (app -> features -> export, db, stores, components -> domain); a feature never imports another.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The app loads one language at a time (src/i18n/translate.ts loadLanguage); importing the merged
// tables of both languages would put them back into the start-up bundle. Types are fine.
const BOTH_LANGUAGES = {
  regex: 'i18n/messages$',
  importNames: ['messages'],
  allowTypeImports: true,
  message: 'The app loads one language through loadLanguage(); i18n/messages is for tests and tools.',
};
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, BOTH_LANGUAGES] }] },
});
const ban = (regex, message) => ({ regex, message });

const LIBS_ONLY_IN = [
  ban('^dexie', 'Dexie enters through src/db only.'),
  ban('^zustand', 'zustand enters through src/stores only.'),
  ban('^date-fns|^@date-fns', 'date-fns enters through src/domain/dates.ts only.'),
  ban('^workbox-window|^virtual:pwa', 'The PWA register module enters through src/pwa only.'),
  ban('^pdfmake', 'The PDF library enters through src/export/pdf only.'),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the app runs under a strict CSP.' }],
      'no-eval': 'error',
    },
  },
  layer(['src/domain/**'], [
    ban('\\.\\./(app|features|db|stores|components|export|pwa|i18n)(/|$)', 'domain imports nothing of ours outside domain.'),
    ban('^react|^dexie|^zustand|^workbox', 'domain is pure TypeScript with no browser libraries.'),
    ban('^date-fns|^@date-fns', 'date-fns enters through src/domain/dates.ts only.'),
  ]),
  layer(['src/domain/dates.ts'], [ban('^react|^dexie|^zustand|^workbox', 'domain is pure TypeScript with no browser libraries.')]),
  layer(['src/db/**'], [
    ban('\\.\\./(app|features|stores|components|export|pwa|i18n)(/|$)', 'db imports only domain.'),
    ...LIBS_ONLY_IN.filter((b) => !b.regex.startsWith('^dexie')),
  ]),
  layer(['src/stores/**'], [
    ban('\\.\\./(app|features|db|components|export|pwa)(/|$)', 'stores import only domain and i18n types.'),
    ...LIBS_ONLY_IN.filter((b) => !b.regex.startsWith('^zustand')),
  ]),
  layer(['src/components/**', 'src/i18n/**'], [
    ban('\\.\\./(app|features|db|export|pwa)(/|$)', 'shared UI pieces import only domain, stores and i18n.'),
    ...LIBS_ONLY_IN.filter((b) => !b.regex.startsWith('^zustand')),
  ]),
  layer(['src/export/**'], [
    ban('\\.\\./(app|features|components|pwa)(/|$)', 'export engines have no UI.'),
    ...LIBS_ONLY_IN.filter((b) => !b.regex.startsWith('^pdfmake')),
  ]),
  layer(['src/features/**'], [
    ban('^\\.\\./(?!\\.\\.)[^/]+/', 'A feature never imports another feature; compose them in src/app.'),
    ban('\\.\\./app(/|$)', 'features do not import the app shell.'),
    ...LIBS_ONLY_IN,
  ]),
  layer(['src/app/**'], LIBS_ONLY_IN.filter((b) => !b.regex.startsWith('^workbox'))),
  layer(['src/main.tsx'], LIBS_ONLY_IN),
  layer(['src/pwa/**'], [ban('\\.\\./(app|features)(/|$)', 'pwa does not import the UI above it.'), ...LIBS_ONLY_IN.filter((b) => !b.regex.startsWith('^workbox'))]),
);
