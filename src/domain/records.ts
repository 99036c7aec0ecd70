/**
 * The stored records of every table that leaves the device in a backup, as one set: what an export
 * is made from, what an import has checked and merges. Drafts and the running call timer are not
 * part of it.
 */
import { BACKUP_META_KEY } from './backup';
import type {
  CaseRecord,
  Charge,
  CompanyRecord,
  DeadlineOverride,
  Evidence,
  FollowUpMark,
  Interaction,
  MetaRecord,
  PlaybookStepMark,
  Settings,
  StatusChange,
} from './types';

export interface RecordSet {
  cases: CaseRecord[];
  statusChanges: StatusChange[];
  charges: Charge[];
  interactions: Interaction[];
  evidence: Evidence[];
  followUps: FollowUpMark[];
  playbookSteps: PlaybookStepMark[];
  deadlineOverrides: DeadlineOverride[];
  companies: CompanyRecord[];
  settings: Settings[];
  meta: MetaRecord[];
}
export type RecordTable = keyof RecordSet;

/** Meta records that belong in a backup; the others are derived ('totals') or about this device only. */
export const EXPORTED_META_KEYS: readonly string[] = [BACKUP_META_KEY];
