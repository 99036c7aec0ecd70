/** Builders for case bundles with literal local times, for the rules' table tests. */
import type { CaseBundle } from '../../../src/domain/case-bundle';
import { fromLocalInput } from '../../../src/domain/dates';
import type { CaseRecord, Charge, DeadlineOverride, EvidenceKind, FollowUpMark, Interaction, PlaybookStepMark } from '../../../src/domain/types';
import type { RuleSettings } from '../../../src/domain/follow-up';

export const PARIS = 'Europe/Paris';
export const NEW_YORK = 'America/New_York';

export const SETTINGS: RuleSettings = { followUpBusinessDays: 3, contactsBeforeEscalation: 3, cardDisputeWindowDays: 120, homeRegion: 'EU' };

/** An instant from local wall time ('2026-11-10T09:30') in a zone. */
export function at(local: string, timeZone = PARIS): number {
  const t = fromLocalInput(local, timeZone);
  if (t === null) throw new Error(`bad time ${local}`);
  return t;
}

/** The UTC ISO text of an instant, for readable expectations. */
export const utc = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

let seq = 0;
const id = (p: string) => `${p}-${++seq}`;

export interface Say {
  on: string;
  outcome?: Interaction['outcome'];
  direction?: Interaction['direction'];
  promisedBy?: string;
  refs?: string[];
  id?: string;
}

export function interaction(caseId: string, s: Say, timeZone = PARIS): Interaction {
  const when = at(s.on.length === 10 ? `${s.on}T10:00` : s.on, timeZone);
  const rec: Interaction = {
    id: s.id ?? id('in'),
    caseId,
    createdAt: when,
    updatedAt: when,
    occurredAt: when,
    timeZone,
    channel: 'chat',
    direction: s.direction ?? 'outbound',
    agentName: '',
    agentId: '',
    references: s.refs ?? [],
    summary: '',
    outcome: s.outcome ?? 'no-resolution',
    words: [],
  };
  if (s.promisedBy) rec.promisedBy = s.promisedBy;
  return rec;
}

export interface BundleSpec {
  created?: string;
  timeZone?: string;
  case?: Partial<CaseRecord>;
  log?: Say[];
  charges?: { on: string; statementOn?: string; id?: string }[];
  evidence?: EvidenceKind[];
  steps?: { stepId: string; on: string }[];
  marks?: Partial<FollowUpMark>[];
  overrides?: Partial<DeadlineOverride>[];
}

export function bundle(spec: BundleSpec = {}): CaseBundle {
  const tz = spec.timeZone ?? PARIS;
  const created = at(spec.created ?? '2026-11-02T09:00', tz);
  const caseId = spec.case?.id ?? id('case');
  const c: CaseRecord = {
    id: caseId,
    createdAt: created,
    updatedAt: created,
    company: 'Netflix',
    companyKey: 'netflix',
    product: 'Standard',
    reason: 'other',
    accountId: '',
    region: 'EU',
    paymentMethod: 'card',
    requestKind: 'full-refund',
    request: '',
    status: 'in-progress',
    refunded: [],
    disputed: [],
    lastActivityAt: created,
    words: [],
    timeZone: tz,
    ...spec.case,
  };
  const charges: Charge[] = (spec.charges ?? [{ on: '2026-11-01' }]).map((ch) => ({
    id: ch.id ?? id('ch'),
    caseId,
    createdAt: created,
    updatedAt: created,
    chargedOn: ch.on,
    ...(ch.statementOn ? { statementOn: ch.statementOn } : {}),
    amount: { minor: 1399, currency: 'EUR' },
  }));
  const steps: PlaybookStepMark[] = (spec.steps ?? []).map((s) => ({
    id: id('step'),
    caseId,
    playbookId: 'generic',
    stepId: s.stepId,
    doneAt: at(s.on.length === 10 ? `${s.on}T12:00` : s.on, tz),
    createdAt: 0,
    updatedAt: 0,
  }));
  return {
    case: c,
    interactions: (spec.log ?? []).map((s) => interaction(caseId, s, tz)).sort((a, b) => a.occurredAt - b.occurredAt),
    charges,
    evidence: (spec.evidence ?? []).map((kind) => ({ id: id('ev'), caseId, kind, name: 'f', type: 'image/png', size: 1, sha256: '', addedAt: created, createdAt: created, updatedAt: created })),
    statusChanges: [],
    followUps: (spec.marks ?? []).map((m) => ({ id: id('mark'), caseId, ruleId: '', eventKey: '', state: 'snoozed', createdAt: 0, updatedAt: 0, ...m })),
    overrides: (spec.overrides ?? []).map((o) => ({ id: id('ov'), caseId, deadlineId: '', dismissed: false, createdAt: 0, updatedAt: 0, ...o })),
    playbookSteps: steps,
  };
}
