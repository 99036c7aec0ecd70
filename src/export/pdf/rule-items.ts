/**
 * Words the follow-up rules' next actions and the deadline rules' dates in the export language, for
 * the dossier. Rules speak in i18n keys with values; a value shaped like 'YYYY-MM-DD' is a date. A key
 * missing from the catalogue leaves its item out rather than printing a raw key.
 */
import type { CaseBundle } from '../../domain/case-bundle';
import { isIsoDate } from '../../domain/dates';
import { computeDeadlines, type Deadline } from '../../domain/deadlines';
import { nextActions, visibleActions, type RuleSettings } from '../../domain/follow-up';
import type { Instant } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { hasMessage, translate } from '../../i18n/translate';
import { docFormat } from '../summary/text-format';
import type { DossierDeadline, DossierStep } from './dossier-types';

type Values = Record<string, string | number>;

function wording(lang: Lang) {
  const fmt = docFormat(lang);
  return (key: string, values: Values = {}): string | undefined => {
    if (!hasMessage(lang, key)) return undefined;
    const shown: Values = {};
    for (const [k, v] of Object.entries(values)) shown[k] = typeof v === 'string' && isIsoDate(v) ? fmt.date(v) : v;
    return translate(lang, key, shown);
  };
}

/** "November 2026" for a source checked in '2026-11'. */
function checkedLabel(checked: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(checked);
  if (!m) return checked;
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(+m[1]!, +m[2]! - 1, 1));
}

export function dossierDeadlines(deadlines: Deadline[], lang: Lang): DossierDeadline[] {
  const say = wording(lang);
  const out: DossierDeadline[] = [];
  for (const d of deadlines) {
    const title = say(d.titleKey, { date: d.from });
    if (d.dismissed || !title) continue;
    // The note speaks of a charge's statement date: only per-charge deadlines counted from a stand-in have one.
    const notes = [say(d.counting.key, d.counting.values), d.estimated && d.chargeId ? say('deadline.estimated') : undefined].filter(Boolean);
    out.push({
      title,
      date: d.date,
      note: notes.join(' '),
      source: d.source.citation,
      checked: checkedLabel(d.source.checked, lang),
      overridden: d.overridden,
    });
  }
  return out;
}

export function dossierSteps(bundle: CaseBundle, deadlines: Deadline[], settings: RuleSettings, lang: Lang, now: Instant): DossierStep[] {
  const say = wording(lang);
  const actions = visibleActions(nextActions(bundle, settings, now, bundle.case.timeZone), bundle, now);
  const out: DossierStep[] = [];
  for (const a of actions) {
    const title = say(a.title.key, a.title.values);
    if (!title) continue;
    const deadline = a.deadlineId ? deadlines.find((d) => d.id === a.deadlineId) : undefined;
    const why = say(a.reason.key, a.reason.values);
    out.push({ title, dueAt: a.dueAt, ...(why ? { why } : {}), ...(deadline ? { source: deadline.source.citation } : {}) });
  }
  return out;
}

/** Deadlines and next steps of a case, worded for the dossier. */
export function ruleItems(bundle: CaseBundle, settings: RuleSettings, lang: Lang, now: Instant) {
  const deadlines = computeDeadlines(bundle, settings, bundle.case.timeZone);
  return { deadlines: dossierDeadlines(deadlines, lang), nextSteps: dossierSteps(bundle, deadlines, settings, lang, now) };
}
