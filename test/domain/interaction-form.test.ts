import { describe, expect, it } from 'vitest';
import { newInteractionForm, validateInteractionForm } from '../../src/domain/interaction-form';

const NOW = Date.UTC(2026, 10, 22, 14, 37, 12);

describe('interaction form', () => {
  it('starts at now, in the given zone, with the last channel', () => {
    const v = newInteractionForm('c1', NOW, 'Europe/Paris', 'phone');
    expect(v.occurredAt).toBe('2026-11-22T15:37');
    expect(v.channel).toBe('phone');
  });

  it('keeps the exact instant when the prefilled time was not touched', () => {
    const v = { ...newInteractionForm('c1', NOW, 'Europe/Paris', 'chat'), outcome: 'no-resolution', references: [' A-1 ', '', 'B-2'] };
    const r = validateInteractionForm(v, NOW + 60_000);
    expect(r).toMatchObject({ ok: true, input: { occurredAt: NOW, references: ['A-1', 'B-2'] } });
  });

  it('reads an edited time as wall time in the zone, across a DST change', () => {
    const v = { ...newInteractionForm('c1', NOW, 'America/New_York', 'chat'), occurredAt: '2026-03-08T03:30', outcome: 'denied' };
    const r = validateInteractionForm(v, NOW);
    // 8 March 2026 is the US spring-forward day: 03:30 is EDT (UTC-4).
    expect(r).toMatchObject({ ok: true, input: { occurredAt: Date.UTC(2026, 2, 8, 7, 30) } });
  });

  it('refuses a time more than a few minutes ahead, a missing outcome and a bad duration', () => {
    const v = { ...newInteractionForm('c1', NOW, 'UTC', 'chat'), occurredAt: '2026-11-22T14:50', durationMin: '-3', exactAt: undefined };
    expect(validateInteractionForm(v, NOW)).toEqual({ ok: false, errors: { occurredAt: 'dateFuture', outcome: 'required', durationMin: 'durationInvalid' } });
    const ok = { ...v, occurredAt: '2026-11-22T14:40', outcome: 'escalated', durationMin: '12,5' };
    expect(validateInteractionForm(ok, NOW)).toMatchObject({ ok: true, input: { durationSec: 750 } });
  });

  it('keeps the call timer’s exact seconds unless the duration was edited', () => {
    const base = { ...newInteractionForm('c1', NOW, 'UTC', 'phone'), outcome: 'no-resolution', talkSec: 151, holdSec: 1499, durationMin: '27.5' };
    expect(validateInteractionForm(base, NOW)).toMatchObject({ ok: true, input: { durationSec: 1650, talkSec: 151, holdSec: 1499 } });
    expect(validateInteractionForm({ ...base, durationMin: '30' }, NOW)).toMatchObject({ ok: true, input: { durationSec: 1800 } });
  });

  it('requires a case and a real date', () => {
    const v = { ...newInteractionForm('', NOW, 'UTC', 'email'), occurredAt: '2026-02-30T10:00', outcome: 'denied', exactAt: undefined };
    expect(validateInteractionForm(v, NOW)).toEqual({ ok: false, errors: { caseId: 'required', occurredAt: 'dateInvalid' } });
  });
});
