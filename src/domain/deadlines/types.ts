import type { IsoDate } from '../types';
import type { LegalRuleId } from '../rules/catalogue';
import type { DeadlineRuleId, DeadlineSource } from './sources';

export interface Deadline {
  /** The rule id, plus ':' and the charge id for rules counted per charge. Overrides are stored under it. */
  id: string;
  ruleId: DeadlineRuleId;
  /** closes: the last safe day to act; opens: the first day a next step becomes possible. */
  kind: 'closes' | 'opens';
  /** The day the period counts from. */
  from: IsoDate;
  /** The date the rule gives. */
  computed: IsoDate;
  /** The date in force: the person's own date when they changed it, otherwise the computed one. */
  date: IsoDate;
  overridden: boolean;
  dismissed: boolean;
  /** Banks and card schemes may set other limits: say "typically". */
  typical: boolean;
  /** Counted from a stand-in date that is earlier than the real one (so the answer stays safe). */
  estimated: boolean;
  chargeId?: string;
  titleKey: string;
  /** i18n key of how the period is counted, with its values. */
  counting: { key: string; values: Record<string, string | number> };
  source: DeadlineSource;
  law: LegalRuleId;
  /** sent: sending it by the date is enough; received: it must arrive by then. */
  met?: 'sent' | 'received';
  /**
   * The date to aim for when it differs from the last day: the unextended day when the last day was
   * moved off a weekend or holiday, or an earlier day when the notice must arrive in time.
   */
  target?: IsoDate;
  /** It had passed before the case was opened: shown for the record, never raised as a reminder. */
  passedBeforeCase: boolean;
}
