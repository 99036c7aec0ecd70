/** Shared look of the dossier: styles, table layout, and text fixes for the embedded font. */
import type { Content, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces';

export const ACCENT = '#0f5c4d';

export const STYLES: StyleDictionary = {
  title: { fontSize: 18, bold: true, color: ACCENT },
  subtitle: { fontSize: 12, margin: [0, 2, 0, 0] },
  h2: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 16, 0, 6] },
  th: { bold: true, fontSize: 8, color: '#ffffff' },
  key: { bold: true, color: '#333333' },
  small: { fontSize: 8, color: '#444444' },
  muted: { italics: true, color: '#555555' },
  timeline: { fontSize: 7.5, lineHeight: 1.1 },
};

/** Thin grey rules, a coloured header row and light zebra stripes. */
export const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#b8c2bf',
  fillColor: (row, node) => (row < (node.table.headerRows ?? 0) ? ACCENT : row % 2 === 0 ? '#f2f5f4' : null),
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** Header cells; a label starting with '>' is right-aligned, over a column of amounts. */
export function headerRow(labels: string[]): TableCell[] {
  return labels.map((label) => (label.startsWith('>') ? { text: label.slice(1), style: 'th', alignment: 'right' } : { text: label, style: 'th' }));
}

/** Key-value rows: hairlines between rows, no header. */
export const FACTS_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#c9d1ce',
  paddingLeft: (i) => (i === 0 ? 0 : 6),
  paddingRight: () => 0,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * About how many lines a text takes at `perLine` characters a line. pdfmake keeps an unbreakable block
 * (a row kept whole, or rows kept with their header) on one page and drops what does not fit, so a
 * table asks for that only when this says its rows are far shorter than a page.
 */
export function roughLines(text: string, perLine: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Rows this short (in rough lines) are kept whole or with their header; a page holds about 60. */
export const SHORT_ROW_LINES = 20;

export function sectionTitle(text: string, pageBreak?: 'before'): Content {
  return { text, style: 'h2', ...(pageBreak ? { pageBreak } : {}), headlineLevel: 1 };
}

/**
 * Roboto has no narrow no-break space, which French number and money formats use; swap it for the
 * ordinary no-break space so "1 234,50 €" does not show a missing glyph.
 */
export function fixText(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

/** Apply fixText to every string in a content tree (image data and keys have none to change). */
export function fixContent<T>(node: T): T {
  if (typeof node === 'string') return fixText(node) as T;
  if (Array.isArray(node)) return node.map(fixContent) as T;
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'image' || typeof v === 'function' ? v : fixContent(v);
    return out as T;
  }
  return node;
}
