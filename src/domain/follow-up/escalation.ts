/**
 * The escalation ladder: after K contacts in a row without progress, or a denial, suggest the next rung
 * not yet climbed (supervisor, the company's formal route, a card dispute, an outside body, small claims).
 * A rung counts as climbed when its playbook step is ticked; an interaction whose outcome is
 * "escalated" climbs the supervisor rung.
 */
import { addBusinessDaysIso, endOfDayInstant, isoDateOf } from '../dates';
import { bankDisputeDate, ombudsmanOpening } from '../deadlines';
import { ladderStep, playbookFor, RUNGS, type Rung } from '../playbooks';
import type { Instant, Interaction } from '../types';
import { progressOf, referencesOf } from './history';
import type { Message, RuleContext, Rule } from './types';

interface Climbed {
  rungs: Set<Rung>;
  /** The last time a rung was climbed; contacts before it belong to the previous rung. */
  lastAt: Instant;
}

export function climbedRungs({ bundle }: Pick<RuleContext, 'bundle'>): Climbed {
  const rungs = new Set<Rung>();
  let lastAt = -Infinity;
  for (const m of bundle.playbookSteps) {
    if ((RUNGS as readonly string[]).includes(m.stepId)) {
      rungs.add(m.stepId as Rung);
      lastAt = Math.max(lastAt, m.doneAt);
    }
  }
  for (const x of bundle.interactions) {
    if (x.outcome === 'escalated') {
      rungs.add('supervisor');
      lastAt = Math.max(lastAt, x.occurredAt);
    }
  }
  return { rungs, lastAt };
}

/** The contact that calls for escalation: the first denial or the K-th no-progress contact of the current run. */
export function escalationTrigger(ctx: RuleContext, since: Instant): Interaction | undefined {
  const log = ctx.bundle.interactions;
  let start = 0;
  log.forEach((x, i) => {
    if (x.occurredAt <= since || progressOf(log, i, ctx.timeZone) !== 'none') start = i + 1;
  });
  const run = log.slice(start);
  const k = Math.max(1, ctx.settings.contactsBeforeEscalation);
  return run.find((x, i) => x.outcome === 'denied' || i + 1 === k);
}

export const escalate: Rule = (ctx) => {
  const c = ctx.bundle.case;
  const facts = { companyKey: c.companyKey, product: c.product, reason: c.reason, paymentMethod: c.paymentMethod, region: ctx.region };
  const playbook = playbookFor(c.companyKey);
  const climbed = climbedRungs(ctx);
  const rung = RUNGS.find((r) => !climbed.rungs.has(r) && ladderStep(r, facts, playbook));
  if (!rung) return [];
  const step = ladderStep(rung, facts, playbook)!;
  const trigger = escalationTrigger(ctx, climbed.lastAt);
  const base = { ruleId: 'escalate' as const, kind: 'escalate' as const, title: { key: step.titleKey, values: {} }, step: { playbookId: playbook.id, stepId: rung }, refs: referencesOf(ctx.bundle.interactions) };
  const disputed = ctx.region === 'UK' && rung === 'outside-body' ? bankDisputeDate(ctx.bundle, ctx.timeZone) : undefined;
  if (trigger) {
    const on = isoDateOf(trigger.occurredAt, ctx.timeZone);
    const reason: Message =
      trigger.outcome === 'denied'
        ? { key: 'rule.escalateDenied', values: { date: on } }
        : { key: 'rule.escalateNoProgress', values: { count: ctx.settings.contactsBeforeEscalation } };
    return [
      {
        ...base,
        eventKey: `${rung}:${trigger.id}`,
        dueAt: endOfDayInstant(addBusinessDaysIso(on, 1), ctx.timeZone),
        reason,
      },
    ];
  }
  // A UK bank dispute with no final answer: the ombudsman opens once the bank's time to answer is over
  // (15 business days for a payment service, otherwise 8 weeks). The event key keeps its first name so
  // a snooze or a done mark already stored stays attached.
  if (disputed) {
    const opens = ombudsmanOpening(disputed, c.paymentMethod);
    const reason: Message = opens.paymentService
      ? { key: 'rule.ombudsmanOpensPayment', values: { date: disputed, ...opens.counting.values } }
      : { key: 'rule.ombudsmanOpens', values: { date: disputed } };
    return [{ ...base, eventKey: `${rung}:eight-weeks`, dueAt: endOfDayInstant(opens.date, ctx.timeZone), reason }];
  }
  return [];
};
