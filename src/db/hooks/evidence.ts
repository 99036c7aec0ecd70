/** Live read of a case's evidence files. */
import type { Evidence } from '../../domain/types';
import { listCaseEvidence } from '../queries/evidence';
import { useSharedLiveQuery } from './live-query';

export function useCaseEvidence(caseId: string, interactionId?: string): Evidence[] | undefined {
  return useSharedLiveQuery(`evidence:${caseId}:${interactionId ?? '*'}`, () => listCaseEvidence(caseId, interactionId));
}
