/**
 * The escalation ladder: after K contacts in a row without progress, or a refusal, suggest the next
 * rung of the case's ladder (which depends on its country and payment method). After a move that
 * gives the other side a set time to answer (a dispute with the bank, a complaint to it), the next
 * rung opens the day after that time ends; after any other move, after DEFAULT_WAIT_DAYS. A rung
 * counts as climbed when its playbook step is ticked; an interaction whose outcome is "escalated"
 * climbs the supervisor rung. An open case always has a next step: with every rung climbed, the
 * person is asked to review the case.
 */
import { addDaysIso, endOfDayInstant, isoDateOf } from '../dates';
import { answerPeriod, DEFAULT_WAIT_DAYS } from '../escalation/answer-periods';
import { addBusinessDaysIn } from '../places/business-days';
import { ladderStep, playbookFor, RUNGS, type PlaybookStep, type Rung } from '../playbooks';
import type { Instant, Interaction } from '../types';
import { progressOf, referencesOf } from './history';
import { stepFactsOf } from './step-facts';
import type { ActionDraft, Message, RuleContext, Rule } from './types';

interface Climbed {
  rungs: Map<Rung, Instant>;
  /** The last time a rung was climbed; contacts before it belong to the previous rung. */
  lastAt: Instant;
  lastRung?: Rung;
  /** The climb before the last one. */
  previousAt: Instant;
}

export function climbedRungs({ bundle }: Pick<RuleContext, 'bundle'>): Climbed {
  const rungs = new Map<Rung, Instant>();
  const climb = (r: Rung, at: Instant) => rungs.set(r, Math.min(at, rungs.get(r) ?? Infinity));
  for (const m of bundle.playbookSteps) if ((RUNGS as readonly string[]).includes(m.stepId)) climb(m.stepId as Rung, m.doneAt);
  for (const x of bundle.interactions) if (x.outcome === 'escalated') climb('supervisor', x.occurredAt);
  const order = [...rungs.entries()].sort((a, b) => a[1] - b[1]);
  const last = order.at(-1);
  return { rungs, lastAt: last?.[1] ?? -Infinity, ...(last ? { lastRung: last[0] } : {}), previousAt: order.at(-2)?.[1] ?? -Infinity };
}

/** The contact that calls for escalation: the first denial or the K-th no-progress contact of the current run. */
export function escalationTrigger(ctx: RuleContext, since: Instant, until = Infinity): Interaction | undefined {
  const log = ctx.bundle.interactions.filter((x) => x.occurredAt <= until);
  let start = 0;
  log.forEach((x, i) => {
    if (x.occurredAt <= since || progressOf(log, i, ctx.timeZone) !== 'none') start = i + 1;
  });
  const run = log.slice(start);
  const k = Math.max(1, ctx.settings.contactsBeforeEscalation);
  return run.find((x, i) => x.outcome === 'denied' || i + 1 === k);
}

/**
 * A refusal logged just before a rung was ticked, after the contact that called for that rung: the
 * rung's own answer (a supervisor who said no, then the tick).
 */
function refusedAtRung(ctx: RuleContext, climbed: Climbed): Interaction | undefined {
  const within = ctx.bundle.interactions.filter((x) => x.occurredAt > climbed.previousAt && x.occurredAt <= climbed.lastAt);
  const last = within.at(-1);
  if (!last || last.outcome !== 'denied') return undefined;
  const called = escalationTrigger(ctx, climbed.previousAt, climbed.lastAt);
  return called && called.id !== last.id ? last : undefined;
}

/** The rungs of the case's ladder, in order, each with the variant that applies to it. */
export function ladderOf(ctx: RuleContext): PlaybookStep[] {
  const facts = stepFactsOf(ctx);
  const playbook = playbookFor(ctx.bundle.case.companyKey);
  return RUNGS.map((r) => ladderStep(r, facts, playbook)).filter((s): s is PlaybookStep => !!s);
}

export const escalate: Rule = (ctx) => {
  const c = ctx.bundle.case;
  const playbook = playbookFor(c.companyKey);
  const climbed = climbedRungs(ctx);
  const ladder = ladderOf(ctx);
  const next = ladder.find((s) => !climbed.rungs.has(s.rung!));
  const refs = referencesOf(ctx.bundle.interactions);
  const day = (at: Instant) => isoDateOf(at, ctx.timeZone);
  const nextBusinessDay = (at: Instant) => endOfDayInstant(addBusinessDaysIn(day(at), 1, ctx.place.holidays, ctx.holidays), ctx.timeZone);
  const trigger = escalationTrigger(ctx, climbed.lastAt);

  if (!next) {
    if (climbed.rungs.size === 0) return [];
    // Every rung climbed and the case still open: it must not fall silent.
    const after = trigger?.occurredAt ?? climbed.lastAt;
    return [
      {
        ruleId: 'escalate',
        kind: 'escalate',
        target: 'edit',
        eventKey: `review:${trigger?.id ?? climbed.lastRung}`,
        dueAt: endOfDayInstant(addDaysIso(day(after), trigger ? 1 : DEFAULT_WAIT_DAYS), ctx.timeZone),
        title: { key: 'action.reviewCase', values: {} },
        reason: { key: 'rule.ladderClimbed', values: { date: day(after) } },
        refs,
      },
    ];
  }
  const base = { ruleId: 'escalate' as const, kind: 'escalate' as const, title: { key: next.titleKey, values: {} }, step: { playbookId: playbook.id, stepId: next.id }, refs, ...(next.law ? { law: next.law } : {}) };
  const draft = (eventKey: string, dueAt: Instant, reason: Message): ActionDraft[] => [{ ...base, eventKey: `${next.id}:${eventKey}`, dueAt, reason }];

  if (trigger) {
    const on = day(trigger.occurredAt);
    const reason: Message =
      trigger.outcome === 'denied'
        ? { key: climbed.lastRung ? 'rule.escalateDeniedAfter' : 'rule.escalateDenied', values: { date: on } }
        : { key: 'rule.escalateNoProgress', values: { count: ctx.settings.contactsBeforeEscalation } };
    return draft(trigger.id, nextBusinessDay(trigger.occurredAt), reason);
  }
  if (!climbed.lastRung) return [];
  const climbedOn = day(climbed.lastAt);
  const refused = refusedAtRung(ctx, climbed);
  if (refused) {
    return draft(refused.id, nextBusinessDay(climbed.lastAt), { key: 'rule.escalateDenied', values: { date: day(refused.occurredAt) } });
  }
  const period = answerPeriod(climbed.lastRung, climbedOn, ctx.place, c.paymentMethod, c.reason, ctx.holidays);
  if (period) {
    // The other side has until the end of its last day: the next step opens the day after.
    const opens = addDaysIso(period.lastDay, 1);
    return [
      {
        ...base,
        eventKey: `${next.id}:after:${climbed.lastRung}`,
        dueAt: endOfDayInstant(opens, ctx.timeZone),
        reason: { key: period.typical ? 'rule.answerPeriodTypical' : 'rule.answerPeriod', values: { date: climbedOn, last: period.lastDay } },
        counting: period.counting,
        law: period.law,
      },
    ];
  }
  return draft(`wait:${climbed.lastRung}`, endOfDayInstant(addDaysIso(climbedOn, DEFAULT_WAIT_DAYS), ctx.timeZone), {
    key: 'rule.noAnswerAfterStep',
    values: { date: climbedOn, days: DEFAULT_WAIT_DAYS },
  });
};
