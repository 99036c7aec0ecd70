/**
 * The one place that turns a storage failure into a kind the UI can name in the person's language.
 * A quota error may arrive bare, as Dexie's QuotaExceededError, or as the `inner` of an AbortError.
 */
import { DatabaseClosedError, ReadOnlyDatabaseError } from './database';

export type WriteErrorKind = 'quota' | 'closed' | 'read-only' | 'invalid' | 'unknown';

function names(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
  const own = typeof e.name === 'string' ? [e.name] : [];
  return [...own, ...names(e.inner, depth + 1), ...names(e.cause, depth + 1)];
}

export function classifyWriteError(error: unknown): WriteErrorKind {
  if (error instanceof ReadOnlyDatabaseError) return 'read-only';
  if (error instanceof DatabaseClosedError) return 'closed';
  if (error instanceof ValidationError) return 'invalid';
  const all = names(error);
  if (all.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (all.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) return 'closed';
  if (all.some((n) => n === 'ReadOnlyDatabaseError')) return 'read-only';
  return 'unknown';
}

/** Thrown by repositories when a record would break an invariant the forms should have caught. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
