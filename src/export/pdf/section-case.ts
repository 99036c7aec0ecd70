/** The first page of the dossier: title block, money per currency and the short chronology. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CaseBundle } from '../../domain/case-bundle';
import { isoDateOf } from '../../domain/dates';
import type { Instant, Interaction } from '../../domain/types';
import { chronological, moneyOf } from '../summary/case-facts';
import { chronologyOf } from '../summary/chronology';
import type { DocFormat } from '../summary/text-format';
import { FACTS_LAYOUT, headerRow, sectionTitle, TABLE_LAYOUT } from './pdf-style';

function facts(b: CaseBundle, fmt: DocFormat): [string, string][] {
  const c = b.case;
  const day = (at: Instant) => fmt.date(isoDateOf(at, c.timeZone));
  const status = c.outcome ? `${fmt.status(c.status)} (${fmt.caseOutcome(c.outcome)})` : fmt.status(c.status);
  const kind = fmt.requestKind(c.requestKind);
  const request = c.request.trim() ? fmt.t('dossier.pdf.requestValue', { kind, text: c.request.trim() }) : kind;
  const rows: [string, string | undefined][] = [
    [fmt.t('dossier.field.reason'), fmt.reason(c.reason)],
    [fmt.t('dossier.field.accountId'), c.accountId],
    [fmt.t('dossier.field.status'), status],
    [fmt.t('dossier.field.request'), request],
    [fmt.t('dossier.field.region'), c.region ? fmt.region(c.region) : undefined],
    [fmt.t('dossier.field.paymentMethod'), c.paymentMethod ? fmt.payment(c.paymentMethod) : undefined],
    [fmt.t('dossier.field.subscriptionStarted'), c.subscriptionStartedOn && fmt.date(c.subscriptionStartedOn)],
    [fmt.t('dossier.field.cancelled'), c.cancelledOn && fmt.date(c.cancelledOn)],
    [fmt.t('dossier.field.opened'), day(c.createdAt)],
    [fmt.t('dossier.field.lastActivity'), day(c.lastActivityAt)],
  ];
  return rows.filter((r): r is [string, string] => Boolean(r[1]?.trim()));
}

export function titleBlock(b: CaseBundle, fmt: DocFormat, madeOn: string): Content[] {
  const c = b.case;
  return [
    { text: fmt.t('dossier.pdf.heading'), style: 'small', margin: [0, 0, 0, 2] },
    { text: c.company, style: 'title' },
    ...(c.product ? [{ text: c.product, style: 'subtitle' }] : []),
    { text: fmt.t('dossier.pdf.madeOn', { date: madeOn }), style: 'small', margin: [0, 4, 0, 10] },
    {
      table: { widths: [120, '*'], body: facts(b, fmt).map(([k, v]): TableCell[] => [{ text: k, style: 'key' }, v]) },
      layout: FACTS_LAYOUT,
    },
  ];
}

export function moneySection(b: CaseBundle, fmt: DocFormat): Content[] {
  const totals = moneyOf(b);
  const title = sectionTitle(fmt.t('dossier.pdf.money'));
  if (totals.length === 0) return [title, { text: fmt.t('dossier.pdf.noneRecorded'), style: 'muted' }];
  const amount = (currency: string, minor: number, bold = false): TableCell => ({ text: fmt.money({ currency, minor }), alignment: 'right', bold });
  const body: TableCell[][] = [
    headerRow([fmt.t('dossier.col.currency'), `>${fmt.t('dossier.col.disputed')}`, `>${fmt.t('dossier.col.refunded')}`, `>${fmt.t('dossier.col.outstanding')}`]),
    ...totals.map((m) => [m.currency, amount(m.currency, m.disputed), amount(m.currency, m.refunded), amount(m.currency, m.outstanding, true)]),
  ];
  return [title, { table: { headerRows: 1, widths: [70, '*', '*', '*'], body }, layout: TABLE_LAYOUT }];
}

export function chronologySection(b: CaseBundle, fmt: DocFormat, now: Instant): Content[] {
  const chron = chronologyOf(b, fmt, now);
  const rows: TableCell[][] = chron.events.map((e) => [{ text: e.when, style: 'small' }, e.text]);
  if (chron.omitted > 0) rows.splice(chron.omittedAt, 0, [{ text: '', style: 'small' }, { text: fmt.t('dossier.pdf.moreEvents', { count: chron.omitted }), style: 'muted' }]);
  const contacts = chronological(b);
  const first = contacts[0];
  const last = contacts.at(-1);
  const day = (i: Interaction) => fmt.date(isoDateOf(i.occurredAt, i.timeZone));
  const span: Content[] = [];
  if (first && last) {
    const text = contacts.length === 1 ? fmt.t('dossier.pdf.contactOne', { first: day(first) }) : fmt.t('dossier.pdf.contactSpan', { count: contacts.length, first: day(first), last: day(last) });
    span.push({ text, margin: [0, 0, 0, 6] });
  }
  return [
    sectionTitle(fmt.t('dossier.pdf.chronology')),
    ...span,
    { table: { widths: [112, '*'], dontBreakRows: true, body: rows }, layout: 'noBorders' },
  ];
}
