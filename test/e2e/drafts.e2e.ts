/**
 * End to end: half an entry typed in the log form survives closing the page; the form opened in a
 * new page offers it (the page that typed it is gone), restores it on request and says so.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { openApp, phoneSuite, screenshot } from './harness';

const en = messages.en;
const suite = phoneSuite();

describe('drafts', () => {
  it('keeps half an entry when the page is closed and restores it when the form reopens', async () => {
    const { page, context, guard } = await suite.open();
    await openApp(page, '/log');
    await page.getByLabel(en['log.case']).selectOption('__new__');
    await page.getByLabel(en['caseForm.company']).fill('Disney Plus');
    await page.getByLabel(en['log.summary']).fill('Waiting for a supervisor, ref not given yet');
    // Once the debounced write has landed, close the page as a killed tab would.
    const storedSummary = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const req = indexedDB.open('refund-tracker');
            req.onsuccess = () => {
              // One draft per form and page: keyed `interaction:new:any|<page's id>`.
              const range = IDBKeyRange.bound('interaction:new:any|', 'interaction:new:any|\uffff');
              const get = req.result.transaction('drafts').objectStore('drafts').getAll(range);
              get.onsuccess = () => {
                const [draft] = get.result as { value: { values?: { summary?: string } } }[];
                resolve(draft?.value.values?.summary ?? '');
                req.result.close();
              };
            };
          }),
      );
    await expect.poll(storedSummary).toBe('Waiting for a supervisor, ref not given yet');
    await page.close();

    const again = await context.newPage();
    guard.watchPage(again);
    await openApp(again, '/log');
    await again.getByText('Waiting for a supervisor, ref not given yet').waitFor();
    await again.getByRole('button', { name: en['drafts.restore'] }).click();
    await again.getByText(/Draft restored/).waitFor();
    expect(await again.getByLabel(en['log.summary']).inputValue()).toBe('Waiting for a supervisor, ref not given yet');
    expect(await again.getByLabel(en['caseForm.company']).inputValue()).toBe('Disney Plus');
    await screenshot(again, 'drafts-restored');
  });
});
