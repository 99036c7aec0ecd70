/**
 * The facts of a case a letter quotes, read from its bundle: dates, amounts, references, what was
 * tried. Nothing is guessed: a fact the case does not hold stays undefined and the letter shows a
 * marker for the person to fill.
 */
import type { CaseBundle } from '../case-bundle';
import { isoDateOf } from '../dates';
import { totalsByCurrency } from '../money';
import type { Charge, EvidenceKind, Instant, IsoDate, Money, PaymentMethod, Region, Settings } from '../types';

export interface LetterFacts {
  company: string;
  product?: string;
  accountId?: string;
  request?: string;
  region: Region;
  paymentMethod: PaymentMethod | '';
  subscriptionStartedOn?: IsoDate;
  cancelledOn?: IsoDate;
  /** Live charges, oldest first. */
  charges: Pick<Charge, 'chargedOn' | 'statementOn' | 'amount' | 'description'>[];
  /** Disputed minus refunded, per currency, only the positive ones. */
  outstanding: Money[];
  /** Every reference number given, oldest first, without repeats. */
  references: string[];
  /** Contacts the person made, and the day of the first and last. */
  contactCount: number;
  firstContactOn?: IsoDate;
  lastContactOn?: IsoDate;
  /** The last day the company refused. */
  refusedOn?: IsoDate;
  /** The last written complaint (a letter, an email or a web form the person sent). */
  writtenComplaintOn?: IsoDate;
  evidenceKinds: EvidenceKind[];
  today: IsoDate;
}

const WRITTEN = new Set(['letter', 'email', 'web-form']);
const orUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

export function regionOf(bundle: CaseBundle, settings: Pick<Settings, 'homeRegion'>): Region {
  return bundle.case.region || settings.homeRegion;
}

export function letterFacts(bundle: CaseBundle, settings: Pick<Settings, 'homeRegion'>, now: Instant, timeZone: string): LetterFacts {
  const c = bundle.case;
  const charges = bundle.charges.filter((ch) => !ch.deletedAt).sort((a, b) => a.chargedOn.localeCompare(b.chargedOn));
  const log = bundle.interactions.filter((i) => !i.deletedAt);
  const outbound = log.filter((i) => i.direction === 'outbound');
  const day = (at: Instant, zone: string) => isoDateOf(at, zone);
  const references: string[] = [];
  for (const i of log) for (const r of i.references) if (!references.includes(r)) references.push(r);
  const refused = log.findLast((i) => i.outcome === 'denied');
  const written = outbound.findLast((i) => WRITTEN.has(i.channel));
  const disputed = charges.map((ch) => ch.amount);
  const facts: LetterFacts = {
    company: c.company.trim(),
    region: regionOf(bundle, settings),
    paymentMethod: c.paymentMethod,
    charges: charges.map(({ chargedOn, statementOn, amount, description }) => ({
      chargedOn,
      amount,
      ...(statementOn ? { statementOn } : {}),
      ...(description ? { description } : {}),
    })),
    outstanding: totalsByCurrency(disputed, c.refunded)
      .map((t) => ({ minor: t.outstanding, currency: t.currency }))
      .filter((m) => m.minor > 0),
    references,
    contactCount: outbound.length,
    evidenceKinds: [...new Set(bundle.evidence.filter((e) => !e.deletedAt).map((e) => e.kind))],
    today: day(now, timeZone),
  };
  const optional = { product: orUndefined(c.product), accountId: orUndefined(c.accountId), request: orUndefined(c.request) };
  for (const [k, v] of Object.entries(optional)) if (v) Object.assign(facts, { [k]: v });
  if (c.subscriptionStartedOn) facts.subscriptionStartedOn = c.subscriptionStartedOn;
  if (c.cancelledOn) facts.cancelledOn = c.cancelledOn;
  if (outbound[0]) facts.firstContactOn = day(outbound[0].occurredAt, outbound[0].timeZone);
  const last = outbound.at(-1);
  if (last) facts.lastContactOn = day(last.occurredAt, last.timeZone);
  if (refused) facts.refusedOn = day(refused.occurredAt, refused.timeZone);
  if (written) facts.writtenComplaintOn = day(written.occurredAt, written.timeZone);
  return facts;
}
