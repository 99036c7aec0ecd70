import { describe, expect, it } from 'vitest';
import type { CaseBundle } from '../../../src/domain/case-bundle';
import { buildLetter, LETTER_KINDS, lettersFor, MODEL_FORMS, type LetterKind, type LetterLang } from '../../../src/domain/letters';
import type { Region } from '../../../src/domain/types';
import { at, bundle, PARIS } from '../follow-up/build';

const NOW = at('2026-11-20T10:00');
const opts = { now: NOW, timeZone: PARIS };
const settings = { homeRegion: 'EU' as const, contactsBeforeEscalation: 3 };
const REGIONS: Region[] = ['EU', 'UK', 'US', 'CA', 'OTHER'];

/** A case that holds every fact a letter can quote. */
function fullCase(region: Region = 'EU'): CaseBundle {
  const b = bundle({
    case: {
      region,
      company: 'Streamflix',
      product: 'Premium plan',
      accountId: 'jan@example.com',
      reason: 'cancellation-issue',
      cancelledOn: '2026-10-28',
      subscriptionStartedOn: '2026-11-10',
      request: 'Refund both charges.',
    },
    charges: [{ on: '2026-11-01', statementOn: '2026-11-05' }, { on: '2026-10-01' }],
    log: [
      { on: '2026-11-03', refs: ['CS-1001'] },
      { on: '2026-11-06', refs: ['CS-1001', 'CS-2002'], outcome: 'denied', direction: 'inbound' },
    ],
    evidence: ['bank-statement', 'cancellation-confirmation'],
  });
  b.charges[1]!.amount = { minor: 1500, currency: 'USD' };
  return b;
}

/** Every template that exists: each kind offered somewhere, in each language it has. */
function everyTemplate(): { kind: LetterKind; lang: LetterLang; region: Region }[] {
  const out: { kind: LetterKind; lang: LetterLang; region: Region }[] = [];
  for (const region of REGIONS) {
    const offers = lettersFor(fullCase(region), settings, NOW, PARIS);
    for (const o of offers) for (const lang of o.langs) out.push({ kind: o.kind, lang, region });
  }
  return out;
}

describe('buildLetter: every template is filled from the case', () => {
  const all = everyTemplate();

  it('covers every kind of letter', () => {
    expect(new Set(all.map((t) => t.kind))).toEqual(new Set(LETTER_KINDS));
  });

  it.each(all)('$kind in $lang for $region leaves no placeholder and flags only what the case lacks', ({ kind, lang, region }) => {
    const letter = buildLetter(kind, lang, fullCase(region), settings, opts);
    expect(letter.body).not.toMatch(/\{\w+\}/);
    expect(letter.subject).not.toMatch(/\{\w+\}/);
    expect(letter.body).toContain('Streamflix');
    // The person's own name and address are never stored: they are flagged, never invented.
    const fields = letter.blanks.map((b) => b.field);
    expect(fields).toContain('yourName');
    for (const b of letter.blanks) expect(letter.body + letter.subject).toContain(b.marker);
    for (const known of ['product', 'account', 'cancelledOn', 'chargeList', 'outstanding', 'firstContactOn']) expect(fields).not.toContain(known);
  });

  it.each(all.filter((t) => t.lang === 'fr'))('$kind in French for $region uses French spacing and no "(s)" plurals', ({ kind, region }) => {
    const letter = buildLetter(kind, 'fr', fullCase(region), settings, opts);
    const text = `${letter.subject}\n${letter.body}`;
    expect(text).not.toMatch(/ [:;?!»]/);
    expect(text).not.toMatch(/« /);
    // Only the official form keeps the law's own "consommateur(s)".
    const own = kind === 'withdrawal-form' ? text.replaceAll('consommateur(s)', '') : text;
    expect(own).not.toMatch(/\w\(s\)/);
  });
});

