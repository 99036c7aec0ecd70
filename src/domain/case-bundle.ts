/** Everything known about one case, as the rules and exports read it. */
import type {
  CaseRecord,
  Charge,
  DeadlineOverride,
  Evidence,
  FollowUpMark,
  Interaction,
  PlaybookStepMark,
  StatusChange,
} from './types';

/** Evidence as the rules see it: no file bytes. */
export type EvidenceInfo = Omit<Evidence, 'blob' | 'thumbnail' | 'displayCopy'>;

export interface CaseBundle {
  case: CaseRecord;
  /** Live (not deleted) interactions, oldest first. */
  interactions: Interaction[];
  charges: Charge[];
  evidence: EvidenceInfo[];
  statusChanges: StatusChange[];
  followUps: FollowUpMark[];
  overrides: DeadlineOverride[];
  playbookSteps: PlaybookStepMark[];
}

/** The latest moment anything happened on the case. */
export function lastActivityOf(b: Omit<CaseBundle, 'followUps' | 'overrides' | 'playbookSteps'>): number {
  let last = b.case.createdAt;
  for (const i of b.interactions) last = Math.max(last, i.occurredAt);
  for (const c of b.charges) last = Math.max(last, c.createdAt);
  for (const e of b.evidence) last = Math.max(last, e.addedAt);
  for (const s of b.statusChanges) last = Math.max(last, s.at);
  return last;
}
