/**
 * Vitest setup: a real IndexedDB implementation (fake-indexeddb), jest-dom matchers, and Node's own
 * Blob/TextEncoder (jsdom's replacements break byte-level checks and fake-indexeddb's cloning).
 */
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadHolidays } from '../../src/db/holidays/load';
import { loadLanguage } from '../../src/i18n/translate';

const g = globalThis as Record<string, unknown>;
g.Blob = NodeBlob;
if (NodeFile) g.File = NodeFile;
g.TextEncoder = NodeTextEncoder;
g.TextDecoder = NodeTextDecoder;

// The app loads the language in use before its first paint; tests show both.
// Likewise the public-holiday table, which the app fetches once the first screen is up.
await Promise.all([loadLanguage('en'), loadLanguage('fr'), loadHolidays()]);

// Screens read several live queries; on a loaded CI machine the first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
