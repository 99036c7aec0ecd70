/**
 * Text in any of the dossier's scripts turned into what pdfmake can draw. pdfmake lays text out left to
 * right only and draws with one font per piece, so:
 * - a character no font has is replaced by a visible substitute (an emoji by "[emoji]", anything else
 *   by U+FFFD), never dropped;
 * - Arabic and Hebrew letters, and what Roboto lacks, go to DejaVu Sans, everything else to Roboto;
 * - a paragraph with right-to-left text is wrapped here, to the width pdfmake will give it, and then
 *   each line is put in visual order by the Unicode bidi algorithm (bidi-js, UAX #9 rules L1-L4,
 *   mirroring brackets); each line becomes one pdfmake line that may not wrap again.
 * Arabic letters are shaped (initial, medial, final forms and lam-alef, DejaVu's presentation-form
 * glyphs, so the PDF's text layer maps each back to its letter) by the font engine inside pdfmake
 * (fontkit, from the font's OpenType tables), which does so for a piece holding Arabic or
 * Hebrew letters and then draws that piece's glyphs in reverse. So pieces never hold a space (pdfkit
 * cuts text at spaces before shaping), and each piece is handed over in the order that comes out
 * right after that reversal: letters of a right-to-left run in logical order, other pieces as seen.
 */
import bidiFactory from 'bidi-js';
import type { Content } from 'pdfmake/interfaces';
import type { FontMetrics } from './font-metrics';

export type FontRole = 'latin' | 'wide';

export const FAMILY: Record<FontRole, string> = { latin: 'Roboto', wide: 'DejaVuSans' };

export interface ScriptFonts {
  regular: Record<FontRole, FontMetrics>;
  bold: Record<FontRole, FontMetrics>;
}

export interface TextBox {
  /** The width pdfmake gives the text, in points. */
  width: number;
  size: number;
  bold: boolean;
}

export const EMOJI_SUBSTITUTE = '[emoji]';
export const MISSING_SUBSTITUTE = '\ufffd';

const bidi = bidiFactory();

const EMOJI = /\p{Extended_Pictographic}[\ufe0e\ufe0f]?\p{Emoji_Modifier}?(?:\u200d\p{Extended_Pictographic}[\ufe0e\ufe0f]?\p{Emoji_Modifier}?)*|\p{Regional_Indicator}{1,2}|[#*0-9]\ufe0f?\u20e3|[\u{1f3fb}-\u{1f3ff}]/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const MARK = /[\p{M}\u200c\u200d]/u;
const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\u200f\u061c\u202b\u202e\u2067]/u;
const SPACE = /[ \t\u00a0]/;

function roleOfScript(ch: string): FontRole | undefined {
  return RTL_SCRIPT.test(ch) ? 'wide' : undefined;
}

const has = (m: FontMetrics, ch: string) => m.advances.has(ch.codePointAt(0)!);

/** Emoji and characters no font has, replaced by a visible substitute; invisible format characters kept. */
export function substituteMissing(text: string, fonts: ScriptFonts): string {
  const { latin, wide } = fonts.regular;
  const drawable = (ch: string) => has(latin, ch) || has(wide, ch);
  const withEmoji = text.replace(EMOJI, (cluster) => {
    const base = String.fromCodePoint(cluster.codePointAt(0)!);
    const rest = cluster.slice(base.length).replace(/[\ufe0e\ufe0f]/g, '');
    return rest === '' && drawable(base) ? base : EMOJI_SUBSTITUTE;
  });
  let out = '';
  for (const ch of withEmoji) out += drawable(ch) || IGNORABLE.test(ch) || ch === '\n' || ch === '\r' ? ch : MISSING_SUBSTITUTE;
  return out.replace(/\t/g, ' ');
}

/** The font each UTF-16 unit is drawn with (marks and joiners follow their letter). */
function rolesOf(text: string, fonts: ScriptFonts): FontRole[] {
  const roles: FontRole[] = [];
  let previous: FontRole = 'latin';
  for (const ch of text) {
    let role = roleOfScript(ch);
    if (!role && MARK.test(ch)) role = previous;
    if (!role) role = has(fonts.regular.latin, ch) || !has(fonts.regular.wide, ch) ? 'latin' : 'wide';
    if (!has(fonts.regular[role], ch) && !IGNORABLE.test(ch)) role = 'latin';
    for (let i = 0; i < ch.length; i++) roles.push(role);
    previous = role;
  }
  return roles;
}

/** Whether a text needs the line-by-line treatment (right-to-left text, or letters Roboto lacks). */
export function needsBidiLayout(text: string, fonts: ScriptFonts): boolean {
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) return true;
    if (!IGNORABLE.test(ch) && !has(fonts.regular.latin, ch)) return true;
  }
  return false;
}

/** Invisible characters Roboto has no glyph for, left out of a text drawn in Roboto only. */
export function stripIgnorable(text: string, fonts: ScriptFonts): string {
  let out = '';
  for (const ch of text) if (!IGNORABLE.test(ch) || has(fonts.regular.latin, ch)) out += ch;
  return out;
}

