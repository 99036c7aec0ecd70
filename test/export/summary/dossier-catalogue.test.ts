import { describe, expect, it } from 'vitest';
import { en as dossierEn } from '../../../src/i18n/catalogues/en/dossier';
import { fr as dossierFr } from '../../../src/i18n/catalogues/fr/dossier';

const dossier = { en: dossierEn, fr: dossierFr };

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dossier catalogue', () => {
  it('has the same keys in English and French, none empty', () => {
    expect(Object.keys(dossier.fr).sort()).toEqual(Object.keys(dossier.en).sort());
    const empty = Object.entries({ ...dossier.en, ...dossier.fr }).filter(([, v]) => !v.trim());
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const en = dossier.en as Record<string, string>;
    const fr = dossier.fr as Record<string, string>;
    const mismatched = Object.keys(en).filter((k) => placeholders(en[k]!).join() !== placeholders(fr[k]!).join());
    expect(mismatched).toEqual([]);
  });
});
