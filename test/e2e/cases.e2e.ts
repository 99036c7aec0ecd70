/**
 * End to end at 390x844: a case with two charges in two currencies, a chat logged with an
 * agent and two reference numbers, the case found by one reference and by an accent-free word, then
 * closed and reopened. Bad input is answered inline and nothing typed is lost.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { caseRecord, emptyRecords, envelope, uuidOf } from './export-file';
import {
  openApp,
  phoneSuite,
  screenshot,
} from './harness';

const en = messages.en;
const suite = phoneSuite();

async function fillCharge(page: Page, index: number, amount: string, currency: string, date: string) {
  const charge = page.getByRole('group', { name: `Charge ${index + 1}` });
  await charge.getByLabel(en['caseForm.amount']).fill(amount);
  await charge.getByLabel(en['caseForm.currency']).fill(currency);
  await charge.getByLabel(en['caseForm.chargedOn']).fill(date);
}

describe('cases and the interaction log', () => {
  it('creates, logs, finds, closes and reopens a case', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await openApp(page, '/');
    await screenshot(page, 'cases-home-empty');

    await page.getByRole('link', { name: en['nav.newCase'] }).click();
    await page.getByLabel(en['caseForm.company'], { exact: true }).fill('LinkedIn');
    await page.getByLabel(en['caseForm.product']).fill('Premium Career');
    await page.getByLabel(en['caseForm.reason']).selectOption('withdrawal-right');
    await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
    await fillCharge(page, 0, '39,99', 'EUR', '2026-11-02');
    await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
    await fillCharge(page, 1, '29.99', 'USD', '2026-10-02');
    await screenshot(page, 'cases-new-form');
    await page.getByRole('button', { name: en['caseForm.save'] }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    const money = page.getByRole('region', { name: en['case.money'] });
    await expect.poll(() => money.innerText()).toContain('€39.99');
    expect(await money.innerText()).toContain('$29.99');
    await screenshot(page, 'cases-detail');

    await page.getByRole('link', { name: en['case.logContact'] }).click();
    await expect.poll(() => page.getByRole('radio', { name: en['channel.chat'] }).isChecked()).toBe(true);
    await page.getByLabel(en['log.agentName']).fill('Zoë Lefèvre');
    await page.getByRole('textbox', { name: 'Reference 1' }).fill('LI-2026-4471');
    await page.getByRole('button', { name: en['log.addReference'] }).click();
    await page.getByRole('textbox', { name: 'Reference 2' }).fill('CASE 99812');
    await page.getByLabel(en['log.summary']).fill('Demande de révision du prélèvement; l’agent transmet au service facturation.');
    await page.getByLabel(en['log.outcome']).selectOption('reply-promised');
    await page.getByLabel(en['log.promisedBy']).fill('2026-11-25');
    await screenshot(page, 'cases-log-form');
    await page.getByRole('button', { name: en['log.save'], exact: true }).click();
    await page.waitForURL(caseUrl);
    const timeline = page.getByRole('region', { name: en['case.timeline'] });
    await timeline.getByRole('button', { name: 'Copy reference LI-2026-4471' }).waitFor();
    expect(await timeline.innerText()).toContain('Agent: Zoë Lefèvre');
    expect(await page.locator('.badge').first().innerText()).toBe(en['status.waiting']);
    await screenshot(page, 'cases-detail-logged');

    await page.getByRole('navigation').getByRole('link', { name: en['nav.cases'] }).click();
    const search = page.getByRole('searchbox', { name: en['search.label'] });
    await search.fill('LI-2026-4471');
    await page.getByRole('link', { name: /LinkedIn/ }).waitFor();
    await search.fill('revision');
    await page.getByText(/Demande de révision/).waitFor();
    await screenshot(page, 'cases-search');
    await page.getByRole('link', { name: /LinkedIn/ }).click();

    await page.getByRole('button', { name: en['case.close'] }).click();
    await page.getByRole('button', { name: en['case.reopen'] }).waitFor();
    expect(await page.locator('.case-header .badge').innerText()).toBe(en['status.closed']);
    await page.getByRole('button', { name: en['case.reopen'] }).click();
    await page.getByRole('button', { name: en['case.close'] }).waitFor();
    expect(await page.locator('.case-header .badge').innerText()).toBe(en['status.in-progress']);
  });

  it('answers bad input inline, focuses the first problem and keeps what was typed', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await openApp(page, '/cases/new');
    await page.getByLabel(en['caseForm.product']).fill('Standard plan');
    await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
    await fillCharge(page, 0, '12.345', 'EUX', '2026-11-02');
    await page.getByRole('button', { name: en['caseForm.save'] }).click();
    await page.getByRole('alert').filter({ hasText: 'problem' }).waitFor();
    const focusedLabel = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent);
    expect(focusedLabel).toContain(en['caseForm.company']);
    expect(await page.getByText(en['fieldError.required']).count()).toBe(2);
    expect(await page.getByText(en['fieldError.currencyUnknown']).count()).toBe(1);
    expect(await page.getByLabel(en['caseForm.product']).inputValue()).toBe('Standard plan');
    await screenshot(page, 'cases-form-errors');
    // The draft is written on a short debounce; once stored, it survives a reload.
    const storedDraft = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const req = indexedDB.open('refund-tracker');
            req.onsuccess = () => {
              // One draft per form and tab: the new-case form's key starts with case:new.
              const get = req.result.transaction('drafts').objectStore('drafts').getAll();
              get.onsuccess = () => {
                const mine = (get.result as { key: string; value: unknown }[]).find((d) => d.key.startsWith('case:new'));
                resolve(JSON.stringify(mine?.value ?? null));
                req.result.close();
              };
            };
          }),
      );
    await expect.poll(storedDraft).toContain('Standard plan');
    await page.reload();
    await page.getByText(/Draft restored/).waitFor();
    expect(await page.getByLabel(en['caseForm.product']).inputValue()).toBe('Standard plan');
  });

  it('pages 400 cases to the oldest one within 1,500 DOM nodes', async () => {
    const phone = await suite.open();
    const { page } = phone;
    const records = emptyRecords();
    const t0 = Date.now() - 400 * 3_600_000;
    for (let n = 0; n < 400; n++) {
      records.cases.push(caseRecord(uuidOf(1, n), t0 + n * 3_600_000, { company: `Company ${String(n).padStart(3, '0')}`, companyKey: `company ${n}`, status: 'waiting' }));
    }
    await openApp(page, '/settings');
    await page.getByLabel(en['backup.restore.pick']).setInputFiles({ name: 'cases.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope(records, Date.now()))) });
    await page.getByRole('button', { name: en['backup.restore.confirm'], exact: true }).click();
    await page.getByText(/^Imported from /).waitFor({ timeout: 60_000 });
    await page.getByRole('navigation').getByRole('link', { name: en['nav.cases'] }).click();
    await page.getByText('Company 399').waitFor();
    const more = page.getByRole('button', { name: en['cases.more'] });
    const counts: number[] = [];
    while (await more.isVisible()) {
      const last = await page.locator('main ul.list a.list-item').last().getAttribute('href');
      await more.click();
      await expect.poll(() => page.locator('main ul.list a.list-item').last().getAttribute('href')).not.toBe(last);
      counts.push(await page.evaluate(() => document.querySelectorAll('*').length));
      // Focus went to the first case shown below the previous last one.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('list-item'))).toBe(true);
    }
    expect(await page.locator('main ul.list a.list-item').last().innerText()).toContain('Company 000');
    expect(counts.length).toBeGreaterThan(10);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1_500);
    await screenshot(page, 'cases-list-paged');
  });
});
