/**
 * What the dossier needs to know of a TrueType font before pdfmake lays it out: which characters it
 * has a glyph for, and how wide each one is. Read straight from the font's `cmap`, `head`, `hhea` and
 * `hmtx` tables (OpenType spec), so no second font engine is bundled beside pdfmake's.
 */

export interface FontMetrics {
  /** Advance widths in font units by code point; a code point missing here has no glyph. */
  readonly advances: ReadonlyMap<number, number>;
  readonly unitsPerEm: number;
}

function tables(view: DataView): Map<string, number> {
  const out = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    out.set(tag, view.getUint32(at + 8));
  }
  return out;
}

/** Code point -> glyph id, from a format 4 (BMP) or format 12 (full range) subtable. */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const count = view.getUint16(cmap + 2);
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format === 4)) best = { offset, format };
  }
  if (!best) return glyphs;
  const t = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(t + 12);
    for (let g = 0; g < groups; g++) {
      const at = t + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const first = view.getUint32(at + 8);
      for (let cp = start; cp <= end && cp <= 0x10ffff; cp++) glyphs.set(cp, first + cp - start);
    }
    return glyphs;
  }
  const segments = view.getUint16(t + 6) / 2;
  const ends = t + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeAt = rangeOffsets + s * 2;
    const range = view.getUint16(rangeAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (range === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeAt + range + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(cp, glyph);
    }
  }
  return glyphs;
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = tables(view);
  const head = at.get('head');
  const hhea = at.get('hhea');
  const hmtx = at.get('hmtx');
  const cmap = at.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) throw new Error('Not a TrueType font with cmap and hmtx tables');
  const unitsPerEm = view.getUint16(head + 18);
  const longMetrics = view.getUint16(hhea + 34);
  const advanceOf = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const advances = new Map<number, number>();
  for (const [cp, glyph] of readCmap(view, cmap)) advances.set(cp, advanceOf(glyph));
  return { advances, unitsPerEm };
}

/** Width in points of `text` at `size`, or NaN when a character has no glyph. */
export function textWidth(metrics: FontMetrics, text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += metrics.advances.get(ch.codePointAt(0)!) ?? NaN;
  return (units * size) / metrics.unitsPerEm;
}
