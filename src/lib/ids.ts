/**
 * Record ids. New ones are UUIDs; any id that can appear in a path (a case, a contact) must be made
 * of one safe set of characters: ASCII letters, digits, '-' and '_', 1 to 64 of them, and never a
 * word the router gives a meaning of its own ("new"). Encoding alone is not enough (`%2e%2e` still
 * resolves to a parent path), so import refuses any other id.
 */
import { RESERVED_SEGMENTS } from './routes';

export function newId(): string {
  return crypto.randomUUID();
}

export const SAFE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID_PATTERN.test(id) && !RESERVED_SEGMENTS.includes(id.toLowerCase());
}

/**
 * Revisions of edited records: `<generation>-<random>`, the generation one more than the parent's. Two
 * devices editing the same version both write generation n + 1, but never the same revision, so a
 * later merge can tell their versions apart. Records written before revisions existed have none and
 * count as BASE_REVISION.
 */
export const BASE_REVISION = '0-base';

export function nextRevision(parent: string | undefined): string {
  const generation = Number.parseInt((parent ?? BASE_REVISION).split('-')[0] ?? '0', 10);
  return `${(Number.isFinite(generation) ? generation : 0) + 1}-${newId().replaceAll('-', '').slice(0, 16)}`;
}

export function revisionOf(record: { rev?: string | undefined }): string {
  return record.rev ?? BASE_REVISION;
}
