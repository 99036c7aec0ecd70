/** Settings: one record, key 'app', created with defaults on first read. */
import { SETTINGS_KEY } from '../schema/names';
import type { Settings } from '../../domain/types';
import { assertWritable, db } from '../database';

export const DEFAULT_SETTINGS: Omit<Settings, 'updatedAt'> = {
  key: SETTINGS_KEY,
  language: null,
  homeRegion: 'EU',
  defaultCurrency: 'EUR',
  followUpBusinessDays: 3,
  contactsBeforeEscalation: 3,
  cardDisputeWindowDays: 120,
  backupReminderDays: 30,
  lastChannel: 'chat',
  notificationsEnabled: false,
};

export async function getSettings(): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, updatedAt: 0, ...stored };
}

export async function updateSettings(patch: Partial<Omit<Settings, 'key' | 'updatedAt'>>, now = Date.now()): Promise<Settings> {
  assertWritable();
  return db.transaction('rw', db.settings, async () => {
    const next: Settings = { ...(await getSettings()), ...patch, key: SETTINGS_KEY, updatedAt: now };
    await db.settings.put(next);
    return next;
  });
}
