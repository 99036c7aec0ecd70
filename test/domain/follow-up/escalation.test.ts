import { describe, expect, it } from 'vitest';
import { nextActions } from '../../../src/domain/follow-up';
import { bundle, PARIS, SETTINGS, utc, type BundleSpec, type Say } from './build';

const NOW = Date.UTC(2026, 10, 2, 12);
const escalation = (spec: BundleSpec, settings = SETTINGS) => nextActions(bundle(spec), settings, NOW, PARIS).find((a) => a.ruleId === 'escalate');

const noGo = (on: string, id?: string): Say => ({ on, outcome: 'no-resolution', ...(id ? { id } : {}) });

describe('escalation ladder', () => {
  it('after K contacts in a row without progress, asks for a supervisor the next business day', () => {
    const a = escalation({ log: [noGo('2026-11-04'), noGo('2026-11-05'), noGo('2026-11-06', 'third')] });
    expect(a).toMatchObject({
      eventKey: 'supervisor:third',
      kind: 'escalate',
      target: 'escalate',
      title: { key: 'step.supervisor.title' },
      reason: { key: 'rule.escalateNoProgress', values: { count: 3 } },
      step: { playbookId: 'netflix', stepId: 'supervisor' },
    });
    expect(utc(a!.dueAt)).toBe('2026-11-09T22:59:59.999Z'); // Friday's trigger: due Monday
  });

  it.each([
    ['K-1 contacts', [noGo('2026-11-04'), noGo('2026-11-05')], undefined],
    ['"information requested" counts as no progress', [noGo('2026-11-04'), { on: '2026-11-05', outcome: 'info-requested' }, noGo('2026-11-06', 'x')], 'supervisor:x'],
    ['a refund promise resets the run', [noGo('2026-11-04'), noGo('2026-11-05'), { on: '2026-11-06', outcome: 'refund-promised' }, noGo('2026-11-09')], undefined],
    ['an undated promise is no progress', [noGo('2026-11-04'), { on: '2026-11-05', outcome: 'reply-promised' }, noGo('2026-11-06', 'y')], 'supervisor:y'],
    ['a dated promise still running resets the run', [noGo('2026-11-04'), noGo('2026-11-05'), { on: '2026-11-06', outcome: 'reply-promised', promisedBy: '2026-11-20' }], undefined],
    [
      'a missed promise counts as no progress',
      [noGo('2026-11-02'), { on: '2026-11-03', outcome: 'reply-promised', promisedBy: '2026-11-05' }, noGo('2026-11-09', 'z')],
      'supervisor:z',
    ],
    [
      'a promise kept in time is progress',
      [noGo('2026-11-02'), { on: '2026-11-03', outcome: 'reply-promised', promisedBy: '2026-11-05' }, { on: '2026-11-04', direction: 'inbound', outcome: 'no-resolution' }, noGo('2026-11-09')],
      undefined,
    ],
    ['a denial escalates at once', [{ on: '2026-11-04', outcome: 'denied', id: 'd' }], 'supervisor:d'],
  ] as [string, Say[], string | undefined][])('%s', (_, log, key) => {
    expect(escalation({ log })?.eventKey).toBe(key);
  });

  it('keeps the same event while the run grows past K', () => {
    const log = [noGo('2026-11-04'), noGo('2026-11-05'), noGo('2026-11-06', 'k'), noGo('2026-11-09'), noGo('2026-11-10')];
    expect(escalation({ log })?.eventKey).toBe('supervisor:k');
  });

  it('says the refusal date when a denial triggered it', () => {
    expect(escalation({ log: [{ on: '2026-11-04', outcome: 'denied' }] })?.reason).toEqual({ key: 'rule.escalateDenied', values: { date: '2026-11-04' } });
  });

  it('uses the contacts-before-escalation setting', () => {
    const log = [noGo('2026-11-04'), noGo('2026-11-05', 'second')];
    expect(escalation({ log }, { ...SETTINGS, contactsBeforeEscalation: 2 })?.eventKey).toBe('supervisor:second');
  });

  it('climbs: an "escalated" contact reaches the supervisor; later denials point to the formal route', () => {
    const log: Say[] = [{ on: '2026-11-04', outcome: 'escalated' }, { on: '2026-11-09', outcome: 'denied', id: 'd2' }];
    expect(escalation({ log })).toMatchObject({ eventKey: 'formal-review:d2', title: { key: 'step.formalReview.title' } });
  });

  it('only counts contacts after the last rung was ticked', () => {
    const log = [noGo('2026-11-02'), noGo('2026-11-03'), noGo('2026-11-04')];
    expect(escalation({ log, steps: [{ stepId: 'supervisor', on: '2026-11-04T18:00' }] })).toBeUndefined();
    const more = [...log, noGo('2026-11-05'), noGo('2026-11-06'), noGo('2026-11-09', 'n')];
    expect(escalation({ log: more, steps: [{ stepId: 'supervisor', on: '2026-11-04T18:00' }] })?.eventKey).toBe('formal-review:n');
  });

  it('then a card dispute when the payment method allows it, and skips it when not', () => {
    const denied: Say[] = [{ on: '2026-11-09', outcome: 'denied', id: 'd' }];
    const steps = [
      { stepId: 'supervisor', on: '2026-11-02' },
      { stepId: 'formal-review', on: '2026-11-03' },
    ];
    expect(escalation({ log: denied, steps })?.step?.stepId).toBe('card-dispute');
    expect(escalation({ log: denied, steps, case: { paymentMethod: 'paypal' } })).toMatchObject({ step: { stepId: 'outside-body' }, title: { key: 'step.eccNet.title' } });
    // An unknown method does not offer a card dispute either.
    expect(escalation({ log: denied, steps, case: { paymentMethod: '' } })).toMatchObject({ step: { stepId: 'outside-body' }, title: { key: 'step.eccNet.title' } });
  });

  it.each([
    ['EU', 'card', 'step.eccNet.title'],
    ['US', 'card', 'step.cfpb.title'],
    ['US', 'app-store', 'step.smallClaims.title'],
    ['UK', 'card', 'step.fos.title'],
    ['UK', 'paypal', 'step.smallClaims.title'],
    ['CA', 'card', 'step.consumerBody.title'],
  ] as const)('outside body for region %s paying by %s', (region, paymentMethod, title) => {
    const steps = ['supervisor', 'formal-review', 'card-dispute'].map((stepId) => ({ stepId, on: '2026-11-02' }));
    const a = escalation({ log: [{ on: '2026-11-09', outcome: 'denied' }], steps, case: { region, paymentMethod } });
    expect(a?.title.key).toBe(title);
  });

  it('an empty case region follows the home region setting', () => {
    const steps = ['supervisor', 'formal-review', 'card-dispute'].map((stepId) => ({ stepId, on: '2026-11-02' }));
    const a = nextActions(bundle({ log: [{ on: '2026-11-09', outcome: 'denied' }], steps, case: { region: '' } }), { ...SETTINGS, homeRegion: 'US' }, NOW, PARIS);
    expect(a.find((x) => x.ruleId === 'escalate')?.title.key).toBe('step.cfpb.title');
  });

  it.each([
    // A card dispute is a payment service: the bank has 15 business days.
    ['card', '2026-08-31', { key: 'rule.ombudsmanOpensPayment', values: { date: '2026-08-31', days: 15 } }, '2026-09-21T21:59:59.999Z'],
    ['debit-card', '2026-10-09', { key: 'rule.ombudsmanOpensPayment', values: { date: '2026-10-09', days: 15 } }, '2026-10-30T22:59:59.999Z'],
    // Otherwise 8 weeks (26 October falls after the clocks went back).
    ['', '2026-08-31', { key: 'rule.ombudsmanOpens', values: { date: '2026-08-31' } }, '2026-10-26T22:59:59.999Z'],
  ] as const)('UK, paid by "%s": with no answer from the bank since %s, the ombudsman step falls due when its time is over', (paymentMethod, on, reason, due) => {
    const steps = [
      { stepId: 'supervisor', on: '2026-08-03' },
      { stepId: 'formal-review', on: '2026-08-10' },
      { stepId: 'card-dispute', on },
    ];
    const a = escalation({ case: { region: 'UK', paymentMethod }, steps, log: [noGo('2026-08-01')] });
    expect(a).toMatchObject({ eventKey: 'outside-body:eight-weeks', title: { key: 'step.fos.title' }, reason });
    expect(utc(a!.dueAt)).toBe(due);
  });

  it('LinkedIn Premium: the formal route is the account review request', () => {
    const a = escalation({
      case: { company: 'LinkedIn', companyKey: 'linkedin', product: 'Premium Career' },
      log: [{ on: '2026-11-04', outcome: 'escalated' }, { on: '2026-11-05', outcome: 'denied' }],
    });
    expect(a).toMatchObject({ title: { key: 'step.linkedinReview.title' }, step: { playbookId: 'linkedin', stepId: 'formal-review' } });
  });

  it('nothing once every rung is climbed', () => {
    const steps = ['supervisor', 'formal-review', 'card-dispute', 'outside-body', 'small-claims'].map((stepId) => ({ stepId, on: '2026-11-02' }));
    expect(escalation({ log: [{ on: '2026-11-09', outcome: 'denied' }], steps })).toBeUndefined();
  });
});
