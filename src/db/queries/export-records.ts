/**
 * Reads of the records that leave the device as files: everything for a full backup, one case for a
 * case export, cases with their contacts or charges for the spreadsheets, each in one read
 * transaction so the file is a consistent snapshot. Evidence records come with their file handles;
 * the export engine reads the bytes later, one file at a time.
 */
import { EXPORTED_META_KEYS, type RecordSet } from '../../domain/records';
import { db } from '../database';

const TABLES = () => [
  db.cases,
  db.statusChanges,
  db.charges,
  db.interactions,
  db.evidence,
  db.followUps,
  db.playbookSteps,
  db.deadlineOverrides,
  db.companies,
  db.settings,
  db.meta,
];

/** Every stored record, deleted ones included, and the meta records a backup carries. */
export function readAllRecords(): Promise<RecordSet> {
  return db.transaction('r', TABLES(), async () => ({
    cases: await db.cases.toArray(),
    statusChanges: await db.statusChanges.toArray(),
    charges: await db.charges.toArray(),
    interactions: await db.interactions.toArray(),
    evidence: await db.evidence.toArray(),
    followUps: await db.followUps.toArray(),
    playbookSteps: await db.playbookSteps.toArray(),
    deadlineOverrides: await db.deadlineOverrides.toArray(),
    companies: await db.companies.toArray(),
    settings: await db.settings.toArray(),
    meta: (await db.meta.bulkGet([...EXPORTED_META_KEYS])).filter((m) => m !== undefined),
  }));
}

/** One case with everything attached to it (deleted records included) and its company record. */
export function readCaseRecords(caseId: string): Promise<RecordSet | undefined> {
  return db.transaction('r', TABLES(), async () => {
    const c = await db.cases.get(caseId);
    if (!c) return undefined;
    const company = await db.companies.get(c.companyKey);
    return {
      cases: [c],
      statusChanges: await db.statusChanges.where('[caseId+at]').between([caseId, -Infinity], [caseId, Infinity]).toArray(),
      charges: await db.charges.where('[caseId+chargedOn]').between([caseId, ''], [caseId, '\uffff']).toArray(),
      interactions: await db.interactions.where('[caseId+occurredAt]').between([caseId, -Infinity], [caseId, Infinity]).toArray(),
      evidence: await db.evidence.where('[caseId+addedAt]').between([caseId, -Infinity], [caseId, Infinity]).toArray(),
      followUps: await db.followUps.where('caseId').equals(caseId).toArray(),
      playbookSteps: await db.playbookSteps.where('caseId').equals(caseId).toArray(),
      deadlineOverrides: await db.deadlineOverrides.where('caseId').equals(caseId).toArray(),
      companies: company ? [company] : [],
      settings: [],
      meta: [],
    };
  });
}

/** Every case and every logged contact, deleted ones included, for the contacts spreadsheet. */
export async function readCasesAndInteractions(): Promise<Pick<RecordSet, 'cases' | 'interactions'>> {
  const [cases, interactions] = await db.transaction('r', [db.cases, db.interactions], () => Promise.all([db.cases.toArray(), db.interactions.toArray()]));
  return { cases, interactions };
}

/** Every case and every charge, deleted ones included, for the charges spreadsheet. */
export async function readCasesAndCharges(): Promise<Pick<RecordSet, 'cases' | 'charges'>> {
  const [cases, charges] = await db.transaction('r', [db.cases, db.charges], () => Promise.all([db.cases.toArray(), db.charges.toArray()]));
  return { cases, charges };
}
