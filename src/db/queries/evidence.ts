/** Reads of evidence files (with their blobs, for thumbnails and full-size views). */
import type { Evidence } from '../../domain/types';
import { db } from '../database';

/** A case's live evidence, newest first; only one interaction's when `interactionId` is given. */
export function listCaseEvidence(caseId: string, interactionId?: string): Promise<Evidence[]> {
  return db.evidence
    .where('[caseId+addedAt]')
    .between([caseId, -Infinity], [caseId, Infinity])
    .reverse()
    .filter((e) => !e.deletedAt && (interactionId === undefined || e.interactionId === interactionId))
    .toArray();
}
