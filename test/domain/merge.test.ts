import { describe, expect, it } from 'vitest';
import { choose, mergeFields, plainText, rebase, undecided, type Edit } from '../../src/domain/merge';

interface V {
  company: string;
  product: string;
  request: string;
  charges: { amount: string; currency: string }[];
}
const base: V = { company: 'Netflix', product: 'Basic', request: 'Refund', charges: [{ amount: '9.99', currency: 'EUR' }] };

describe('mergeFields', () => {
  it.each([
    ['nobody changed it', base.product, base.product, base.product, 'Basic', []],
    ['only mine changed', 'Premium', base.product, 'Premium', 'Premium', []],
    ['only theirs changed', base.product, 'Standard', 'Standard', 'Standard', ['product']],
    ['both changed alike', 'Premium', 'Premium', 'Premium', 'Premium', []],
  ] as const)('%s', (_name, mine, theirs, merged, expected, fromTheirs) => {
    const result = mergeFields(base, { ...base, product: mine }, { ...base, product: theirs });
    expect(result.merged.product).toBe(expected);
    expect(merged).toBe(expected);
    expect(result.fromTheirs).toEqual(fromTheirs);
    expect(result.conflicts).toEqual([]);
  });

  it('keeps mine and reports a conflict when both sides changed a field differently', () => {
    const result = mergeFields(base, { ...base, request: 'Full refund please' }, { ...base, request: 'Partial refund' });
    expect(result.conflicts).toEqual(['request']);
    expect(result.merged.request).toBe('Full refund please');
  });

  it('compares lists by value', () => {
    const theirs = { ...base, charges: [{ amount: '9.99', currency: 'EUR' }, { amount: '4.00', currency: 'EUR' }] };
    const result = mergeFields(base, { ...base, charges: [{ amount: '9.99', currency: 'EUR' }] }, theirs);
    expect(result.merged.charges).toHaveLength(2);
    expect(result.fromTheirs).toEqual(['charges']);
  });
});

describe('rebase and choose', () => {
  it('moves the edit onto the stored version and waits for a choice on each conflict', () => {
    const edit: Edit<V> = { values: { ...base, product: 'Premium', request: 'Mine' }, base: { rev: '1-a', values: base } };
    const theirs = { ...base, company: 'Netflix Inc', request: 'Theirs' };
    const next = rebase(edit, theirs, '2-b');
    expect(next.base).toEqual({ rev: '2-b', values: theirs });
    expect(next.values).toMatchObject({ company: 'Netflix Inc', product: 'Premium', request: 'Mine' });
    expect(next.conflict).toEqual({ fields: [{ name: 'request', mine: 'Mine', theirs: 'Theirs' }], fromTheirs: ['company'] });
    expect(undecided(next)).toBe(true);

    const decided = choose(next, 'request', 'theirs');
    expect(decided.values.request).toBe('Theirs');
    expect(undecided(decided)).toBe(false);
    // Changing one's mind brings one's own text back: nothing is dropped by choosing.
    expect(choose(decided, 'request', 'mine').values.request).toBe('Mine');
  });

  it('a draft with no base (written before revisions) merges against the stored version as its base', () => {
    const next = rebase<V>({ values: { ...base, product: 'Premium' } }, base, '3-c');
    expect(next.conflict).toBeUndefined();
    expect(next.values.product).toBe('Premium');
  });
});

describe('plainText', () => {
  it('shows strings, numbers and lists of objects without their ids', () => {
    expect(plainText([{ id: 'x', amount: '9.99', currency: 'EUR' }, { amount: '1', currency: 'USD' }])).toBe('9.99 EUR; 1 USD');
    expect(plainText(42)).toBe('42');
    expect(plainText(undefined)).toBe('');
  });
});
