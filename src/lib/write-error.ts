/**
 * What kind of failure a write met, read from the error's name (and the names of the errors it
 * wraps), so any layer can tell a full disk from a closed database without importing storage code.
 * A quota error may arrive bare, as Dexie's QuotaExceededError, or as the `inner` of an AbortError.
 */
export type WriteErrorKind = 'quota' | 'closed' | 'read-only' | 'invalid' | 'unknown';

function names(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
  const own = typeof e.name === 'string' ? [e.name] : [];
  return [...own, ...names(e.inner, depth + 1), ...names(e.cause, depth + 1)];
}

export function classifyWriteError(error: unknown): WriteErrorKind {
  const all = names(error);
  if (all[0] === 'ReadOnlyDatabaseError') return 'read-only';
  if (all[0] === 'DatabaseClosedError') return 'closed';
  if (all[0] === 'ValidationError') return 'invalid';
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('DatabaseClosedError') || all.includes('InvalidStateError')) return 'closed';
  if (all.includes('ReadOnlyDatabaseError')) return 'read-only';
  return 'unknown';
}
