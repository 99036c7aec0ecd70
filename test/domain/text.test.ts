import { describe, expect, it } from 'vitest';
import { companyKeyOf, fold, queryTerms, referenceWords, wordsOf } from '../../src/domain/text';

describe('search normalisation', () => {
  it('folds case and accents', () => {
    expect(fold('Révision ÉTÉ Łódź')).toBe('revision ete łodz');
    expect(wordsOf('Demande de révision, SVP!')).toEqual(['demande', 'de', 'revision', 'svp']);
  });

  it('keeps non-Latin scripts as words', () => {
    expect(wordsOf('Дмитрий Иванов')).toEqual(['дмитрии', 'иванов']);
    expect(wordsOf('مرحبا 😀 hello')).toEqual(['مرحبا', 'hello']);
  });

  it('indexes a reference by its parts and as one code', () => {
    expect(referenceWords('AB-12/34')).toEqual(['ab', '12', '34', 'ab1234']);
    expect(referenceWords('CS1001')).toEqual(['cs1001']);
  });

  it('normalises company names into one key', () => {
    expect(companyKeyOf('  Netflix,  Inc. ')).toBe('netflix inc');
    expect(companyKeyOf('LinkedIn')).toBe(companyKeyOf('linkedin'));
  });

  it('splits queries the same way as the index', () => {
    expect(queryTerms('  Zoë  NF-2026 ')).toEqual(['zoe', 'nf', '2026']);
  });
});
