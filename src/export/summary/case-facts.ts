/** Small facts about a case that both the summary text and the PDF state. Pure. */
import type { CaseBundle } from '../../domain/case-bundle';
import { sumByCurrency, totalsByCurrency, type MoneyTotals } from '../../domain/money';
import type { Interaction, IsoDate, Money } from '../../domain/types';
import type { DocFormat } from './text-format';

/** Disputed (from the live charges), refunded and outstanding per currency. */
export function moneyOf(bundle: CaseBundle): MoneyTotals[] {
  return totalsByCurrency(sumByCurrency(bundle.charges.map((c) => c.amount)), bundle.case.refunded);
}

export function pick(totals: MoneyTotals[], field: 'disputed' | 'refunded' | 'outstanding'): Money[] {
  return totals.map((t) => ({ currency: t.currency, minor: t[field] }));
}

/** The day the problem started: the earliest disputed charge. */
export function startedOn(bundle: CaseBundle): IsoDate | undefined {
  return bundle.charges.map((c) => c.chargedOn).sort()[0];
}

export function agentOf(i: Interaction, fmt: DocFormat): string {
  const name = i.agentName.trim() || fmt.t('dossier.summary.agentUnknown');
  return i.agentId.trim() ? `${name} (${fmt.t('dossier.detail.agentId', { id: i.agentId.trim() })})` : name;
}

export function channelOf(i: Interaction, fmt: DocFormat): string {
  const channel = fmt.channel(i.channel);
  return i.direction === 'inbound' ? `${channel} (${fmt.direction('inbound')})` : channel;
}

export function referencesOf(i: Interaction): string[] {
  return i.references.map((r) => r.trim()).filter(Boolean);
}

/** Interactions oldest first (the bundle already is; sorting again keeps the functions safe alone). */
export function chronological(bundle: CaseBundle): Interaction[] {
  return [...bundle.interactions].sort((a, b) => a.occurredAt - b.occurredAt);
}