describe('buildLetter: dates, amounts and references', () => {
  it('quotes them in English', () => {
    const l = buildLetter('complaint', 'en', fullCase(), settings, opts);
    expect(l.body).toContain('- 1 November 2026: €13.99 (statement of 5 November 2026)');
    expect(l.body).toContain('- 1 October 2026: US$15.00');
    expect(l.body).toContain('I cancelled my subscription on 28 October 2026');
    expect(l.body).toContain('References you gave me: CS-1001, CS-2002.');
    expect(l.body).toContain('On 6 November 2026 my request was refused.');
    expect(l.body).toContain('I ask you to refund €13.99 and US$15.00 in full.');
    expect(l.body).toContain('once since 3 November 2026');
    expect(l.body).toContain('Please reply in writing by 4 December 2026.');
    expect(l.body).toContain('Enclosed: the bank statement showing the charges and the cancellation confirmation.');
    expect(l.replyBy).toBe('2026-12-04');
  });

  it('quotes them in French', () => {
    const l = buildLetter('formal-notice', 'fr', fullCase(), settings, opts);
    expect(l.body).toContain('Lettre recommandée avec accusé de réception');
    expect(l.body).toContain('Objet\u00a0: Mise en demeure\u00a0: remboursement de 13,99\u00a0€ et 15,00\u00a0$US');
    expect(l.body).toContain('– 1 novembre 2026\u00a0: 13,99\u00a0€ (relevé du 5 novembre 2026)');
    expect(l.body).toContain('au plus tard le 5 décembre 2026');
    expect(l.body).toContain('Références\u00a0: CS-1001, CS-2002.');
    expect(l.body).toContain('article 1344 du Code civil');
    expect(l.registeredPost).toBe(true);
  });

  it('writes US dates the American way in a US billing-error notice', () => {
    const l = buildLetter('billing-error', 'en', fullCase('US'), settings, opts);
    expect(l.body).toContain('my statement dated November 5, 2026');
    expect(l.body).toContain('12 CFR 1026.13');
    expect(l.rules).toEqual(['us-billing-error']);
  });
});

describe('buildLetter: missing facts are flagged for the person to fill', () => {
  const bare = () => bundle({ case: { company: 'Streamflix', product: '', accountId: '', reason: 'cancellation-issue', region: 'EU' }, charges: [] });

  it('marks each missing fact in the text and lists it, in English', () => {
    const l = buildLetter('complaint', 'en', bare(), settings, opts);
    const fields = l.blanks.map((b) => b.field);
    expect(fields).toEqual(expect.arrayContaining(['yourName', 'yourAddress', 'companyAddress', 'product', 'cancelledOn', 'outstanding']));
    expect(l.body).toContain('[to fill: the date you cancelled]');
    expect(l.body).not.toContain('My account:');
    expect(l.body).not.toContain('The charges concerned');
  });

  it('marks them in French too', () => {
    const l = buildLetter('mediator-referral', 'fr', bare(), settings, opts);
    expect(l.body).toContain('[à compléter\u00a0: la date de votre réclamation écrite à l’entreprise]');
    expect(l.blanks.map((b) => b.field)).toContain('mediatorName');
  });
});

describe('the model withdrawal forms are the law’s own words', () => {
  const norm = (s: string) => s.replaceAll('\u00a0', ' ');
  it.each([
    ['EU', 'en', 'eu'],
    ['EU', 'fr', 'fr'],
    ['UK', 'en', 'uk'],
  ] as const)('%s in %s', (region, lang, form) => {
    const l = buildLetter('withdrawal-form', lang, fullCase(region), settings, opts);
    const body = norm(l.body);
    expect(body.startsWith(MODEL_FORMS[form].title)).toBe(true);
    for (const line of MODEL_FORMS[form].lines) {
      if (line.addressee) expect(body).toContain(norm(line.text).replace(/\[[^\]]*\]/, 'Streamflix, [').split('[')[0]!);
      else expect(body).toContain(norm(line.text));
    }
  });

  it('prints the EU form as Annex I(B) words it', () => {
    const lines = MODEL_FORMS.eu.lines.map((l) => l.text);
    expect(lines).toContain('— I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods (*)/for the provision of the following service (*),');
    expect(lines.at(-1)).toBe('(*) Delete as appropriate.');
  });

  it('prints the French form as the annex to R221-1 words it', () => {
    const lines = MODEL_FORMS.fr.lines.map((l) => l.text);
    expect(lines).toContain('Je/nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat portant sur la vente du bien (*)/pour la prestation de services (*) ci-dessous :');
    expect(lines).toContain('Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) :');
  });
});
