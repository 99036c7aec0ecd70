import { describe, expect, it } from 'vitest';
import type { CaseBundle } from '../../../src/domain/case-bundle';
import { buildEscalationSummary } from '../../../src/export/summary/escalation-summary';
import { promisesOf } from '../../../src/export/summary/promises';
import { interactionAt } from '../dossier-fixture';
import { SUMMARY_NOW, summaryBundle } from './summary-fixture';

/** Intl puts narrow and ordinary no-break spaces in French numbers; compare them as plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('escalation summary', () => {
  it('states the case, every contact, the promises and the request, in English', () => {
    expect(buildEscalationSummary(summaryBundle(), { lang: 'en', now: SUMMARY_NOW })).toBe(
      `Refund request: Streamflix Europe, Premium plan (4K)
Account: jan.kowalski@example.pl
Reason: Charged after cancelling

Subscription started on 14 Mar 2025.
Subscription cancelled on 20 Aug 2026.
The problem started on 28 Sept 2026.
I have been recording this case since 3 Nov 2026.
Disputed: €35.98. Refunded so far: €0.00. Still owed: €35.98.

My contacts with Streamflix Europe (3):
1. 3 Nov 2026, 10:30 GMT+1 – Chat – Łukasz Wiśniewski (ID LW7) – ref. CHAT-118
   Asked for a refund of both charges. The agent said a supervisor would reply. Outcome: Reply promised.
2. 10 Nov 2026, 10:05 EST – Phone – Дмитрий Иванов – ref. PH-2201, TK-99
   Supervisor agreed to refund €35.98. Outcome: Refund promised.
3. 12 Nov 2026, 09:00 GMT+1 – Email (incoming) – agent not named – no reference given
   Outcome: Reply promised.

Promises made to me:
- 3 Nov 2026: a reply by 6 Nov 2026 (ref. CHAT-118): not kept.
- 10 Nov 2026: a refund by 14 Nov 2026 (ref. PH-2201, TK-99): not kept.
- 12 Nov 2026: a reply by 25 Nov 2026 (no reference given): still pending.

What I am asking for now: a full refund of €35.98.
In my words: “Refund the two charges taken after I cancelled on 20 August.”
`,
    );
  });

  it('says the same in French, with French dates, money and punctuation', () => {
    expect(plain(buildEscalationSummary(summaryBundle(), { lang: 'fr', now: SUMMARY_NOW }))).toBe(
      `Demande de remboursement : Streamflix Europe, Premium plan (4K)
Compte : jan.kowalski@example.pl
Motif : Prélevé après résiliation

Abonnement souscrit le 14 mars 2025.
Abonnement résilié le 20 août 2026.
Le problème a commencé le 28 sept. 2026.
Je consigne ce dossier depuis le 3 nov. 2026.
Montant contesté : 35,98 €. Déjà remboursé : 0,00 €. Restant dû : 35,98 €.

Mes échanges avec Streamflix Europe (3) :
1. 3 nov. 2026, 10:30 UTC+1 – Chat – Łukasz Wiśniewski (ID LW7) – réf. CHAT-118
   Asked for a refund of both charges. The agent said a supervisor would reply. Résultat : Réponse promise.
2. 10 nov. 2026, 10:05 UTC−5 – Téléphone – Дмитрий Иванов – réf. PH-2201, TK-99
   Supervisor agreed to refund €35.98. Résultat : Remboursement promis.
3. 12 nov. 2026, 09:00 UTC+1 – E-mail (entrant) – conseiller non nommé – aucune référence donnée
   Résultat : Réponse promise.

Promesses qui m’ont été faites :
- 3 nov. 2026 : une réponse pour le 6 nov. 2026 (réf. CHAT-118) : non tenue.
- 10 nov. 2026 : un remboursement pour le 14 nov. 2026 (réf. PH-2201, TK-99) : non tenue.
- 12 nov. 2026 : une réponse pour le 25 nov. 2026 (aucune référence donnée) : en attente.

Ce que je demande aujourd’hui : le remboursement intégral de 35,98 €.
Selon mes propres termes : « Refund the two charges taken after I cancelled on 20 August. »
`,
    );
  });

  it('lists every one of many contacts with its reference, numbered in order', () => {
    const b = summaryBundle();
    b.interactions = Array.from({ length: 40 }, (_, n) => interactionAt(n));
    const text = buildEscalationSummary(b, { lang: 'en', now: SUMMARY_NOW });
    expect(text).toContain('My contacts with Streamflix Europe (40):');
    for (let n = 0; n < 40; n++) expect(text).toMatch(new RegExp(`^${n + 1}\\. .* ref\\. RT-${String(n).padStart(4, '0')}`, 'm'));
  });

  it('copes with a case that has no contacts, charges or request text yet', () => {
    const b: CaseBundle = { ...summaryBundle(), interactions: [], charges: [] };
    b.case = { ...b.case, request: '', subscriptionStartedOn: undefined, cancelledOn: undefined, requestKind: 'credit' };
    const en = buildEscalationSummary(b, { lang: 'en', now: SUMMARY_NOW });
    expect(en).toContain('No contact with the company is recorded yet.');
    expect(en).toContain('No promise was made to me.');
    expect(en).toContain('What I am asking for now: Account credit.');
    expect(en).not.toContain('Disputed:');
    expect(en).not.toContain('The problem started');
    const fr = buildEscalationSummary(b, { lang: 'fr', now: SUMMARY_NOW });
    expect(fr).toContain('Aucun échange avec l’entreprise n’est encore consigné.');
    expect(fr).toContain('Ce que je demande aujourd’hui : Avoir sur le compte.');
  });

  it('asks for what is still owed, per currency, after a partial refund', () => {
    const b = summaryBundle();
    b.charges.push({ id: 'c3', caseId: 'case-1', createdAt: 0, updatedAt: 0, chargedOn: '2026-10-30', amount: { minor: 499, currency: 'USD' } });
    b.case = { ...b.case, refunded: [{ minor: 1799, currency: 'EUR' }] };
    const text = buildEscalationSummary(b, { lang: 'en', now: SUMMARY_NOW });
    expect(text).toContain('Disputed: €35.98 + $4.99. Refunded so far: €17.99 + $0.00. Still owed: €17.99 + $4.99.');
    expect(text).toContain('What I am asking for now: a full refund of €17.99 + $4.99.');
  });
});

describe('promises', () => {
  const at = (iso: string) => Date.parse(iso);

  it('counts a reply promise kept when the company wrote back by the end of the promised day', () => {
    const b = summaryBundle();
    b.interactions = [
      interactionAt(0, { occurredAt: at('2026-11-03T09:00:00Z'), timeZone: 'Europe/Paris', outcome: 'reply-promised', promisedBy: '2026-11-06' }),
      // 23:30 in Paris on the 6th is still the promised day.
      interactionAt(1, { occurredAt: at('2026-11-06T22:30:00Z'), timeZone: 'Europe/Paris', direction: 'inbound', outcome: 'info-requested' }),
    ];
    expect(promisesOf(b, SUMMARY_NOW).map((p) => p.state)).toEqual(['kept']);
  });

  it('does not count an inbound reply after the promised day', () => {
    const b = summaryBundle();
    b.interactions = [
      interactionAt(0, { occurredAt: at('2026-11-03T09:00:00Z'), timeZone: 'Europe/Paris', outcome: 'reply-promised', promisedBy: '2026-11-06' }),
      interactionAt(1, { occurredAt: at('2026-11-06T23:30:00Z'), timeZone: 'Europe/Paris', direction: 'inbound', outcome: 'info-requested' }),
    ];
    expect(promisesOf(b, SUMMARY_NOW).map((p) => p.state)).toEqual(['missed']);
  });

  it('needs a refund, not just a reply, to keep a refund promise', () => {
    const b = summaryBundle();
    b.interactions = [
      interactionAt(0, { occurredAt: at('2026-11-03T09:00:00Z'), outcome: 'refund-promised', promisedBy: '2026-11-10' }),
      interactionAt(1, { occurredAt: at('2026-11-05T09:00:00Z'), direction: 'inbound', outcome: 'info-requested' }),
      interactionAt(2, { occurredAt: at('2026-11-08T09:00:00Z'), direction: 'inbound', outcome: 'refund-issued' }),
    ];
    expect(promisesOf(b, SUMMARY_NOW).map((p) => [p.kind, p.state])).toEqual([['refund', 'kept']]);
    b.interactions.pop();
    expect(promisesOf(b, SUMMARY_NOW).map((p) => [p.kind, p.state])).toEqual([['refund', 'missed']]);
  });

  it('keeps a promise pending until its day has ended', () => {
    const b = summaryBundle();
    b.interactions = [interactionAt(0, { occurredAt: at('2026-11-18T09:00:00Z'), timeZone: 'Europe/Paris', outcome: 'reply-promised', promisedBy: '2026-11-20' })];
    expect(promisesOf(b, at('2026-11-20T22:59:00Z'))[0]!.state).toBe('pending');
    expect(promisesOf(b, at('2026-11-20T23:00:00Z'))[0]!.state).toBe('missed');
  });
});
