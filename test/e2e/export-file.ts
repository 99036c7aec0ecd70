/**
 * Builds files in the app's JSON export format (src/export/json/format.ts, version 1) from plain
 * records, for tests that import data through the Settings restore screen. Search words and case
 * summaries are left empty or rough: the import recomputes them.
 */
import type { CaseRecord, Charge, Interaction, StatusChange } from '../../src/domain/types';
import type { ExportEnvelope, ExportedRecords } from '../../src/export/json/format';

export const DAY = 86_400_000;

export function emptyRecords(): ExportedRecords {
  return {
    cases: [],
    statusChanges: [],
    charges: [],
    interactions: [],
    evidence: [],
    followUps: [],
    playbookSteps: [],
    deadlineOverrides: [],
    companies: [],
    settings: [],
    meta: [],
  };
}

export function envelope(records: ExportedRecords, exportedAt: number): ExportEnvelope {
  return { format: 'refund-tracker-export', version: 1, appVersion: 'test', exportedAt, scope: 'all', records };
}

export function caseRecord(id: string, at: number, fields: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id,
    createdAt: at,
    updatedAt: at,
    company: 'Netflix',
    companyKey: 'netflix',
    product: 'Standard',
    reason: 'cancellation-issue',
    accountId: '',
    region: '',
    paymentMethod: 'card',
    requestKind: 'full-refund',
    request: '',
    status: 'in-progress',
    refunded: [],
    disputed: [],
    lastActivityAt: at,
    words: [],
    timeZone: 'Europe/Paris',
    ...fields,
  };
}

export function statusChange(id: string, caseId: string, at: number, fields: Partial<StatusChange> = {}): StatusChange {
  return { id, caseId, createdAt: at, updatedAt: at, from: null, to: 'in-progress', at, ...fields };
}

export function charge(id: string, caseId: string, at: number, fields: Partial<Charge> = {}): Charge {
  return { id, caseId, createdAt: at, updatedAt: at, chargedOn: new Date(at).toISOString().slice(0, 10), amount: { minor: 1399, currency: 'EUR' }, ...fields };
}

export function interaction(id: string, caseId: string, at: number, fields: Partial<Interaction> = {}): Interaction {
  return {
    id,
    caseId,
    createdAt: at,
    updatedAt: at,
    occurredAt: at,
    timeZone: 'Europe/Paris',
    channel: 'chat',
    direction: 'outbound',
    agentName: '',
    agentId: '',
    references: [],
    summary: '',
    outcome: 'no-resolution',
    words: [],
    ...fields,
  };
}

/** A v4-shaped UUID made from a number, so generated data is the same on every run. */
export function uuidOf(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}
