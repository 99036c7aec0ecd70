/**
 * What kind of failure a write met, read from the error's name (and the names of the errors it
 * wraps), so any layer can tell a full disk from a closed database without importing storage code.
 * A quota error may arrive bare, as Dexie's QuotaExceededError, or as the `inner` of an AbortError.
 * 'stale': the record changed elsewhere since the edit started (nothing written). 'outdated': a part
 * of the app could not load because a newer version replaced it on the server.
 */
export type WriteErrorKind = 'quota' | 'closed' | 'read-only' | 'invalid' | 'stale' | 'outdated' | 'unknown';

function names(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
  const own = typeof e.name === 'string' ? [e.name] : [];
  return [...own, ...names(e.inner, depth + 1), ...names(e.cause, depth + 1)];
}

/**
 * A lazy part of the app that failed to load: a dynamic import whose file is gone (Chromium, Firefox
 * and Safari each word it their own way) or Vite's preload failure.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'ChunkLoadError' || name === 'PreloadError') return true;
  const text = typeof message === 'string' ? message : '';
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(text);
}

export function classifyWriteError(error: unknown): WriteErrorKind {
  const all = names(error);
  if (all[0] === 'StaleWriteError') return 'stale';
  if (all[0] === 'ReadOnlyDatabaseError') return 'read-only';
  if (all[0] === 'DatabaseClosedError') return 'closed';
  if (all[0] === 'ValidationError') return 'invalid';
  if (isChunkLoadError(error)) return 'outdated';
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('DatabaseClosedError') || all.includes('InvalidStateError')) return 'closed';
  if (all.includes('ReadOnlyDatabaseError')) return 'read-only';
  return 'unknown';
}
