// Where the end-to-end run builds the app and `vite preview` serves it from: dist/ unless E2E_OUT_DIR
// names another folder (relative to the project root), so two runs on one machine keep apart. The
// runner (e2e.mjs) and the tests that read the built files (test/e2e) all take it from here.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const E2E_OUT_DIR = resolve(ROOT, process.env.E2E_OUT_DIR ?? 'dist');
