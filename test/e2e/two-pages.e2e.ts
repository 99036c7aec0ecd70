/** Two pages of one browser context editing the same case, and logging a contact on it at once. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { messages } from '../../src/i18n/messages';
import { openApp, phoneSuite } from './harness';

const suite = phoneSuite();

async function newCase(page: Page, lang: 'en', company: string): Promise<string> {
  const m = messages[lang];
  await openApp(page, '/cases/new');
  await page.getByLabel(m['caseForm.company'], { exact: true }).fill(company);
  await page.getByLabel(m['caseForm.reason']).selectOption({ label: m['reason.cancellation-issue'] });
  await page.getByRole('button', { name: m['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

describe('two pages of one browser', () => {
  it('edit the same case: the second save is refused, merged, and nothing is lost', async () => {
    const en = messages.en;
    const { page, context } = await suite.open();
    const casePath = await newCase(page, 'en', 'Netflix');
    const other = await context.newPage();
    await openApp(page, `${casePath}/edit`);
    await openApp(other, `${casePath}/edit`);
    await page.getByLabel(/Product or plan/).fill('Premium 4K');
    await other.getByLabel(en['caseForm.requestText']).fill('Refund both charges');
    await page.getByRole('button', { name: en['caseForm.save'] }).click();
    await page.waitForURL((url) => url.pathname === casePath);

    await other.getByRole('button', { name: en['caseForm.save'] }).click();
    await other.getByText(en['failure.save.stale']).waitFor();
    await other.getByRole('region', { name: en['merge.title'] }).getByText(/Taken from the other version/).waitFor();
    expect(await other.getByLabel(/Product or plan/).inputValue()).toBe('Premium 4K');
    expect(await other.getByLabel(en['caseForm.requestText']).inputValue()).toBe('Refund both charges');
    await other.getByRole('button', { name: en['caseForm.save'] }).click();
    await other.waitForURL((url) => url.pathname === casePath);
    await other.getByText('Premium 4K').first().waitFor();
    await other.close();
  });

  it('log the same new contact: each page keeps its own draft, and both contacts are saved', async () => {
    const en = messages.en;
    const { page, context } = await suite.open();
    const casePath = await newCase(page, 'en', 'Spotify');
    const other = await context.newPage();
    await openApp(page, `${casePath}/log`);
    await openApp(other, `${casePath}/log`);
    await page.getByLabel(en['log.summary']).fill('Typed in the first page');
    await other.getByLabel(en['log.summary']).fill('Typed in the second page');
    const drafts = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const req = indexedDB.open('refund-tracker');
            req.onsuccess = () => {
              const all = req.result.transaction('drafts').objectStore('drafts').getAll();
              all.onsuccess = () => {
                resolve((all.result as { value: { values: { summary: string } } }[]).map((d) => d.value.values.summary).sort());
                req.result.close();
              };
            };
          }),
      );
    await expect.poll(drafts).toEqual(['Typed in the first page', 'Typed in the second page']);
    // A page reloaded gets its own draft back, not the other page's.
    await other.reload();
    await other.getByLabel(en['log.summary']).waitFor();
    expect(await other.getByLabel(en['log.summary']).inputValue()).toBe('Typed in the second page');
    expect(await other.getByRole('button', { name: en['drafts.restore'] }).count()).toBe(0);

    for (const p of [page, other]) {
      await p.getByLabel(en['log.outcome']).selectOption('no-resolution');
      await p.getByRole('button', { name: en['log.save'], exact: true }).click();
      await p.waitForURL((url) => url.pathname === casePath);
    }
    await page.getByText('Typed in the first page').first().waitFor();
    await page.getByText('Typed in the second page').first().waitFor();
    expect(await drafts()).toEqual([]);
    await other.close();
  });
});
