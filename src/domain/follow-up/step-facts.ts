/** The facts of a case that decide which steps and rungs apply to it. */
import { addDaysIso, isoDateOf } from '../dates';
import type { StepFacts } from '../playbooks';
import type { CaseBundle } from '../case-bundle';
import type { CasePlace } from '../places/case-place';

/** Section 75: a single item with a cash price over £100 and not more than £30,000 (in pence). */
export const S75_MIN_PENCE = 100_00;
export const S75_MAX_PENCE = 30_000_00;
/** The withdrawal period, in days, after the contract (EU and UK alike). */
export const WITHDRAWAL_DAYS = 14;

export function stepFactsOf({ bundle, place, timeZone }: { bundle: CaseBundle; place: CasePlace; timeZone: string }): StepFacts {
  const c = bundle.case;
  const section75 = place.country === 'GB' && c.paymentMethod === 'card' && bundle.charges.some((ch) => ch.amount.currency === 'GBP' && ch.amount.minor > S75_MIN_PENCE && ch.amount.minor <= S75_MAX_PENCE);
  const opened = isoDateOf(c.createdAt, timeZone);
  // Unknown start: the step stays offered (it asks for the date). A start long before the case: the window had closed.
  const withdrawalOpen = c.subscriptionStartedOn ? addDaysIso(c.subscriptionStartedOn, WITHDRAWAL_DAYS + 3) >= opened : true;
  return {
    companyKey: c.companyKey,
    product: c.product,
    reason: c.reason,
    paymentMethod: c.paymentMethod,
    region: place.region,
    country: place.country,
    ...(place.traderCountry ? { traderCountry: place.traderCountry } : {}),
    section75,
    withdrawalOpen,
  };
}
