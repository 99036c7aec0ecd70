/**
 * The IndexedDB schema. A version is frozen once it has shipped: change the schema by adding a
 * version below with its `.upgrade()`, a fixture of the previous version under test/fixtures, and a
 * test that upgrades it with nothing lost. Dexie stores version n as native version n * 10.
 */
import type { TableName } from './names';

/** Version 1 (native 10). Each string lists the primary key, then the indexes the app queries. */
export const SCHEMA_V1 = {
  cases: 'id, status, lastActivityAt, nextDueAt, companyKey, *words, [status+lastActivityAt]',
  statusChanges: 'id, [caseId+at]',
  charges: 'id, [caseId+chargedOn]',
  interactions: 'id, [caseId+occurredAt], *words',
  evidence: 'id, [caseId+addedAt], interactionId, sha256',
  followUps: 'id, caseId',
  playbookSteps: 'id, caseId',
  deadlineOverrides: 'id, caseId',
  companies: 'key, lastUsedAt',
  settings: 'key',
  drafts: 'key',
  timers: 'id',
  meta: 'key',
} as const satisfies Record<TableName, string>;

export const CODE_VERSION = 1;
/** The native IndexedDB version this code writes. */
export const NATIVE_VERSION = CODE_VERSION * 10;