/** Greedy wrapping at spaces (a word wider than the line is cut between letters): [start, end) pairs. */
function wrap(text: string, widthOf: (from: number, to: number) => number, width: number): [number, number][] {
  const lines: [number, number][] = [];
  const tokens = [...text.matchAll(/[^ ]+ *| +/g)].map((m) => [m.index, m.index + m[0].length] as const);
  let start = 0;
  let end = 0;
  const visibleEnd = (to: number) => {
    let e = to;
    while (e > start && text[e - 1] === ' ') e--;
    return e;
  };
  for (const [from, to] of tokens) {
    if (end > start && widthOf(start, visibleEnd(to)) > width) {
      lines.push([start, visibleEnd(end)]);
      start = from;
    }
    end = to;
    // A single word wider than the line: cut it where it stops fitting, never inside a letter's marks.
    while (widthOf(start, visibleEnd(end)) > width) {
      let cut = start + 1;
      while (cut < end && widthOf(start, cut + 1) <= width) cut++;
      while (cut < end && (MARK.test(text[cut]!) || /[\udc00-\udfff]/.test(text[cut]!))) cut++;
      if (cut >= visibleEnd(end)) break;
      lines.push([start, cut]);
      start = cut;
    }
  }
  if (end > start || lines.length === 0) lines.push([start, visibleEnd(end)]);
  return lines;
}

/** Whether fontkit will lay a piece out right to left (its first letter with a script is Arabic or Hebrew). */
function drawnReversed(piece: string): boolean {
  for (const ch of piece) if (!NO_SCRIPT.test(ch)) return RTL_SCRIPT.test(ch);
  return false;
}

const reversed = (s: string) => [...s].reverse().join('');

interface Piece {
  text: string;
  role: FontRole;
}

/** What to hand pdfmake so that `visual` comes out drawn left to right as given. */
function handOver(visual: string, role: FontRole): Piece[] {
  if (drawnReversed(reversed(visual))) return [{ text: reversed(visual), role }];
  if (!drawnReversed(visual)) return [{ text: visual, role }];
  return [...visual].map((ch) => ({ text: ch, role }));
}

/** One wrapped line in visual order, as pieces of one font and one direction, spaces apart. */
function visualLine(text: string, levels: ReturnType<typeof bidi.getEmbeddingLevels>, roles: FontRole[], fonts: ScriptFonts, from: number, to: number): Piece[] {
  if (to <= from) return [];
  // bidi-js answers with the indices of the whole paragraph, the line's part reordered in place.
  const order = bidi.getReorderedIndices(text, levels, from, to - 1).slice(from, to);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, from, to - 1);
  const pieces: Piece[] = [];
  let group = '';
  let key = '';
  let role: FontRole = 'latin';
  const flush = () => {
    if (group) pieces.push(...(SPACE.test(group[0]!) ? [{ text: group, role }] : handOver(group, role)));
    group = '';
  };
  for (const i of order) {
    const ch = mirrored.get(i) ?? text[i]!;
    if (IGNORABLE.test(ch) && !has(fonts.regular[roles[i]!], ch)) continue;
    const k = `${roles[i]}|${levels.levels[i]! & 1}|${SPACE.test(ch)}`;
    if (k !== key) flush();
    key = k;
    role = roles[i]!;
    group += ch;
  }
  flush();
  return pieces;
}

/**
 * A text as pdfmake lines in visual order: one stack entry per line, right-aligned in a right-to-left
 * paragraph (unless `alignment` says otherwise), each line unable to wrap again.
 */
export function bidiLines(text: string, box: TextBox, fonts: ScriptFonts, alignment?: string): Content[] {
  const faces = box.bold ? fonts.bold : fonts.regular;
  const out: Content[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const roles = rolesOf(paragraph, fonts);
    const advance = (i: number) => faces[roles[i]!].advances.get(paragraph.codePointAt(i)!) ?? 0;
    const prefix = [0];
    for (let i = 0; i < paragraph.length; i++) prefix.push(prefix[i]! + (/[\udc00-\udfff]/.test(paragraph[i]!) ? 0 : advance(i) / faces[roles[i]!].unitsPerEm));
    const widthOf = (from: number, to: number) => (prefix[to]! - prefix[from]!) * box.size;
    const levels = bidi.getEmbeddingLevels(paragraph);
    const rtl = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
    // Our widths ignore kerning and the narrower joined Arabic forms, so they are a little generous;
    // the margin covers what they may miss.
    for (const [from, to] of wrap(paragraph, widthOf, box.width * 0.96)) {
      const pieces = visualLine(paragraph, levels, roles, fonts, from, to);
      const inlines = pieces.map((p, n) => ({ text: p.text, font: FAMILY[p.role], noWrap: true, ...(n < pieces.length - 1 ? { noNewLine: true } : {}) }));
      out.push({ text: inlines.length ? inlines : '\u00a0', alignment: (alignment ?? (rtl ? 'right' : 'left')) as 'left' | 'right' });
    }
  }
  return out;
}
