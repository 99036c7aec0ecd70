/**
 * Vitest setup for every test: a real IndexedDB implementation (fake-indexeddb) and both languages
 * loaded. Tests that render React also run setup-dom.ts.
 */
import 'fake-indexeddb/auto';
import { loadLanguage } from '../../src/i18n/translate';

// The app loads the language in use before its first paint; tests show both.
await Promise.all([loadLanguage('en'), loadLanguage('fr')]);
