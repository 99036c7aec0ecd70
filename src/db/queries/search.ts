/**
 * Search across cases and their interactions, through the folded-word indexes: reads stay small at
 * any size (see searchCases). Loaded with the Cases screen only.
 */
import { queryTerms } from '../../domain/text';
import type { CaseRecord, Interaction } from '../../domain/types';
import { db } from '../database';

export interface SearchHit {
  case: CaseRecord;
  /** The interaction that matched, when the match was in the log rather than the case itself. */
  interaction?: Interaction;
}

const hasAll = (words: string[], terms: string[]) => terms.every((t) => words.some((w) => w.startsWith(t)));

/**
 * Cases matching every term (prefix match on folded words), each term found in the case (company,
 * product, account) or in one of its interactions (reference numbers, agent, summary), stopped as soon
 * as `limit` cases are found. Reads stay small at any size:
 * - cases are probed through their own index with the longest term;
 * - interactions are walked through the index of the term with the fewest entries (counted on the
 *   index, no record read);
 * - a term no interaction has (typically the company) must be in the case: the cases it names are
 *   read first, and only their interactions can match.
 */
export async function searchCases(query: string, limit: number): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits = new Map<string, SearchHit>();
  const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
  const probed: CaseRecord[] = [];
  await db.cases
    .where('words')
    .startsWith(longest)
    .distinct()
    .until(() => hits.size >= limit)
    .each((c) => {
      probed.push(c);
      if (!c.deletedAt && hasAll(c.words, terms)) hits.set(c.id, { case: c });
    });
  if (hits.size >= limit) return [...hits.values()];

  const counts = await Promise.all(terms.map((t) => db.interactions.where('words').startsWith(t).count()));
  const inLog = terms.map((t, i) => ({ t, n: counts[i]! })).filter((x) => x.n > 0);
  if (inLog.length === 0) return [...hits.values()];
  const driver = inLog.reduce((a, b) => (b.n < a.n ? b : a)).t;
  const caseOnly = terms.filter((_, i) => counts[i] === 0);
  let allowed: Map<string, CaseRecord> | undefined;
  if (caseOnly.length > 0) {
    const probe = caseOnly.reduce((a, b) => (b.length > a.length ? b : a));
    // The walk above read every case of the longest term already (it did not stop early).
    const named = probe === longest ? probed : await db.cases.where('words').startsWith(probe).distinct().toArray();
    allowed = new Map(named.filter((c) => !c.deletedAt && hasAll(c.words, caseOnly)).map((c) => [c.id, c]));
    if (allowed.size === 0) return [...hits.values()];
  }

  // Interactions that match on their own words (or with an allowed case's words) count at once; the
  // others may still match with their case's words, checked after the walk.
  const definite = new Map<string, Interaction>();
  const maybe: Interaction[] = [];
  await db.interactions
    .where('words')
    .startsWith(driver)
    .distinct()
    .until(() => hits.size + definite.size >= limit)
    .each((i) => {
      if (i.deletedAt || hits.has(i.caseId) || definite.has(i.caseId)) return;
      if (allowed) {
        const c = allowed.get(i.caseId);
        if (c && hasAll([...i.words, ...c.words], terms)) hits.set(c.id, { case: c, interaction: i });
      } else if (hasAll(i.words, terms)) definite.set(i.caseId, i);
      else maybe.push(i);
    });
  for (const [caseId, i] of definite) {
    const c = await db.cases.get(caseId);
    if (c && !c.deletedAt) hits.set(caseId, { case: c, interaction: i });
  }
  for (const i of maybe) {
    if (hits.size >= limit) break;
    if (hits.has(i.caseId)) continue;
    const c = await db.cases.get(i.caseId);
    if (c && !c.deletedAt && hasAll([...i.words, ...c.words], terms)) hits.set(c.id, { case: c, interaction: i });
  }
  return [...hits.values()].slice(0, limit);
}
