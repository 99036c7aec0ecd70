/** What a form's draft holds, whichever tab wrote it (the edit forms keep their values under `values`). */
import { listDrafts } from '../../src/db/repositories/drafts-repo';

export async function storedDraft<T = Record<string, unknown>>(form: string): Promise<T | undefined> {
  const [draft] = await listDrafts(form);
  if (!draft) return undefined;
  const value = draft.value as { values?: T } & T;
  return value && typeof value === 'object' && 'values' in value ? value.values : value;
}
