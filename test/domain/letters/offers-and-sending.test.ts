import { describe, expect, it } from 'vitest';
import { nextActions } from '../../../src/domain/follow-up';
import { lettersFor, replyTimerAfterSending, sentLetterInteraction, type LetterKind } from '../../../src/domain/letters';
import type { Interaction } from '../../../src/domain/types';
import { at, bundle, PARIS, SETTINGS, type BundleSpec } from '../follow-up/build';

const NOW = at('2026-11-20T10:00');
const settings = { homeRegion: 'EU' as const, contactsBeforeEscalation: 3 };
const offered = (spec: BundleSpec) => lettersFor(bundle(spec), settings, NOW, PARIS);
const kinds = (spec: BundleSpec) => offered(spec).map((o) => o.kind);
const recommended = (spec: BundleSpec) => offered(spec).filter((o) => o.recommended).map((o) => o.kind);

describe('lettersFor: by region, payment method and the step the case has reached', () => {
  it('a new EU subscription inside its 14 days: withdrawal first, then a complaint', () => {
    const spec: BundleSpec = { case: { region: 'EU', subscriptionStartedOn: '2026-11-10' } };
    expect(recommended(spec)).toEqual(['withdrawal-email', 'withdrawal-form', 'complaint']);
    expect(kinds(spec)).toEqual(['withdrawal-email', 'withdrawal-form', 'complaint', 'bank-dispute', 'formal-notice', 'mediator-referral']);
  });

  it('an EU subscription older than 14 days: withdrawal still offered, with a caution', () => {
    const o = offered({ case: { region: 'EU', subscriptionStartedOn: '2026-09-01' } }).find((x) => x.kind === 'withdrawal-email');
    expect(o).toMatchObject({ recommended: false, caution: 'period-may-be-over' });
  });

  it('France after a written complaint and a refusal: mediator and formal notice', () => {
    const spec: BundleSpec = {
      case: { region: 'EU' },
      log: [{ on: '2026-11-03' }, { on: '2026-11-06', outcome: 'denied', direction: 'inbound' }],
    };
    const b = bundle(spec);
    b.interactions[0]!.channel = 'letter';
    const offers = lettersFor(b, settings, NOW, PARIS);
    expect(offers.filter((o) => o.recommended).map((o) => o.kind)).toEqual(['bank-dispute', 'formal-notice', 'mediator-referral']);
    expect(offers.find((o) => o.kind === 'mediator-referral')?.caution).toBeUndefined();
  });

  it('the mediator needs a written complaint first', () => {
    const o = offered({ case: { region: 'EU' }, log: [{ on: '2026-11-06', outcome: 'denied' }] }).find((x) => x.kind === 'mediator-referral');
    expect(o).toMatchObject({ recommended: false, caution: 'needs-written-complaint' });
  });

  it('the UK: the cancellation form in English only, and a letter before claim', () => {
    const offers = offered({ case: { region: 'UK' } });
    expect(offers.find((o) => o.kind === 'withdrawal-form')?.langs).toEqual(['en']);
    expect(offers.map((o) => o.kind)).toContain('letter-before-claim');
    expect(offers.map((o) => o.kind)).not.toContain('formal-notice');
  });

  it('a US credit card: the billing-error notice while the statement is under 60 days old', () => {
    expect(recommended({ case: { region: 'US', paymentMethod: 'card' }, charges: [{ on: '2026-10-01', statementOn: '2026-10-05' }] })).toContain('billing-error');
    const late = offered({ case: { region: 'US', paymentMethod: 'card' }, charges: [{ on: '2026-08-01', statementOn: '2026-08-05' }] });
    expect(late.find((o) => o.kind === 'billing-error')).toMatchObject({ recommended: false, caution: 'statement-too-old' });
    expect(kinds({ case: { region: 'US', paymentMethod: 'debit-card' } })).not.toContain('billing-error');
  });

  it('no card: no card dispute', () => {
    expect(kinds({ case: { region: 'EU', paymentMethod: 'paypal' } })).not.toContain('bank-dispute');
    expect(kinds({ case: { region: 'EU', paymentMethod: 'bank-transfer' } })).not.toContain('bank-dispute');
  });

  it('reads the home region when the case has none', () => {
    const b = bundle({ case: { region: '' } });
    expect(lettersFor(b, { ...settings, homeRegion: 'UK' }, NOW, PARIS).map((o) => o.kind)).toContain('letter-before-claim');
  });
});

describe('replyTimerAfterSending: the one hook a sent letter goes through', () => {
  it.each<[LetterKind, 'EU' | 'UK' | 'US', string, string | undefined]>([
    ['withdrawal-email', 'EU', 'no-resolution', '2026-12-04'],
    ['withdrawal-form', 'UK', 'no-resolution', '2026-12-04'],
    ['complaint', 'EU', 'no-resolution', '2026-12-04'],
    ['formal-notice', 'EU', 'no-resolution', '2026-12-05'],
    // 15 business days from Friday 20 November 2026.
    ['bank-dispute', 'EU', 'escalated', '2026-12-11'],
    ['bank-dispute', 'UK', 'escalated', '2027-01-15'],
    ['bank-dispute', 'US', 'escalated', '2026-12-04'],
    ['billing-error', 'US', 'escalated', '2026-12-20'],
    ['mediator-referral', 'EU', 'escalated', '2026-12-11'],
    ['letter-before-claim', 'UK', 'no-resolution', '2026-12-04'],
  ])('%s (%s) sent on 20 Nov 2026: %s, reply by %s', (kind, region, outcome, by) => {
    const t = replyTimerAfterSending(kind, region, '2026-11-20');
    expect(t.outcome).toBe(outcome);
    expect(t.promisedBy).toBe(by);
  });
});

describe('sentLetterInteraction: a sent letter as a contact the follow-up rules watch', () => {
  it('records the channel, the time, the tracking number and the reply date', () => {
    const input = sentLetterInteraction({
      caseId: 'c1',
      kind: 'formal-notice',
      region: 'EU',
      channel: 'letter',
      sentAt: at('2026-11-20T16:30'),
      timeZone: PARIS,
      tracking: ' 1A 234 567 8901 2 ',
      summary: 'Mise en demeure\n\nMadame, Monsieur,',
    });
    expect(input).toMatchObject({
      caseId: 'c1',
      channel: 'letter',
      direction: 'outbound',
      references: ['1A 234 567 8901 2'],
      outcome: 'no-resolution',
      promisedBy: '2026-12-05',
      occurredAt: at('2026-11-20T16:30'),
    });
  });

  it('starts the "promise missed" follow-up once the reply date has passed', () => {
    const b = bundle({ case: { region: 'EU' }, log: [{ on: '2026-11-03' }] });
    const input = sentLetterInteraction({ caseId: b.case.id, kind: 'complaint', region: 'EU', channel: 'email', sentAt: at('2026-11-20T09:00'), timeZone: PARIS, summary: 'Complaint' });
    const sent: Interaction = { ...input, id: 'sent-1', createdAt: input.occurredAt, updatedAt: input.occurredAt, words: [] };
    b.interactions.push(sent);
    const actions = nextActions(b, SETTINGS, at('2026-12-05T09:00'), PARIS);
    const missed = actions.find((a) => a.ruleId === 'promise-missed');
    expect(missed?.eventKey).toBe('sent-1');
    expect(missed!.dueAt).toBe(at('2026-12-05T00:00') - 1);
  });
});
