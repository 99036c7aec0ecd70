/**
 * Vitest setup for every test: a real IndexedDB implementation (fake-indexeddb), both languages and
 * the public-holiday table loaded. Tests that render React also run setup-dom.ts.
 */
import 'fake-indexeddb/auto';
import { loadHolidays } from '../../src/db/holidays/load';
import { loadLanguage } from '../../src/i18n/translate';

// The app loads the language in use before its first paint; tests show both. Likewise the
// public-holiday table, which the app fetches once the first screen is up.
await Promise.all([loadLanguage('en'), loadLanguage('fr'), loadHolidays()]);
