/** Reading the interaction log the way the rules need it: promises, refunds and progress. */
import { endOfDayInstant } from '../dates';
import type { Interaction, InteractionOutcome } from '../types';

export const isRefund = (o: InteractionOutcome) => o === 'refund-promised' || o === 'refund-issued';

/** Interactions after index i (the log is oldest first). */
const after = (log: Interaction[], i: number) => log.slice(i + 1);

/**
 * The promise still being waited on: the latest dated promise (other than a refund) with no reply from
 * the company since, and no contact logged after its day ended (a later contact means the person
 * already followed it up).
 */
export function pendingPromise(log: Interaction[], timeZone: string): Interaction | undefined {
  const i = log.findLastIndex((x) => !!x.promisedBy && !isRefund(x.outcome));
  if (i < 0) return undefined;
  const p = log[i]!;
  const ends = endOfDayInstant(p.promisedBy!, timeZone);
  const later = after(log, i);
  if (later.some((x) => x.direction === 'inbound' || x.occurredAt > ends)) return undefined;
  return p;
}

export type Progress = 'progress' | 'none' | 'pending';

/**
 * Whether an interaction moved the case forward. A dated promise is pending until its day ends; it
 * counts as progress when the company answered in time and as none once it was missed (a later
 * contact exists after its day with no answer in between). "No resolution", "information requested",
 * an undated promise and a denial are no progress.
 */
export function progressOf(log: Interaction[], i: number, timeZone: string): Progress {
  const x = log[i]!;
  if (isRefund(x.outcome) || x.outcome === 'escalated') return 'progress';
  if (!x.promisedBy) return 'none';
  const ends = endOfDayInstant(x.promisedBy, timeZone);
  for (const y of after(log, i)) {
    if (y.direction === 'inbound' && y.occurredAt <= ends) return 'progress';
    if (y.occurredAt > ends) return 'none';
  }
  return 'pending';
}

/** Reference numbers given so far, newest first, without repeats. */
export function referencesOf(log: Interaction[], max = 3): string[] {
  const out: string[] = [];
  for (let i = log.length - 1; i >= 0 && out.length < max; i -= 1) {
    for (const r of log[i]!.references) if (!out.includes(r) && out.length < max) out.push(r);
  }
  return out;
}
