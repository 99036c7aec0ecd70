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

  it('an empty case region follows the home region setting', () => {
    const steps = ['supervisor', 'card-dispute'].map((stepId) => ({ stepId, on: '2026-11-02' }));
    const a = nextActions(bundle({ log: [{ on: '2026-11-09', outcome: 'denied' }], steps, case: { region: '' } }), { ...SETTINGS, homeRegion: 'US' }, NOW, PARIS);
    expect(a.find((x) => x.ruleId === 'escalate')?.title.key).toBe('step.cfpb.title');
  });

  it('LinkedIn Premium, not paid by card or PayPal: the formal route is the account review request', () => {
    const a = escalation({
      case: { company: 'LinkedIn', companyKey: 'linkedin', product: 'Premium Career', paymentMethod: 'other' },
      log: [{ on: '2026-11-04', outcome: 'escalated' }, { on: '2026-11-05', outcome: 'denied' }],
    });
    expect(a).toMatchObject({ title: { key: 'step.linkedinReview.title' }, step: { playbookId: 'linkedin', stepId: 'formal-review' } });
  });
});
