/**
 * Which letters a case is offered, and which fit the step it has reached. The one place that reads
 * the case's region and payment method for letters: when cases gain a country, only this changes.
 * France's letters (formal notice, mediator) are offered to EU cases until cases name their country.
 */
import type { CaseBundle } from '../case-bundle';
import { addDaysIso, daysBetweenIso } from '../dates';
import type { Instant, Settings } from '../types';
import { letterFacts } from './facts';
import type { LetterOffer } from './types';

const BOTH = ['en', 'fr'] as const;

export function lettersFor(
  bundle: CaseBundle,
  settings: Pick<Settings, 'homeRegion' | 'contactsBeforeEscalation'>,
  now: Instant,
  timeZone: string,
): LetterOffer[] {
  const f = letterFacts(bundle, settings, now, timeZone);
  const written = f.writtenComplaintOn !== undefined;
  const refused = f.refusedOn !== undefined;
  const stuck = refused || f.contactCount >= settings.contactsBeforeEscalation;
  const offers: LetterOffer[] = [];
  const add = (o: LetterOffer) => offers.push({ ...o, langs: [...o.langs] });

  if (f.region === 'EU' || f.region === 'UK') {
    const started = f.subscriptionStartedOn;
    const daysIn = started ? daysBetweenIso(started, f.today) : undefined;
    const inPeriod = daysIn !== undefined && daysIn >= 0 && daysIn <= 14;
    const recommended = inPeriod || bundle.case.reason === 'withdrawal-right';
    const caution = daysIn !== undefined && daysIn > 14 ? { caution: 'period-may-be-over' as const } : {};
    add({ kind: 'withdrawal-email', jurisdiction: f.region, langs: [...BOTH], recommended, ...caution });
    add({ kind: 'withdrawal-form', jurisdiction: f.region, langs: f.region === 'UK' ? ['en'] : [...BOTH], recommended, ...caution });
  }

  add({ kind: 'complaint', jurisdiction: 'ANY', langs: [...BOTH], recommended: !written });

  if (f.region === 'US' && (f.paymentMethod === 'card' || f.paymentMethod === '')) {
    const statements = f.charges.map((c) => c.statementOn).filter((d): d is string => !!d);
    const open = statements.some((d) => f.today <= addDaysIso(d, 60));
    add({
      kind: 'billing-error',
      jurisdiction: 'US',
      langs: [...BOTH],
      recommended: open,
      ...(statements.length > 0 && !open ? { caution: 'statement-too-old' as const } : {}),
    });
  }

  if (f.paymentMethod === 'card' || f.paymentMethod === 'debit-card' || f.paymentMethod === '') {
    add({ kind: 'bank-dispute', jurisdiction: f.region === 'OTHER' || f.region === 'CA' ? 'ANY' : f.region, langs: [...BOTH], recommended: stuck });
  }

  if (f.region === 'EU') {
    add({ kind: 'formal-notice', jurisdiction: 'FR', langs: [...BOTH], recommended: written && stuck });
    add({
      kind: 'mediator-referral',
      jurisdiction: 'FR',
      langs: [...BOTH],
      recommended: written && refused,
      ...(written ? {} : { caution: 'needs-written-complaint' as const }),
    });
  }

  if (f.region === 'UK') {
    add({ kind: 'letter-before-claim', jurisdiction: 'UK', langs: ['en', 'fr'], recommended: written && stuck });
  }

  // Recommended first; otherwise the order above, which follows the escalation ladder.
  return offers.map((o, i) => ({ o, i })).sort((a, b) => Number(b.o.recommended) - Number(a.o.recommended) || a.i - b.i).map(({ o }) => o);
}
