/** The settings: one record, key 'app'; defaults stand in for what was never saved. */
import type { Settings } from '../../domain/types';
import { db } from '../database';
import { SETTINGS_KEY } from '../schema/names';

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
