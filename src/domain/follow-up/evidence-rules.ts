/** The evidence a case's reason calls for (DOMAIN.md's table), and the facts every case needs. */
import { addBusinessDaysIso, endOfDayInstant, isoDateOf } from '../dates';
import type { EvidenceKind, Reason } from '../types';
import type { ActionTarget, Rule } from './types';

interface Need {
  id: string;
  /** Met by evidence of one of these kinds... */
  kinds?: readonly EvidenceKind[];
  /** ...or by this case fact being filled in. */
  field?: 'subscriptionStartedOn' | 'charges';
}

const NEEDS: Record<Reason, readonly Need[]> = {
  'cancellation-issue': [{ id: 'cancellation-confirmation', kinds: ['cancellation-confirmation'] }],
  'technical-issue': [{ id: 'error-screenshot', kinds: ['error-screenshot'] }],
  'billing-error': [{ id: 'bank-statement', kinds: ['bank-statement'] }],
  'unauthorized-charge': [
    { id: 'bank-statement', kinds: ['bank-statement'] },
    { id: 'account-security-email', kinds: ['email'] },
  ],
  'payment-details-changed': [{ id: 'card-update-notice', kinds: ['email', 'letter'] }],
  'service-outage': [{ id: 'outage-notice', kinds: ['email', 'error-screenshot', 'other'] }],
  'accidental-billing': [
    { id: 'trial-start', field: 'subscriptionStartedOn' },
    // The attempt to cancel: a confirmation, or a screenshot of the attempt that did not go through.
    { id: 'cancellation-attempt', kinds: ['cancellation-confirmation', 'error-screenshot'] },
  ],
  'withdrawal-right': [{ id: 'subscription-start', field: 'subscriptionStartedOn' }],
  other: [],
};

const CHARGES: Need = { id: 'charges', field: 'charges' };

export function evidenceNeeds(reason: Reason): readonly Need[] {
  return [CHARGES, ...NEEDS[reason]];
}

export const gatherEvidence: Rule = ({ bundle, timeZone }) => {
  const c = bundle.case;
  const met = (n: Need) =>
    n.field === 'charges' ? bundle.charges.length > 0 : n.field ? !!c[n.field] : bundle.evidence.some((e) => n.kinds!.includes(e.kind));
  const due = endOfDayInstant(addBusinessDaysIso(isoDateOf(c.createdAt, timeZone), 1), timeZone);
  return evidenceNeeds(c.reason)
    .filter((n) => !met(n))
    .map((n) => {
      const target: ActionTarget = n.field ? 'edit' : 'evidence';
      return {
        ruleId: 'gather-evidence' as const,
        eventKey: n.id,
        kind: 'gather-evidence' as const,
        target,
        dueAt: due,
        title: { key: `need.${n.id}`, values: {} },
        reason: { key: `why.${n.id}`, values: {} },
      };
    });
};
