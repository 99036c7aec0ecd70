import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { detectLanguage, translate } from '../../src/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('English and French have exactly the same keys', () => {
    expect(Object.keys(messages.fr).sort()).toEqual(Object.keys(messages.en).sort());
  });

  it('no message is empty and both languages use the same placeholders', () => {
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      expect(messages.en[key].trim(), key).not.toBe('');
      expect(messages.fr[key].trim(), key).not.toBe('');
      expect(placeholders(messages.fr[key]), key).toEqual(placeholders(messages.en[key]));
    }
  });

  it('fills placeholders, formatting numbers for the language', () => {
    expect(translate('fr', 'error.formSummary', { count: 1200 })).toBe('Veuillez corriger 1\u202f200 problème(s) ci-dessous.');
    expect(translate('en', 'error.formSummary', { count: 3 })).toBe('Please fix 3 problem(s) below.');
  });

  it('follows the browser: French for any fr-*, English otherwise', () => {
    expect(detectLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(detectLanguage(['de-DE'])).toBe('en');
  });
});
