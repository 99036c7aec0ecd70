/**
 * Every interaction as one table row; the header row repeats on each page the table runs over, and a
 * row taller than what is left of a page goes on over the next one. The first row is not kept with the
 * header: pdfmake lays out a header kept with rows as one unbreakable block and silently drops such a
 * block when it is taller than a page, header and contact together. The section title's own rule
 * (see dossier-document.ts) keeps the header from being left alone at the bottom of a page.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CaseBundle } from '../../domain/case-bundle';
import type { Interaction } from '../../domain/types';
import { agentOf, channelOf, chronological, referencesOf } from '../summary/case-facts';
import type { DocFormat } from '../summary/text-format';
import { headerRow, sectionTitle, TABLE_LAYOUT } from './pdf-style';

function durationCell(i: Interaction, fmt: DocFormat): TableCell {
  if (i.durationSec === undefined) return '';
  const stack: Content[] = [fmt.duration(i.durationSec)];
  if (i.talkSec !== undefined && i.holdSec !== undefined && i.holdSec > 0) {
    stack.push({ text: fmt.t('dossier.detail.talk', { time: fmt.duration(i.talkSec) }), style: 'small' });
    stack.push({ text: fmt.t('dossier.detail.hold', { time: fmt.duration(i.holdSec) }), style: 'small' });
  }
  return { stack };
}

function summaryCell(i: Interaction, fmt: DocFormat): TableCell {
  const stack: Content[] = [i.summary.trim()];
  if (i.promisedBy) stack.push({ text: fmt.t('dossier.detail.promisedBy', { date: fmt.date(i.promisedBy) }), bold: true });
  return { stack };
}

function row(i: Interaction, fmt: DocFormat): TableCell[] {
  return [
    fmt.instant(i.occurredAt, i.timeZone),
    channelOf(i, fmt),
    durationCell(i, fmt),
    agentOf(i, fmt),
    { stack: referencesOf(i) },
    summaryCell(i, fmt),
    fmt.outcome(i.outcome),
  ];
}

export function timelineSection(b: CaseBundle, fmt: DocFormat): Content[] {
  const list = chronological(b);
  const title = sectionTitle(fmt.t('dossier.pdf.timeline', { count: list.length }));
  if (list.length === 0) return [title, { text: fmt.t('dossier.pdf.noneRecorded'), style: 'muted' }];
  const columns = ['when', 'channel', 'duration', 'agent', 'references', 'summary', 'outcome'] as const;
  const header = headerRow(columns.map((k) => fmt.t(`dossier.col.${k}`)));
  return [
    title,
    {
      style: 'timeline',
      table: {
        headerRows: 1,
        widths: [60, 44, 40, 60, 58, '*', 64],
        body: [header, ...list.map((i) => row(i, fmt))],
      },
      layout: TABLE_LAYOUT,
    },
  ];
}
