/**
 * Why a file was refused, and where: the file, the table, the record (its number and id) and the
 * field. The UI turns `kind` and `where` into a sentence in the person's language; `message` is the
 * same in English, for logs and tests.
 */
import type { ValueProblem } from '../../domain/validation';
import type { JsonPath } from './json-stream';

export type ImportErrorKind =
  | 'too-large'
  | 'unreadable'
  | 'not-text'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'too-deep'
  | 'text-too-long'
  | 'not-export'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid'
  | 'bad-file'
  | 'file-too-large'
  | 'bad-preview'
  | 'hash-mismatch'
  | 'duplicate'
  | 'missing-link';

export interface ImportErrorWhere {
  file: string;
  /** Table name as in the file ("cases", "interactions"...). */
  table?: string;
  /** 1-based position of the record in its table. */
  record?: number;
  /** The record's id (or key), when it has one. */
  id?: string;
  /** Dotted path inside the record ("amount.currency", "references[2]"). */
  field?: string;
}

/**
 * The check that failed, in codes of ours (never a validation library's wording or class names),
 * for a message in the person's language.
 */
export type IssueCheck =
  | 'value'
  | 'text'
  | 'number'
  | 'boolean'
  | 'object'
  | 'list'
  | 'file'
  | 'choice'
  | 'literal'
  | 'fingerprint'
  | 'whole'
  | 'range'
  | 'tooLong'
  | 'tooShort'
  | 'other';

export type ReceivedKind = 'text' | 'number' | 'boolean' | 'null' | 'missing' | 'list' | 'object' | 'other';

export interface ImportIssue {
  check: IssueCheck;
  /** For a value the domain's rules refuse: which rule. */
  problem?: ValueProblem;
  /** The limit, for length and range checks. */
  requirement?: number;
  /** The value found: its kind, and for text and numbers the value itself, shortened. */
  received: { kind: ReceivedKind; text?: string };
}

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly kind: ImportErrorKind,
    readonly where: ImportErrorWhere,
    /** Technical detail in English (what was expected, what was found). */
    readonly detail: string,
    /** Numbers some messages show (sizes, versions, the byte offset of a syntax error). */
    readonly values: Record<string, number> = {},
    readonly issue?: ImportIssue,
  ) {
    super(describe(kind, where, detail));
  }
}

function describe(kind: ImportErrorKind, w: ImportErrorWhere, detail: string): string {
  const parts = [w.file];
  if (w.table) parts.push(`${w.table}${w.record ? ` record ${w.record}` : ''}${w.id ? ` (id ${w.id})` : ''}`);
  if (w.field) parts.push(`field ${w.field}`);
  return `${parts.join(', ')}: ${kind}: ${detail}`;
}

/** "a.b[2].c" from a path of keys and indexes. */
export function dottedPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
}

/** Where a position in the whole file is: records.<table>[i].<field...> names a record and a field. */
export function whereInFile(file: string, path: JsonPath): ImportErrorWhere {
  const [root, table, index, ...rest] = path;
  if (root === 'records' && typeof table === 'string' && typeof index === 'number') {
    return { file, table, record: index + 1, ...(rest.length ? { field: dottedPath(rest) } : {}) };
  }
  if (root === 'records' && typeof table === 'string') return { file, table };
  return path.length ? { file, field: dottedPath(path) } : { file };
}
