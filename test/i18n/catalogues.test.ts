import { describe, expect, it, vi } from 'vitest';
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

  it('no key is in both parts of a language (a part would silently override the other)', async () => {
    const [start, rest] = await Promise.all([import('../../src/i18n/locales/en-start'), import('../../src/i18n/locales/en-rest')]);
    expect(Object.keys(start.messages).filter((k) => k in rest.messages)).toEqual([]);
  });

  it('loads a language in two parts and reports a message shown before its part arrived', async () => {
    // A fresh copy of the module, with nothing loaded yet (the test setup loads both languages in full).
    vi.resetModules();
    const fresh = await import('../../src/i18n/translate');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(fresh.isLanguageLoaded('fr')).toBe(false);

    await fresh.loadLanguage('fr', ['start']);
    expect(fresh.translate('fr', 'nav.home')).toBe('Accueil');
    expect(fresh.hasMessage('fr', 'dossier.card.title')).toBe(false);
    expect(fresh.translate('fr', 'dossier.card.title')).toBe('dossier.card.title');
    expect(fresh.translate('fr', 'dossier.card.title')).toBe('dossier.card.title');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toContain('dossier.card.title');
    expect(fresh.isLanguageLoaded('fr')).toBe(false);

    await fresh.loadLanguage('fr');
    expect(fresh.isLanguageLoaded('fr')).toBe(true);
    expect(fresh.translate('fr', 'dossier.card.title')).toBe('Faire remonter la réclamation');
    expect(fresh.isLanguageLoaded('en')).toBe(false);
  });

  it('follows the browser: French for any fr-*, English otherwise', () => {
    expect(detectLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(detectLanguage(['de-DE'])).toBe('en');
  });
});
