/**
 * Text normalisation for the search index and company keys: lower case, accents folded
 * ("Révision" -> "revision"), split on anything that is not a letter or a digit.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Lower case with accents folded; keeps every other character. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The words of a text, folded, without duplicates or empties. */
export function wordsOf(text: string): string[] {
  const out = new Set<string>();
  for (const w of fold(text).split(NON_WORD)) if (w) out.add(w);
  return [...out];
}

/** A company key: folded words joined by single spaces ("  Netflix, Inc." -> "netflix inc"). */
export function companyKeyOf(name: string): string {
  return wordsOf(name).join(' ');
}

/**
 * Index words for a reference number: its parts ("AB-12-34" -> ab, 12, 34) and the whole code
 * without separators ("ab1234"), so either spelling finds it.
 */
export function referenceWords(ref: string): string[] {
  const parts = wordsOf(ref);
  const joined = parts.join('');
  return parts.length > 1 ? [...parts, joined] : parts;
}

/** Merge word lists, dropping duplicates and words too long to be worth indexing. */
export function mergeWords(...lists: string[][]): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const w of list) if (w.length <= 64) out.add(w);
  return [...out];
}

/** Terms of a search query, in the same normal form as the index. */
export function queryTerms(query: string): string[] {
  return wordsOf(query);
}
