/** Deadlines as reminders: each last safe day still ahead when the case was opened, unless dismissed. */
import { computeDeadlines, deadlineEndsAt } from '../deadlines';
import type { Rule } from './types';

export const deadlineReminders: Rule = ({ bundle, settings, timeZone, holidays }) =>
  computeDeadlines(bundle, settings, timeZone, holidays)
    .filter((d) => d.kind === 'closes' && !d.dismissed && (d.overridden || !d.passedBeforeCase))
    .map((d) => ({
      ruleId: 'deadline' as const,
      eventKey: d.id,
      kind: 'deadline' as const,
      dueAt: deadlineEndsAt(d, timeZone),
      title: { key: d.titleKey, values: { date: d.from } },
      reason: { key: d.typical ? 'rule.deadlineTypical' : 'rule.deadline', values: { date: d.date } },
      deadlineId: d.id,
      law: d.law,
      counting: d.counting,
      legal: true,
    }));
