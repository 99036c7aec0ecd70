/**
 * Applies script-text.ts to a whole document definition just before it is rendered: every string gets
 * its missing characters substituted, and a text with right-to-left letters is wrapped to the width
 * its table column or page gives it, the same sum pdfmake makes (page width less margins; a table's
 * fixed columns and paddings, the rest shared by its '*' columns).
 */
import type { Content, CustomTableLayout, DynamicContent, PageSize, Style, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { bidiLines, needsBidiLayout, stripIgnorable, substituteMissing, type ScriptFonts } from './script-text';

interface Box {
  width: number;
  size: number;
  bold: boolean;
}

const PAGE_WIDTH: Record<string, number> = { A4: 595.28, LETTER: 612 };

/** pdfmake's own layouts (tableLayouts.js) for the names used here; an object layout is read as given. */
const NAMED_LAYOUTS: Record<string, CustomTableLayout> = {
  noBorders: { vLineWidth: () => 0, paddingLeft: (i) => (i ? 4 : 0), paddingRight: (i, node) => (i < (node.table.widths?.length ?? 0) - 1 ? 4 : 0) },
};

type Node = Record<string, unknown>;

function marginX(margin: unknown): number {
  if (typeof margin === 'number') return 2 * margin;
  if (Array.isArray(margin)) return margin.length === 2 ? 2 * Number(margin[0]) : Number(margin[0] ?? 0) + Number(margin[2] ?? 0);
  return 0;
}

function styled(node: Node, box: Box, styles: StyleDictionary): Box {
  const names = Array.isArray(node.style) ? node.style : node.style ? [node.style] : [];
  let { size, bold } = box;
  for (const style of [...names.map((n) => (typeof n === 'string' ? styles[n] : (n as Style))), node as Style]) {
    if (typeof style?.fontSize === 'number') size = style.fontSize;
    if (typeof style?.bold === 'boolean') bold = style.bold;
  }
  return { width: box.width - marginX(node.margin), size, bold };
}

function columnWidths(table: Node, layoutOption: unknown, width: number): number[] {
  const widths = (table.widths as (number | string)[] | undefined) ?? [];
  const layout: CustomTableLayout = typeof layoutOption === 'string' ? (NAMED_LAYOUTS[layoutOption] ?? {}) : ((layoutOption as CustomTableLayout | undefined) ?? {});
  const node = { table } as unknown as Parameters<NonNullable<CustomTableLayout['paddingLeft']>>[1];
  let offsets = 0;
  widths.forEach((_, i) => (offsets += (layout.vLineWidth?.(i, node) ?? 1) + (layout.paddingLeft?.(i, node) ?? 4) + (layout.paddingRight?.(i, node) ?? 4)));
  offsets += layout.vLineWidth?.(widths.length, node) ?? 1;
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
  const stars = widths.filter((w) => typeof w !== 'number').length;
  const star = stars ? Math.max(20, (width - offsets - fixed) / stars) : 0;
  return widths.map((w) => (typeof w === 'number' ? w : star));
}

function text(value: string, box: Box, fonts: ScriptFonts, node: Node): { text: string } | { stack: Content[] } {
  const substituted = substituteMissing(value, fonts);
  if (!needsBidiLayout(substituted, fonts)) return { text: stripIgnorable(substituted, fonts) };
  return { stack: bidiLines(substituted, box, fonts, typeof node.alignment === 'string' ? node.alignment : undefined) };
}

function walk(content: unknown, box: Box, fonts: ScriptFonts, styles: StyleDictionary): unknown {
  if (typeof content === 'string') {
    const out = text(content, box, fonts, {});
    return 'text' in out ? out.text : out;
  }
  if (Array.isArray(content)) return content.map((c) => walk(c, box, fonts, styles));
  if (!content || typeof content !== 'object') return content;
  const node = content as Node;
  const inner = styled(node, box, styles);
  if (typeof node.text === 'string') {
    const { text: _, ...rest } = node;
    return { ...rest, ...text(node.text, inner, fonts, node) };
  }
  if (Array.isArray(node.text)) {
    // Inline pieces: only substitution (the dossier gives right-to-left text as plain strings).
    const pieces = node.text.map((p: unknown) => (typeof p === 'string' ? stripIgnorable(substituteMissing(p, fonts), fonts) : p));
    return { ...node, text: pieces };
  }
  if (Array.isArray(node.stack)) return { ...node, stack: walk(node.stack, inner, fonts, styles) };
  if (Array.isArray(node.columns)) {
    const columns = node.columns as unknown[];
    return { ...node, columns: columns.map((c) => walk(c, { ...inner, width: inner.width / columns.length }, fonts, styles)) };
  }
  if (node.table && typeof node.table === 'object') {
    const table = node.table as Node;
    const widths = columnWidths(table, node.layout, inner.width);
    const body = (table.body as unknown[][]).map((row) => row.map((cell, i) => walk(cell, { ...inner, width: widths[i] ?? inner.width }, fonts, styles)));
    return { ...node, table: { ...table, body } };
  }
  return node;
}

function pageWidth(size: PageSize | undefined): number {
  if (typeof size === 'string') return PAGE_WIDTH[size] ?? PAGE_WIDTH.A4!;
  if (size && typeof size === 'object' && typeof size.width === 'number') return size.width;
  return PAGE_WIDTH.A4!;
}

export function prepareScripts(doc: TDocumentDefinitions, fonts: ScriptFonts): TDocumentDefinitions {
  const margins = doc.pageMargins;
  const side = Array.isArray(margins) ? marginX(margins) : typeof margins === 'number' ? 2 * margins : 80;
  const styles = doc.styles ?? {};
  const base = styled((doc.defaultStyle ?? {}) as Node, { width: pageWidth(doc.pageSize) - side, size: 12, bold: false }, styles);
  const page = { ...base, width: pageWidth(doc.pageSize) - side };
  const wrapDynamic = (fn: DynamicContent | Content | undefined) =>
    typeof fn === 'function'
      ? ((...args: Parameters<DynamicContent>) => walk(fn(...args), { ...base, width: pageWidth(doc.pageSize) }, fonts, styles) as Content)
      : (fn && (walk(fn, page, fonts, styles) as Content));
  return {
    ...doc,
    content: walk(doc.content, page, fonts, styles) as Content,
    ...(doc.header ? { header: wrapDynamic(doc.header) as DynamicContent } : {}),
    ...(doc.footer ? { footer: wrapDynamic(doc.footer) as DynamicContent } : {}),
  };
}
