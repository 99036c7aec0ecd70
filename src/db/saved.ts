/** Tells the shell that a record was written (e.g. to ask for persistent storage after the first one). */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onRecordSaved(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordSaved(): void {
  for (const l of listeners) l();
}
