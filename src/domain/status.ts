/** How a case's status follows what happened on it. */
import type { CaseStatus, InteractionOutcome } from './types';

/**
 * The status a case moves to after an interaction with this outcome, when that is obvious.
 * Closed and resolved cases are never moved by a log entry; "refund issued" only offers to resolve
 * (the person confirms the money arrived), so it moves an open case to waiting.
 */
export function statusAfterInteraction(current: CaseStatus, outcome: InteractionOutcome): CaseStatus {
  if (current === 'resolved' || current === 'closed') return current;
  switch (outcome) {
    case 'escalated':
      return 'escalated';
    case 'reply-promised':
    case 'refund-promised':
    case 'refund-issued':
      return current === 'escalated' ? current : 'waiting';
    default:
      return current === 'new' ? 'in-progress' : current;
  }
}
