import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../src/domain/deadlines';
import { dossierDeadlines } from '../../../src/export/pdf/rule-items';
import { messages } from '../../../src/i18n/messages';
import { bundle, SETTINGS } from '../../domain/follow-up/build';

const LONDON = 'Europe/London';
const estimatedNote = { en: messages.en['deadline.estimated'], fr: messages.fr['deadline.estimated'] };

describe('dossier deadlines: the "statement date not recorded" note', () => {
  it.each(['en', 'fr'] as const)('is on a US notice counted from the charge date, and not on the UK ombudsman limit (%s)', (lang) => {
    const us = bundle({ timeZone: 'America/New_York', case: { region: 'US', paymentMethod: 'card' }, charges: [{ on: '2026-11-02' }] });
    const uk = bundle({ timeZone: LONDON, case: { region: 'UK', paymentMethod: 'card' }, steps: [{ stepId: 'card-dispute', on: '2026-11-10' }] });
    const usItems = dossierDeadlines(computeDeadlines(us, SETTINGS, 'America/New_York'), lang);
    const ukItems = dossierDeadlines(computeDeadlines(uk, SETTINGS, LONDON), lang);

    const notice = usItems.find((d) => d.source?.includes('Regulation Z'));
    expect(notice?.note).toContain(estimatedNote[lang]);
    const limit = ukItems.find((d) => d.source?.includes('DISP 2.8'));
    expect(limit).toBeDefined();
    expect(limit?.note).not.toContain(estimatedNote[lang]);
    expect(ukItems.every((d) => !d.note?.includes(estimatedNote[lang]))).toBe(true);
  });

  it('is left off a US notice whose statement date is recorded', () => {
    const us = bundle({ timeZone: 'America/New_York', case: { region: 'US', paymentMethod: 'card' }, charges: [{ on: '2026-11-02', statementOn: '2026-11-05' }] });
    const items = dossierDeadlines(computeDeadlines(us, SETTINGS, 'America/New_York'), 'en');
    expect(items.find((d) => d.source?.includes('Regulation Z'))?.note).not.toContain(estimatedNote.en);
  });
});
