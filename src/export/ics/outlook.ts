/**
 * A case's next steps and deadlines, worded in one language: what the calendar export writes, and
 * what a printed dossier can list (the shapes match the dossier's DossierStep and DossierDeadline).
 */
import type { CaseBundle } from '../../domain/case-bundle';
import { isoDateOf } from '../../domain/dates';
import { computeDeadlines, type Deadline } from '../../domain/deadlines';
import { effectiveDueAt, markFor, nextActions, type NextAction, type RuleSettings } from '../../domain/follow-up';
import type { Instant, IsoDate } from '../../domain/types';
import type { Lang, MessageKey } from '../../i18n/messages';
import { translate } from '../../i18n/translate';
import { monthName, word } from '../../i18n/rule-wording';

export interface WordedStep {
  action: NextAction;
  /** When it needs attention, a snooze counted in. */
  dueAt: Instant;
  /** The local day it falls on. */
  date: IsoDate;
  title: string;
  /** The one-line reason. */
  why: string;
}

export interface WordedDeadline {
  deadline: Deadline;
  title: string;
  /** The last safe day, or for a period that opens, the first day something becomes possible. */
  date: IsoDate;
  /** The citation, e.g. "FCA Handbook, DISP 2.8". */
  source: string;
  /** When the source was checked, in words ("November 2026"). */
  checked: string;
  overridden: boolean;
  /** How it is counted, then "information, not legal advice". */
  note: string;
}

export interface WordedOutlook {
  steps: WordedStep[];
  deadlines: WordedDeadline[];
}

export function wordDeadline(lang: Lang, d: Deadline): WordedDeadline {
  const t = (key: string, values?: Record<string, string | number>) => translate(lang, key as MessageKey, values);
  const note = [word(lang, d.counting), d.estimated && d.chargeId ? t('deadline.estimated') : '', t('deadline.notAdvice')].filter(Boolean).join(' ');
  return {
    deadline: d,
    title: word(lang, { key: d.titleKey, values: { date: d.from } }),
    date: d.date,
    source: d.source.citation,
    checked: monthName(lang, d.source.checked),
    overridden: d.overridden,
    note,
  };
}

/**
 * Steps not marked done (deadline reminders left out: the deadlines list carries them) and deadlines
 * not dismissed, soonest first.
 */
export function wordOutlook(bundle: CaseBundle, settings: RuleSettings, lang: Lang, now: Instant, timeZone: string): WordedOutlook {
  const steps: WordedStep[] = [];
  for (const a of nextActions(bundle, settings, now, timeZone)) {
    if (a.ruleId === 'deadline') continue;
    const dueAt = effectiveDueAt(a, markFor(bundle.followUps, a));
    if (dueAt === undefined) continue;
    steps.push({ action: a, dueAt, date: isoDateOf(dueAt, timeZone), title: word(lang, a.title), why: word(lang, a.reason) });
  }
  steps.sort((x, y) => x.dueAt - y.dueAt);
  const deadlines = computeDeadlines(bundle, settings, timeZone)
    .filter((d) => !d.dismissed)
    .map((d) => wordDeadline(lang, d));
  return { steps, deadlines };
}
