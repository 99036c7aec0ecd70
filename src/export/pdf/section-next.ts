/** Deadlines (with their sources) and next steps, when the rules that compute them provided any. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { DocFormat } from '../summary/text-format';
import type { DossierDeadline, DossierStep } from './dossier-types';
import { headerRow, sectionTitle, TABLE_LAYOUT } from './pdf-style';

function sourceCell(source: string | undefined, checked: string | undefined, fmt: DocFormat): TableCell {
  const parts: Content[] = [];
  if (source) parts.push(source);
  if (checked) parts.push({ text: fmt.t('dossier.detail.checked', { date: checked }), style: 'small' });
  return { stack: parts };
}

export function deadlinesSection(deadlines: DossierDeadline[] | undefined, fmt: DocFormat): Content[] {
  if (!deadlines?.length) return [];
  const sorted = [...deadlines].sort((a, b) => a.date.localeCompare(b.date));
  const body: TableCell[][] = [
    headerRow([fmt.t('dossier.col.deadline'), fmt.t('dossier.col.date'), fmt.t('dossier.col.source')]),
    ...sorted.map((d): TableCell[] => [
      { stack: [d.title, ...(d.note ? [{ text: d.note, style: 'small' }] : [])] },
      { stack: [fmt.date(d.date), ...(d.overridden ? [{ text: fmt.t('dossier.detail.overridden'), style: 'small' }] : [])] },
      sourceCell(d.source, d.checked, fmt),
    ]),
  ];
  return [
    sectionTitle(fmt.t('dossier.pdf.deadlines')),
    { table: { headerRows: 1, keepWithHeaderRows: 1, widths: ['*', 80, 170], body }, layout: TABLE_LAYOUT },
    { text: fmt.t('dossier.pdf.disclaimer'), style: 'muted', fontSize: 8, margin: [0, 4, 0, 0] },
  ];
}

export function nextStepsSection(steps: DossierStep[] | undefined, fmt: DocFormat, zone: string): Content[] {
  if (!steps?.length) return [];
  const body: TableCell[][] = [
    headerRow([fmt.t('dossier.col.action'), fmt.t('dossier.col.due'), fmt.t('dossier.col.why')]),
    ...steps.map((s): TableCell[] => [
      { text: s.title, bold: true },
      s.dueAt === undefined ? '' : fmt.instant(s.dueAt, zone),
      { stack: [s.why ?? '', ...(s.source ? [{ text: s.source, style: 'small' }] : [])] },
    ]),
  ];
  return [sectionTitle(fmt.t('dossier.pdf.nextSteps')), { table: { headerRows: 1, keepWithHeaderRows: 1, widths: [150, 90, '*'], body }, layout: TABLE_LAYOUT }];
}
