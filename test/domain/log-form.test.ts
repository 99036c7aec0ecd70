import { describe, expect, it } from 'vitest';
import { newInteractionForm } from '../../src/domain/interaction-form';
import { validateLogForm } from '../../src/domain/log-form';

const NOW = Date.UTC(2026, 10, 20, 12);
const TODAY = '2026-11-20';
const contact = (caseId: string) => ({ ...newInteractionForm(caseId, NOW, 'Europe/Paris', 'chat'), outcome: 'no-resolution' });

describe('validateLogForm', () => {
  it('gives the contact for an existing case, with its case id', () => {
    const result = validateLogForm(contact('case-1'), null, NOW, TODAY);
    expect(result).toMatchObject({ ok: true, kind: 'existing-case', input: { caseId: 'case-1', channel: 'chat', outcome: 'no-resolution' } });
  });

  it('asks for a case when neither an existing one nor a new one is given', () => {
    const result = validateLogForm(contact(''), null, NOW, TODAY);
    expect(result).toEqual({ ok: false, errors: { caseId: 'required' } });
  });

  it('gives the new case and a contact without any case id when the contact starts a case', () => {
    const result = validateLogForm(contact('__new__'), { company: 'Streamflix', reason: 'billing-error' }, NOW, TODAY);
    expect(result.ok && result.kind).toBe('new-case');
    if (!result.ok || result.kind !== 'new-case') return;
    expect(result.caseInput).toMatchObject({ company: 'Streamflix', reason: 'billing-error' });
    expect(result.contact).not.toHaveProperty('caseId');
    expect(result.contact.outcome).toBe('no-resolution');
  });

  it('reports the new case problems and the contact problems together', () => {
    const v = { ...contact('__new__'), outcome: '' };
    const result = validateLogForm(v, { company: '', reason: '' }, NOW, TODAY);
    expect(result).toEqual({ ok: false, errors: { outcome: 'required', newCompany: 'required', newReason: 'required' } });
  });
});
