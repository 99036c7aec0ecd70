/**
 * The single write of an import { updateSettings } from 'Nonerepositories/settings-repo';
import or restore. The records arrive already parsed, validated, decoded
 * and hash-checked (all of that happens before, outside any transaction); here one read-write
 * transaction merges them record by record under the chosen policy, recomputes what is derived
 * (search words, company keys, each touched case's summary, the totals) and commits, or on any
 * error aborts with the database exactly as it was. When the import changes the follow-up rules'
 * settings, every case's summary is recomputed, since their due times follow those settings.
 */
import { BACKUP_META_KEY } from '../../domain/backup';
import type { RuleSettings } from '../../domain/follow-up/types';
import type { RecordSet, RecordTable } from '../../domain/records';
import { companyKeyOf } from '../../domain/text';
import type { CaseRecord, Interaction } from '../../domain/types';
import { assertWritable, db } from '../database';
import { recordSaved } from '../saved';
import { caseWords } from './case-repo';
import { caseTables, caseWrite, rebuildTotals, refreshCaseSummary } from './case-summary';
import { interactionWords } from './interaction-repo';
import {  getSettings  } from '../queries/settings';

/** What happens to a record that exists on both sides. */
export type MergePolicy = 'keep-mine' | 'take-theirs' | 'newer';
export const MERGE_POLICIES: readonly MergePolicy[] = ['newer', 'keep-mine', 'take-theirs'];

/** Write order: settings first, so the case summaries recomputed at the end follow the imported settings. */
export const IMPORT_TABLES: readonly RecordTable[] = [
  'settings',
  'companies',
  'cases',
  'statusChanges',
  'charges',
  'interactions',
  'evidence',
  'followUps',
  'playbookSteps',
  'deadlineOverrides',
  'meta',
];

/** Per table: records new here, records where the file's version replaced mine or mine was kept, and identical versions. */
export interface TableCounts {
  added: number;
  replaced: number;
  kept: number;
  unchanged: number;
}
export type ImportCounts = Record<RecordTable, TableCounts>;

type Versioned = { updatedAt: number };
type AnyRecord = RecordSet[RecordTable][number];

export function keyOf(table: RecordTable, record: AnyRecord): string {
  return table === 'companies' || table === 'settings' || table === 'meta' ? (record as { key: string }).key : (record as { id: string }).id;
}

/** Whether the file's record is written. "newer" compares updatedAt; a deletion is a change like any other. */
export function takesTheirs(mine: Versioned | undefined, theirs: Versioned, policy: MergePolicy): boolean {
  if (!mine) return true;
  if (policy === 'keep-mine') return false;
  if (policy === 'take-theirs') return true;
  return theirs.updatedAt > mine.updatedAt;
}

function tally(counts: TableCounts, mine: Versioned | undefined, theirs: Versioned, written: boolean): void {
  if (!mine) counts.added += 1;
  else if (mine.updatedAt === theirs.updatedAt) counts.unchanged += 1;
  else if (written) counts.replaced += 1;
  else counts.kept += 1;
}

export function emptyCounts(): ImportCounts {
  const out = {} as ImportCounts;
  for (const t of IMPORT_TABLES) out[t] = { added: 0, replaced: 0, kept: 0, unchanged: 0 };
  return out;
}

/** The file's record as stored: search words and the company key are recomputed, never taken from the file. */
function derived(table: RecordTable, record: AnyRecord): AnyRecord {
  if (table === 'cases') {
    const c = record as CaseRecord;
    return { ...c, companyKey: companyKeyOf(c.company), words: c.deletedAt ? [] : caseWords(c) };
  }
  if (table === 'interactions') {
    const i = record as Interaction;
    return { ...i, words: i.deletedAt ? [] : interactionWords(i) };
  }
  return record;
}

