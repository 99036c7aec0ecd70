import type { CaseBundle } from '../case-bundle';
import type { HolidayTable } from '../places/business-days';
import type { CasePlace } from '../places/case-place';
import type { Instant, Region, Settings } from '../types';

export type Urgency = 'overdue' | 'today' | 'soon' | 'later';

export type ActionKind = 'contact' | 'follow-up' | 'check-statement' | 'escalate' | 'gather-evidence' | 'deadline';

export const RULE_IDS = [
  'first-contact',
  'promise-missed',
  'no-reply',
  'refund-check',
  'refund-missing',
  'escalate',
  'gather-evidence',
  'deadline',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Where on the case screen the action is carried out (the `?action=` of its link). */
export type ActionTarget = 'log' | 'evidence' | 'edit' | 'escalate' | 'deadlines';

/** An i18n key and its values; values that look like 'YYYY-MM-DD' are dates for the UI to format. */
export interface Message {
  key: string;
  values: Record<string, string | number>;
}

export interface NextAction {
  ruleId: RuleId;
  /** Identifies the event that triggered the action, so a snooze does not hide a later one. */
  eventKey: string;
  kind: ActionKind;
  target: ActionTarget;
  dueAt: Instant;
  urgency: Urgency;
  /** What to do. */
  title: Message;
  /** Why, in one line. */
  reason: Message;
  /** Reference numbers worth quoting, newest first. */
  refs: string[];
  /** The playbook step that doing this completes (a rung of the escalation ladder). */
  step?: { playbookId: string; stepId: string };
  deadlineId?: string;
  /** The rule in the catalogue of rules and sources this action rests on (shown with its source). */
  law?: string;
  /** How its date is counted, when a rule sets it. */
  counting?: Message;
  /** A legal time limit (a right is lost after it), not a routine follow-up. */
  legal?: boolean;
}

export type ActionDraft = Omit<NextAction, 'urgency' | 'refs' | 'target'> & { refs?: string[]; target?: ActionTarget };

export type RuleSettings = Pick<Settings, 'followUpBusinessDays' | 'contactsBeforeEscalation' | 'cardDisputeWindowDays' | 'homeRegion' | 'homeCountry' | 'homeNation'>;

export interface RuleContext {
  bundle: CaseBundle;
  settings: RuleSettings;
  /** The zone business days and end-of-day deadlines are counted in. */
  timeZone: string;
  region: Region;
  /** The case's country, UK nation and trader's country. */
  place: CasePlace;
  /** Public holidays, for business days (loaded before the rules run; none means weekends only). */
  holidays: HolidayTable;
}

export type Rule = (ctx: RuleContext) => ActionDraft[];
