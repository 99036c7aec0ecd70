/**
 * Promises the company made during contacts (a reply or a refund, usually by a date) and whether
 * each was kept. Pure: `now` is passed in. A promised date means the end of that day in the zone
 * the promise was made in.
 */
import type { CaseBundle } from '../../domain/case-bundle';
import { endOfDayInstant } from '../../domain/dates';
import type { Instant, Interaction, IsoDate } from '../../domain/types';

export type PromiseState = 'kept' | 'missed' | 'pending';

export interface PromiseFact {
  made: Interaction;
  kind: 'reply' | 'refund';
  by?: IsoDate;
  /** End of the promised day; absent for a promise without a date. */
  deadline?: Instant;
  state: PromiseState;
}

function isPromise(i: Interaction): boolean {
  return Boolean(i.promisedBy) || i.outcome === 'reply-promised' || i.outcome === 'refund-promised';
}

/**
 * A reply promise is kept by any later contact from the company (or a refund); a refund promise by a
 * later "refund issued" contact or the case being resolved, either by the promised day's end.
 */
function keptBy(bundle: CaseBundle, made: Interaction, kind: PromiseFact['kind'], until: Instant): boolean {
  const after = (at: Instant) => at > made.occurredAt && at <= until;
  const refunded = bundle.interactions.some((i) => after(i.occurredAt) && i.outcome === 'refund-issued');
  const resolved = bundle.statusChanges.some((s) => after(s.at) && s.to === 'resolved');
  if (kind === 'refund') return refunded || resolved;
  return refunded || resolved || bundle.interactions.some((i) => after(i.occurredAt) && i.direction === 'inbound');
}

export function promisesOf(bundle: CaseBundle, now: Instant): PromiseFact[] {
  const out: PromiseFact[] = [];
  for (const made of bundle.interactions) {
    if (!isPromise(made)) continue;
    const kind = made.outcome === 'refund-promised' ? 'refund' : 'reply';
    if (!made.promisedBy) {
      out.push({ made, kind, state: keptBy(bundle, made, kind, now) ? 'kept' : 'pending' });
      continue;
    }
    const deadline = endOfDayInstant(made.promisedBy, made.timeZone);
    const kept = keptBy(bundle, made, kind, Math.min(deadline, now));
    const state: PromiseState = kept ? 'kept' : now > deadline ? 'missed' : 'pending';
    out.push({ made, kind, by: made.promisedBy, deadline, state });
  }
  return out.sort((a, b) => a.made.occurredAt - b.made.occurredAt);
}
