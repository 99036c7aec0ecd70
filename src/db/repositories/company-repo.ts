/** Per-company memory: display name, notes and the agent names seen, keyed by the company key. */
import { companyKeyOf } from '../../domain/text';
import type { CompanyRecord } from '../../domain/types';
import { assertWritable, db } from '../database';

const MAX_AGENT_NAMES = 50;

/**
 * Create or refresh a company record; call inside a transaction that includes db.companies.
 * Not async on purpose: an async function that awaits no IndexedDB request (a name with no letter or
 * digit has no key) settles as a native promise outside Dexie's transaction zone, and the next request
 * then fails with PrematureCommitError. Promise.resolve() here is Dexie's zone-aware promise.
 */
export function touchCompany(name: string, now: number, agentName?: string): Promise<void> {
  const key = companyKeyOf(name);
  return key ? upsertCompany(key, name, now, agentName) : Promise.resolve();
}

async function upsertCompany(key: string, name: string, now: number, agentName?: string): Promise<void> {
  const current = await db.companies.get(key);
  const agents = current?.agentNames ?? [];
  const agent = agentName?.trim();
  const agentNames = agent ? [agent, ...agents.filter((a) => a.toLowerCase() !== agent.toLowerCase())].slice(0, MAX_AGENT_NAMES) : agents;
  const next: CompanyRecord = {
    key,
    name: name.trim(),
    notes: current?.notes ?? '',
    agentNames,
    lastUsedAt: now,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  };
  await db.companies.put(next);
}

export async function saveCompanyNotes(name: string, notes: string, now = Date.now()): Promise<void> {
  assertWritable();
  const key = companyKeyOf(name);
  await db.transaction('rw', db.companies, async () => {
    const current = await db.companies.get(key);
    const base: CompanyRecord = current ?? { key, name: name.trim(), notes: '', agentNames: [], lastUsedAt: now, createdAt: now, updatedAt: now };
    await db.companies.put({ ...base, notes, updatedAt: now });
  });
}
