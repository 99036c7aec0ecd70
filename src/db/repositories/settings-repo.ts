/**
 * The one writer of the settings. The follow-up rules read some of them (follow-up days, contacts
 * before escalation, card window, region), and every open case keeps its next due time computed from
 * them: a change to one of those recomputes every open case in the same transaction.
 */
import type { Settings } from '../../domain/types';
import { OPEN_STATUSES } from '../../domain/types';
import { assertWritable, db } from '../database';
import { getSettings } from '../queries/settings';
import { recordSaved } from '../saved';
import { SETTINGS_KEY } from '../schema/names';
import { caseWrite, refreshCaseSummary } from './case-summary';
import { loadHolidays } from '../holidays/load';
import type { WriteOptions } from './case-repo';

export type SettingsPatch = Partial<Omit<Settings, 'key' | 'updatedAt'>>;

/** The settings the follow-up rules read: changing one moves open cases' due times. */
export const RULE_SETTING_KEYS = ['followUpBusinessDays', 'contactsBeforeEscalation', 'cardDisputeWindowDays', 'homeRegion', 'homeCountry', 'homeNation'] as const;

export async function updateSettings(patch: SettingsPatch, opts: WriteOptions = {}): Promise<Settings> {
  assertWritable();
  const now = opts.now ?? Date.now();
  const rules = RULE_SETTING_KEYS.some((k) => k in patch);
  if (rules) await loadHolidays();
  const write = async () => {
    const saved: Settings = { ...(await getSettings()), ...patch, key: SETTINGS_KEY, updatedAt: now };
    await db.settings.put(saved);
    if (rules) {
      const open = await db.cases
        .where('status')
        .anyOf([...OPEN_STATUSES])
        .filter((c) => !c.deletedAt)
        .primaryKeys();
      for (const id of open) await refreshCaseSummary(id, now);
    }
    return saved;
  };
  const next = rules ? await caseWrite(write) : await db.transaction('rw', db.settings, write);
  if (rules) recordSaved();
  return next;
}
