/**
 * The plain-text escalation summary: a message a person pastes into a chat, an email to a supervisor
 * or a complaint form. It states when the problem started, every contact with its date, channel, agent
 * and reference numbers, the promises made and whether they were kept, and what is asked for now.
 * Pure: the language and `now` are parameters, so the text is the same on every device.
 */
import type { CaseBundle } from '../../domain/case-bundle';
import { isoDateOf } from '../../domain/dates';
import type { Instant } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { agentOf, channelOf, chronological, moneyOf, pick, referencesOf, startedOn } from './case-facts';
import { promisesOf, type PromiseFact } from './promises';
import { docFormat, type DocFormat } from './text-format';

export interface SummaryOptions {
  lang: Lang;
  now: Instant;
}

function heading(b: CaseBundle, fmt: DocFormat): string[] {
  const c = b.case;
  const lines = [fmt.t('dossier.summary.subject', { company: c.company, product: c.product || '—' })];
  if (c.accountId.trim()) lines.push(fmt.t('dossier.summary.account', { account: c.accountId.trim() }));
  lines.push(fmt.t('dossier.summary.reason', { reason: fmt.reason(c.reason) }));
  return lines;
}

function dates(b: CaseBundle, fmt: DocFormat): string[] {
  const c = b.case;
  const lines: string[] = [];
  if (c.subscriptionStartedOn) lines.push(fmt.t('dossier.summary.subscription', { date: fmt.date(c.subscriptionStartedOn) }));
  if (c.cancelledOn) lines.push(fmt.t('dossier.summary.cancelledOn', { date: fmt.date(c.cancelledOn) }));
  const started = startedOn(b);
  if (started) lines.push(fmt.t('dossier.summary.started', { date: fmt.date(started) }));
  lines.push(fmt.t('dossier.summary.opened', { date: fmt.date(isoDateOf(c.createdAt, c.timeZone)) }));
  const totals = moneyOf(b);
  if (totals.length > 0) {
    lines.push(
      fmt.t('dossier.summary.money', {
        disputed: fmt.moneyList(pick(totals, 'disputed')),
        refunded: fmt.moneyList(pick(totals, 'refunded')),
        outstanding: fmt.moneyList(pick(totals, 'outstanding')),
      }),
    );
  }
  return lines;
}

function contacts(b: CaseBundle, fmt: DocFormat): string[] {
  const list = chronological(b);
  if (list.length === 0) return [fmt.t('dossier.summary.noContacts')];
  const lines = [fmt.t('dossier.summary.contacts', { company: b.case.company, count: list.length })];
  list.forEach((i, n) => {
    const refs = referencesOf(i);
    const refText = refs.length ? fmt.t('dossier.summary.refs', { refs: refs.join(', ') }) : fmt.t('dossier.summary.noRefs');
    lines.push(`${n + 1}. ${fmt.instant(i.occurredAt, i.timeZone)} – ${channelOf(i, fmt)} – ${agentOf(i, fmt)} – ${refText}`);
    const said = i.summary.trim().replace(/\s*\n\s*/g, ' ');
    const outcome = fmt.t('dossier.summary.contactOutcome', { outcome: fmt.outcome(i.outcome) });
    lines.push(`   ${said ? `${said} ` : ''}${outcome}`);
  });
  return lines;
}

function promiseLine(p: PromiseFact, fmt: DocFormat): string {
  const refs = referencesOf(p.made);
  const values = {
    made: fmt.date(isoDateOf(p.made.occurredAt, p.made.timeZone)),
    promise: fmt.t(p.kind === 'refund' ? 'dossier.summary.promiseRefund' : 'dossier.summary.promiseReply'),
    ref: refs.length ? fmt.t('dossier.summary.refs', { refs: refs.join(', ') }) : fmt.t('dossier.summary.noRefs'),
    state: fmt.t(p.state === 'kept' ? 'dossier.summary.promiseKept' : p.state === 'missed' ? 'dossier.summary.promiseMissed' : 'dossier.summary.promisePending'),
  };
  return `- ${p.by ? fmt.t('dossier.summary.promise', { ...values, by: fmt.date(p.by) }) : fmt.t('dossier.summary.promiseNoDate', values)}`;
}

function promises(b: CaseBundle, fmt: DocFormat, now: Instant): string[] {
  const list = promisesOf(b, now);
  if (list.length === 0) return [fmt.t('dossier.summary.noPromises')];
  return [fmt.t('dossier.summary.promises'), ...list.map((p) => promiseLine(p, fmt))];
}

function ask(b: CaseBundle, fmt: DocFormat): string[] {
  const c = b.case;
  const totals = moneyOf(b);
  const outstanding = pick(totals, 'outstanding').filter((m) => m.minor > 0);
  const amounts = outstanding.length ? outstanding : pick(totals, 'disputed').filter((m) => m.minor > 0);
  const what = amounts.length ? fmt.t(`dossier.summary.ask.${c.requestKind}`, { amount: fmt.moneyList(amounts) }) : `${fmt.requestKind(c.requestKind)}.`;
  const lines = [`${fmt.t('dossier.summary.ask')} ${what}`];
  if (c.request.trim()) lines.push(fmt.t('dossier.summary.inMyWords', { request: c.request.trim() }));
  return lines;
}

/** The escalation summary as plain text, paragraphs separated by blank lines. */
export function buildEscalationSummary(bundle: CaseBundle, opts: SummaryOptions): string {
  const fmt = docFormat(opts.lang);
  const blocks = [heading(bundle, fmt), dates(bundle, fmt), contacts(bundle, fmt), promises(bundle, fmt, opts.now), ask(bundle, fmt)];
  return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
