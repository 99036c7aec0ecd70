/** Charges and evidence; image evidence shows an embedded preview. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CaseBundle, EvidenceInfo } from '../../domain/case-bundle';
import { isoDateOf } from '../../domain/dates';
import type { DocFormat } from '../summary/text-format';
import type { DossierImages } from './dossier-types';
import { headerRow, roughLines, sectionTitle, SHORT_ROW_LINES, TABLE_LAYOUT } from './pdf-style';
import { formatBytes } from '../../lib/bytes';

export function chargesSection(b: CaseBundle, fmt: DocFormat): Content[] {
  const title = sectionTitle(fmt.t('dossier.pdf.charges'));
  if (b.charges.length === 0) return [title, { text: fmt.t('dossier.pdf.noneRecorded'), style: 'muted' }];
  const charges = [...b.charges].sort((x, y) => x.chargedOn.localeCompare(y.chargedOn));
  const body: TableCell[][] = [
    headerRow([fmt.t('dossier.col.date'), fmt.t('dossier.col.statement'), fmt.t('dossier.col.description'), `>${fmt.t('dossier.col.amount')}`]),
    ...charges.map((c): TableCell[] => [
      fmt.date(c.chargedOn),
      c.statementOn ? fmt.date(c.statementOn) : '',
      c.description ?? '',
      { text: fmt.money(c.amount), alignment: 'right' },
    ]),
  ];
  // The first charge stays with the header unless its description is long enough to risk a block
  // taller than a page (pdfmake drops such a block, header included).
  const keepWithHeaderRows = roughLines(charges[0]!.description ?? '', 50) < SHORT_ROW_LINES ? 1 : 0;
  return [title, { table: { headerRows: 1, keepWithHeaderRows, widths: [80, 90, '*', 80], body }, layout: TABLE_LAYOUT }];
}

/** The name of a file's preview in the document's images: by position, so no stored id becomes an object key. */
const imageLabel = (index: number) => `evidence-${index}`;

function evidenceRow(e: EvidenceInfo, index: number, tz: string, fmt: DocFormat, images: DossierImages): TableCell[] {
  const image = images.get(e.id);
  const preview: TableCell = image ? { image: imageLabel(index), fit: [150, 150] } : { text: fmt.t('dossier.pdf.noPreview'), style: 'muted' };
  const details: Content[] = [
    { text: e.name, bold: true },
    `${fmt.evidenceKind(e.kind)} · ${fmt.date(isoDateOf(e.addedAt, tz))} · ${formatBytes(e.size, fmt.lang)}`,
    ...(e.note?.trim() ? [e.note.trim()] : []),
    { text: fmt.t('dossier.detail.fingerprint', { hash: e.sha256 }), style: 'small' },
  ];
  return [{ stack: details }, preview];
}

export function evidenceSection(b: CaseBundle, fmt: DocFormat, images: DossierImages): Content[] {
  const title = sectionTitle(fmt.t('dossier.pdf.evidence'));
  if (b.evidence.length === 0) return [title, { text: fmt.t('dossier.pdf.noneRecorded'), style: 'muted' }];
  const body: TableCell[][] = [
    headerRow([fmt.t('dossier.col.file'), '']),
    ...b.evidence.map((e, index) => evidenceRow(e, index, b.case.timeZone, fmt, images)),
  ];
  // Rows stay whole so a preview is never parted from its file name, unless a long name or note would
  // then be cut off at the page's end (pdfmake clips an unbreakable row taller than a page).
  const dontBreakRows = b.evidence.every((e) => roughLines(`${e.name}\n${e.note ?? ''}`, 50) < SHORT_ROW_LINES);
  return [title, { table: { headerRows: 1, dontBreakRows, widths: ['*', 160], body }, layout: TABLE_LAYOUT }];
}

/** The images dictionary of the document: only evidence of this case that has a preview. */
export function evidenceImages(b: CaseBundle, images: DossierImages): Record<string, string> {
  const out: Record<string, string> = {};
  b.evidence.forEach((e, index) => {
    const image = images.get(e.id);
    if (image) out[imageLabel(index)] = image;
  });
  return out;
}
