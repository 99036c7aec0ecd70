/**
 * Three-way merge of a form's values, field by field: the version an edit started from (`base`), the
 * person's (`mine`) and the one stored meanwhile (`theirs`, another tab now, another device later).
 * A field changed on one side only takes that side; a field changed on both sides to different values
 * is a conflict, left for the person to decide (the merged value keeps mine until they decide, so what
 * they typed stays in the form).
 */
export interface MergeResult<V> {
  merged: V;
  /** Fields changed on both sides, to different values. */
  conflicts: (keyof V & string)[];
  /** Fields taken from theirs because only they changed them. */
  fromTheirs: (keyof V & string)[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeFields<V extends object>(base: V, mine: V, theirs: V): MergeResult<V> {
  const merged = { ...mine } as Record<string, unknown>;
  const conflicts: string[] = [];
  const fromTheirs: string[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  for (const k of keys) {
    if (same(m[k], t[k]) || same(t[k], b[k])) continue;
    if (same(m[k], b[k])) {
      fromTheirs.push(k);
      merged[k] = t[k];
    } else conflicts.push(k);
  }
  return { merged: merged as V, conflicts: conflicts as (keyof V & string)[], fromTheirs: fromTheirs as (keyof V & string)[] };
}

/** Plain text of a form value, for showing two versions side by side. */
export function plainText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('; ');
  if (typeof value === 'object') return Object.entries(value).filter(([k]) => k !== 'id').map(([, v]) => plainText(v)).filter(Boolean).join(' ');
  return '';
}

/** A form's edit of a stored record: its values, and the version it started from. */
export interface Edit<V> {
  values: V;
  /** The stored version the edit started from (absent for a new record). */
  base?: { rev: string; values: V };
  /** Left by a save refused because the record changed elsewhere: what the person still has to decide. */
  conflict?: Conflict;
}

export interface ConflictField {
  name: string;
  mine: unknown;
  theirs: unknown;
  chosen?: 'mine' | 'theirs';
}

export interface Conflict {
  fields: ConflictField[];
  /** Fields taken from the other version by themselves (only it changed them). */
  fromTheirs: string[];
}

/**
 * After a refused save: merge with the version stored now, which becomes the new base (the next save
 * is checked against its revision). Conflicting fields wait for the person's choice.
 */
export function rebase<V extends object>(edit: Edit<V>, theirs: V, theirsRev: string): Edit<V> {
  const base = edit.base?.values ?? theirs;
  const { merged, conflicts, fromTheirs } = mergeFields(base, edit.values, theirs);
  const mine = edit.values as Record<string, unknown>;
  const other = theirs as Record<string, unknown>;
  const fields = conflicts.map((name) => ({ name, mine: mine[name], theirs: other[name] }));
  const next: Edit<V> = { values: merged, base: { rev: theirsRev, values: theirs } };
  if (fields.length || fromTheirs.length) next.conflict = { fields, fromTheirs };
  return next;
}

/** The person picks one version of a conflicting field. */
export function choose<V extends object>(edit: Edit<V>, name: string, side: 'mine' | 'theirs'): Edit<V> {
  const field = edit.conflict?.fields.find((f) => f.name === name);
  if (!edit.conflict || !field) return edit;
  const values = { ...edit.values, [name]: side === 'mine' ? field.mine : field.theirs } as V;
  const fields = edit.conflict.fields.map((f) => (f.name === name ? { ...f, chosen: side } : f));
  return { ...edit, values, conflict: { ...edit.conflict, fields } };
}

/** True while a conflicting field waits for the person's choice. */
export function undecided(edit: Edit<unknown>): boolean {
  return edit.conflict?.fields.some((f) => !f.chosen) ?? false;
}
