/**
 * The forms that keep their input as a draft, so the shell can have every one of them written before
 * the page reloads (an app update). Each form registers a flush that resolves true once everything
 * typed is in its draft, false when the draft could not be written.
 */
import { useEffect } from 'react';

type Flush = () => Promise<boolean>;
const forms = new Set<Flush>();

export function registerDraftForm(flush: Flush): () => void {
  forms.add(flush);
  return () => forms.delete(flush);
}

/** True when every open form's input is stored as a draft. */
export async function flushAllDrafts(): Promise<boolean> {
  const results = await Promise.all([...forms].map((flush) => flush().catch(() => false)));
  return results.every(Boolean);
}

/** A form keeps its input as a draft for as long as it is mounted. */
export function useDraftForm(flush: Flush): void {
  useEffect(() => registerDraftForm(flush), [flush]);
}
