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
