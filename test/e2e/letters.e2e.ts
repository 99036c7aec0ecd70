/**
 * End to end at 390x844 in real Chromium: a case imported from a backup file gets a formal complaint
 * written from it; the person edits it, makes its PDF (read back with pdftotext) and records it as
 * sent by registered post. The letter screens are photographed in English and French, light and dark.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { caseRecord, charge, DAY, emptyRecords, envelope, interaction, uuidOf } from './export-file';
import { openApp, phoneSuite, screenshot } from './harness';

const OUT = '/tmp/letters-e2e';
const suite = phoneSuite();
const CASE_ID = uuidOf(18, 1);

async function importCase(page: Page, lang: 'en' | 'fr'): Promise<void> {
  const m = messages[lang];
  const now = Date.now();
  const records = emptyRecords();
  records.cases.push(
    caseRecord(CASE_ID, now - 20 * DAY, {
      company: 'Zdrój Média',
      companyKey: 'zdroj media',
      product: 'Premium 4K',
      accountId: 'jan.kowalski@example.pl',
      region: 'EU',
      paymentMethod: 'card',
      cancelledOn: '2026-10-28',
    }),
  );
  records.charges.push(charge(uuidOf(19, 1), CASE_ID, now - 10 * DAY, { chargedOn: '2026-11-02', amount: { minor: 1799, currency: 'EUR' } }));
  records.interactions.push(
    interaction(uuidOf(20, 1), CASE_ID, now - 8 * DAY, { references: ['PL-2026-4471'], agentName: 'Łukasz', summary: 'Asked for the refund.' }),
    interaction(uuidOf(20, 2), CASE_ID, now - 6 * DAY, { references: ['PL-2026-4480'], direction: 'inbound', outcome: 'denied', summary: 'Refused.' }),
  );
  await openApp(page, '/settings');
  await page.getByLabel(m['backup.restore.pick']).setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope(records, now))) });
  await page.getByRole('button', { name: m['backup.restore.confirm'], exact: true }).click();
  await page.locator('[role="status"]').filter({ hasText: new RegExp(`^${m['backup.restore.done'].split('{')[0]!}`) }).first().waitFor({ timeout: 30_000 });
}

describe('letters', () => {
  it('writes a complaint from an imported case, edits it, makes its PDF and records it as sent', async () => {
    const en = messages.en;
    const { page } = await suite.open();
    await importCase(page, 'en');
    await openApp(page, `/cases/${CASE_ID}`);
    const card = page.getByRole('region', { name: en['letters.card.title'] });
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'letters-en-light-card');
    await card.getByRole('link', { name: new RegExp(en['letters.kind.complaint']) }).click();
    await page.getByRole('heading', { level: 1, name: en['letters.kind.complaint'] }).waitFor();
    await screenshot(page, 'letters-en-light-editor');

    const body = page.getByRole('textbox', { name: en['letters.editor.body'] });
    const built = await body.inputValue();
    expect(built).toContain('2 November 2026: €17.99');
    expect(built).toContain('PL-2026-4471, PL-2026-4480');
    await body.fill(`${built.replaceAll('[to fill: your full name]', 'Jan Kowalski')}\n\nP.S. Zażółć gęślą jaźń.`);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: en['letters.actions.pdf'], exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^letter-zdroj-media-\d{4}-\d{2}-\d{2}\.pdf$/);
    mkdirSync(OUT, { recursive: true });
    const path = `${OUT}/complaint.pdf`;
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const wanted of ['Jan Kowalski', 'Zdrój Média', '€17.99', 'PL-2026-4471', 'P.S. Zażółć gęślą jaźń.', '[to fill: your postal address]']) expect(text).toContain(wanted);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);

    const mailto = await page.getByRole('link', { name: en['letters.actions.email'] }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:\?subject=Formal%20complaint%3A%20Zdr%C3%B3j%20M%C3%A9dia/);

    await page.getByRole('radio', { name: en['letters.send.channel.letter'] }).check();
    await page.getByRole('textbox', { name: new RegExp(en['letters.send.tracking']) }).fill('1A 234 567 8901 2');
    await page.getByRole('button', { name: en['letters.send.record'] }).click();
    await page.getByRole('alert').filter({ hasText: /Facts still to fill in/ }).waitFor();
    await page.getByRole('button', { name: en['letters.send.record'] }).click();
    await page.getByText(/^Recorded on the case\. Answer expected by/).waitFor();
    await page.locator('.letter-send').scrollIntoViewIfNeeded();
    await screenshot(page, 'letters-en-light-sent');

    await page.getByRole('link', { name: en['letters.page.back'] }).first().click();
    await page.getByText('1A 234 567 8901 2').first().waitFor();
    await page.getByText(/Letter sent: Formal complaint: Zdrój Média/).first().waitFor();
  });

  it('shows the letter screens in French, dark', async () => {
    const fr = messages.fr;
    const { page } = await suite.open({ locale: 'fr-FR', colorScheme: 'dark' });
    await importCase(page, 'fr');
    await openApp(page, `/cases/${CASE_ID}`);
    const card = page.getByRole('region', { name: fr['letters.card.title'] });
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'letters-fr-dark-card');
    await card.getByRole('link', { name: new RegExp(fr['letters.kind.formal-notice']) }).click();
    await page.getByRole('heading', { level: 1, name: fr['letters.kind.formal-notice'] }).waitFor();
    await page.getByRole('radio', { name: 'Français' }).check();
    const body = await page.getByRole('textbox', { name: fr['letters.editor.body'] }).inputValue();
    expect(body).toContain('Par la présente, je vous mets en demeure de me rembourser la somme de 17,99\u00a0€');
    await screenshot(page, 'letters-fr-dark-editor');
    await page.locator('.letter-sources').scrollIntoViewIfNeeded();
    await screenshot(page, 'letters-fr-dark-sources');
  });

  it('shows the letter screen in English, dark, and in French, light', async () => {
    for (const [locale, colorScheme, lang] of [['en-GB', 'dark', 'en'], ['fr-FR', 'light', 'fr']] as const) {
      const m = messages[lang];
      const phone = await suite.open({ locale, colorScheme });
      await importCase(phone.page, lang);
      await openApp(phone.page, `/cases/${CASE_ID}/letters/withdrawal-form`);
      await phone.page.getByRole('heading', { level: 1, name: m['letters.kind.withdrawal-form'] }).waitFor();
      await screenshot(phone.page, `letters-${lang}-${colorScheme}-withdrawal-form`);
    }
  });
});
