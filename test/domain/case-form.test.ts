import { describe, expect, it } from 'vitest';
import { caseToForm, emptyCaseForm, validateCaseForm, type CaseFormValues } from '../../src/domain/case-form';

const TODAY = '2026-11-22';
const valid = (over: Partial<CaseFormValues> = {}): CaseFormValues => ({
  ...emptyCaseForm(),
  company: 'Netflix',
  reason: 'cancellation-issue',
  charges: [
    { chargedOn: '2026-11-02', statementOn: '', amount: '13,99', currency: 'EUR', description: '' },
    { chargedOn: '2026-10-02', statementOn: '2026-10-05', amount: '1500', currency: 'jpy', description: 'Yen charge' },
  ],
  ...over,
});

describe('case form validation', () => {
  it('converts a valid form, with amounts in minor units of each currency', () => {
    const r = validateCaseForm(valid(), TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.company).toBe('Netflix');
    expect(r.input.charges).toEqual([
      { chargedOn: '2026-11-02', amount: { minor: 1399, currency: 'EUR' } },
      { chargedOn: '2026-10-02', statementOn: '2026-10-05', amount: { minor: 1500, currency: 'JPY' }, description: 'Yen charge' },
    ]);
  });

  it('names every problem by field path', () => {
    const r = validateCaseForm(
      valid({
        company: '  ',
        reason: '',
        cancelledOn: '2026-01-01',
        subscriptionStartedOn: '2026-02-01',
        charges: [
          { chargedOn: '2026-12-01', statementOn: '', amount: '12.345', currency: 'EUR', description: '' },
          { chargedOn: '2026-13-45', statementOn: '', amount: '5', currency: 'XXQ', description: '' },
          { chargedOn: '2026-11-10', statementOn: '2026-11-01', amount: '-3', currency: 'USD', description: '' },
        ],
      }),
      TODAY,
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        company: 'required',
        reason: 'required',
        cancelledOn: 'cancelBeforeStart',
        'charges.0.chargedOn': 'dateFuture',
        'charges.0.amount': 'amountDecimals',
        'charges.1.chargedOn': 'dateInvalid',
        'charges.1.amountCurrency': 'currencyUnknown',
        'charges.2.statementOn': 'statementBeforeCharge',
        'charges.2.amount': 'amountNegative',
      },
    });
  });

  it('keeps one refunded amount per currency', () => {
    const r = validateCaseForm(valid({ refunded: [{ amount: '5', currency: 'EUR' }, { amount: '2', currency: 'eur' }, { amount: 'x', currency: 'USD' }] }), TODAY);
    expect(r).toEqual({ ok: false, errors: { 'refunded.1.amountCurrency': 'currencyRepeated', 'refunded.2.amount': 'amountInvalid' } });
  });

  it('round-trips a stored case through the form', () => {
    const r = validateCaseForm(valid({ status: 'waiting', outcome: 'partial-refund', refunded: [{ amount: '5', currency: 'EUR' }, { amount: '1000', currency: 'JPY' }] }), TODAY);
    if (!r.ok) throw new Error('expected valid');
    const stored = {
      ...r.input,
      id: 'c1', companyKey: 'netflix', createdAt: 0, updatedAt: 0, lastActivityAt: 0, disputed: [], words: [], timeZone: 'Europe/Paris',
      status: r.input.status!,
    };
    const charges = r.input.charges.map((c, i) => ({ ...c, id: `ch${i}`, caseId: 'c1', createdAt: 0, updatedAt: 0 }));
    const back = caseToForm(stored, charges);
    expect(back.refunded).toEqual([{ amount: '5.00', currency: 'EUR' }, { amount: '1000', currency: 'JPY' }]);
    expect(back.charges.map((c) => [c.amount, c.currency])).toEqual([['13.99', 'EUR'], ['1500', 'JPY']]);
    expect(validateCaseForm(back, TODAY)).toMatchObject({ ok: true, input: { ...r.input, charges: r.input.charges.map((c, i) => ({ ...c, id: `ch${i}` })) } });
  });
});
