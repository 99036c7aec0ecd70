/** Which playbook a case follows and which of its steps apply to the case's facts. */
import { wordsOf } from '../text';
import { RUNGS, type Playbook, type PlaybookStep, type Rung, type StepCondition } from './types';
import { GENERIC_PLAYBOOK, PLAYBOOKS } from './builtin';
import { COMMON_STEPS, GENERIC_LADDER } from './ladder';
import type { CaseRecord, Region } from '../types';
import { inEccNet } from '../places/countries';

export * from './types';
export { GENERIC_PLAYBOOK, LINKEDIN_PLAYBOOK, NETFLIX_PLAYBOOK, PLAYBOOKS } from './builtin';
export { COMMON_STEPS, GENERIC_LADDER } from './ladder';

export type StepFacts = Pick<CaseRecord, 'companyKey' | 'product' | 'reason' | 'paymentMethod'> & {
  region: Region;
  /** ISO code of the case's country ('ZZ' when unknown). */
  country?: string;
  traderCountry?: string;
  /** A single item over £100 and up to £30,000 paid by UK credit card. */
  section75?: boolean;
  /** The withdrawal period had not passed when the case was opened. */
  withdrawalOpen?: boolean;
};

export function playbookFor(companyKey: string): Playbook {
  const words = companyKey.split(' ');
  return PLAYBOOKS.find((p) => p.companyWords.some((w) => words.includes(w))) ?? GENERIC_PLAYBOOK;
}

export function stepApplies(when: StepCondition | undefined, facts: StepFacts): boolean {
  if (!when) return true;
  if (when.regions && !when.regions.includes(facts.region)) return false;
  if (when.countries && !when.countries.includes(facts.country ?? '')) return false;
  if (when.notCountries?.includes(facts.country ?? '')) return false;
  if (when.crossBorderEcc && !(facts.traderCountry && facts.country && facts.traderCountry !== facts.country && inEccNet(facts.traderCountry) && inEccNet(facts.country))) return false;
  if (when.section75 && !(facts.section75 && facts.paymentMethod === 'card')) return false;
  if (when.withdrawalOpen && facts.withdrawalOpen === false) return false;
  if (when.notPaymentMethods && facts.paymentMethod && when.notPaymentMethods.includes(facts.paymentMethod)) return false;
  if (when.paymentMethods && facts.paymentMethod && !when.paymentMethods.includes(facts.paymentMethod)) return false;
  if (when.paymentMethodKnown && !facts.paymentMethod) return false;
  if (when.reasons && !when.reasons.includes(facts.reason)) return false;
  const product = wordsOf(facts.product);
  if (when.productWords && product.length > 0 && !when.productWords.some((w) => product.includes(w))) return false;
  if (when.notProductWords?.some((w) => product.includes(w))) return false;
  return true;
}

/** The step shown for a rung on this case, or undefined when the rung does not apply (e.g. no card). */
export function ladderStep(rung: Rung, facts: StepFacts, playbook = playbookFor(facts.companyKey)): PlaybookStep | undefined {
  const variants = [...(playbook.ladder?.[rung] ?? []), ...GENERIC_LADDER[rung]];
  return variants.find((s) => stepApplies(s.when, facts));
}

/** The case's checklist: the playbook's own steps, then the ladder, each only when it applies. */
export function checklistFor(facts: StepFacts): { playbook: Playbook; steps: PlaybookStep[] } {
  const playbook = playbookFor(facts.companyKey);
  const own = [...playbook.steps, COMMON_STEPS.signalConso].filter((s) => stepApplies(s.when, facts));
  const ladder = RUNGS.map((r) => ladderStep(r, facts, playbook)).filter((s): s is PlaybookStep => !!s);
  return { playbook, steps: [...own, ...ladder] };
}
