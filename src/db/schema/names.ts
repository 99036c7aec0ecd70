/**
 * The names the stored data lives under: the database, its tables, the index the reminders read, the
 * settings record's key. Both the app (through Dexie) and the service worker (raw IndexedDB, without
 * Dexie) read them from here, so a rename cannot leave one of them reading the wrong place.
 */
export const DB_NAME = 'refund-tracker';

export const TABLES = [
  'cases',
  'statusChanges',
  'charges',
  'interactions',
  'evidence',
  'followUps',
  'playbookSteps',
  'deadlineOverrides',
  'companies',
  'settings',
  'drafts',
  'timers',
  'meta',
] as const;

export type TableName = (typeof TABLES)[number];

/** The cases index by next due instant (the attention list and the reminders walk it). */
export const NEXT_DUE_INDEX = 'nextDueAt';

/** The key of the one settings record. */
export const SETTINGS_KEY = 'app';