function caseIdOf(table: RecordTable, record: AnyRecord): string | undefined {
  if (table === 'cases') return (record as CaseRecord).id;
  return 'caseId' in record && typeof record.caseId === 'string' ? record.caseId : undefined;
}

async function existingFor(table: RecordTable, records: readonly AnyRecord[]): Promise<(Versioned | undefined)[]> {
  return db.table(table).bulkGet(records.map((r) => keyOf(table, r))) as Promise<(Versioned | undefined)[]>;
}

const live = <T extends { deletedAt?: number }>(r: T) => !r.deletedAt;

/**
 * The records this device takes from the file. The file's last-backup record only comes in on a
 * restore into an empty database: merged into existing data it would claim that records made only
 * here were backed up, and hide the backup reminder. Call inside a transaction over caseTables().
 */
async function acceptedRecords(records: RecordSet): Promise<RecordSet> {
  if (!records.meta.some((m) => m.key === BACKUP_META_KEY)) return records;
  const empty = (await db.cases.filter(live).first()) === undefined;
  return empty ? records : { ...records, meta: records.meta.filter((m) => m.key !== BACKUP_META_KEY) };
}

const RULE_SETTINGS: readonly (keyof RuleSettings)[] = ['followUpBusinessDays', 'contactsBeforeEscalation', 'cardDisputeWindowDays', 'homeRegion', 'homeCountry', 'homeNation'];
const sameRules = (a: RuleSettings, b: RuleSettings) => RULE_SETTINGS.every((k) => a[k] === b[k]);

/** What the import would do under a policy, without writing anything. */
export async function planImport(all: RecordSet, policy: MergePolicy): Promise<ImportCounts> {
  const counts = emptyCounts();
  await db.transaction('r', caseTables(), async () => {
    const records = await acceptedRecords(all);
    for (const table of IMPORT_TABLES) {
      const incoming = records[table] as AnyRecord[];
      if (incoming.length === 0) continue;
      const existing = await existingFor(table, incoming);
      incoming.forEach((r, i) => tally(counts[table], existing[i], r, takesTheirs(existing[i], r, policy)));
    }
  });
  return counts;
}

/** Which of these keys exist in a table (deleted records included). */
export async function existingKeys(table: RecordTable, keys: readonly string[]): Promise<Set<string>> {
  const found = await db.table(table).bulkGet([...keys]);
  return new Set(keys.filter((_k, i) => found[i] !== undefined));
}

/** Merge everything in one transaction, then recompute derived data inside it. */
export async function writeImport(all: RecordSet, policy: MergePolicy, now: number): Promise<ImportCounts> {
  assertWritable();
  const counts = await caseWrite(async () => {
    const records = await acceptedRecords(all);
    const rulesBefore = await getSettings();
    const counts = emptyCounts();
    const touched = new Set<string>();
    for (const table of IMPORT_TABLES) {
      const incoming = records[table] as AnyRecord[];
      if (incoming.length === 0) continue;
      const existing = await existingFor(table, incoming);
      const writes: AnyRecord[] = [];
      incoming.forEach((r, i) => {
        const take = takesTheirs(existing[i], r, policy);
        tally(counts[table], existing[i], r, take);
        if (!take) return;
        writes.push(derived(table, r));
        const caseId = caseIdOf(table, r);
        if (caseId) touched.add(caseId);
      });
      // Case records go in with bulkPut rather than storeCase: the totals are rebuilt from every
      // case below, in this same transaction.
      if (writes.length) await db.table(table).bulkPut(writes);
    }
    // Changed rule settings move the due time of cases the file does not mention too (Home, the
    // badge and reminders read the stored nextDueAt), as updateSettings does.
    if (!sameRules(rulesBefore, await getSettings())) for (const id of await db.cases.filter(live).primaryKeys()) touched.add(id);
    for (const caseId of touched) await refreshCaseSummary(caseId, now);
    await rebuildTotals(now);
    return counts;
  });
  recordSaved();
  return counts;
}
