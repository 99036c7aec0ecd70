/**
 * End to end: half an entry typed in the log form survives closing the page; reopening
 * the form restores it and says so.
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
              const get = req.result.transaction('drafts').objectStore('drafts').get('interaction:new:any');
              get.onsuccess = () => {
                resolve((get.result?.value as { summary?: string } | undefined)?.summary ?? '');
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
    await again.getByText(/Draft restored/).waitFor();
    expect(await again.getByLabel(en['log.summary']).inputValue()).toBe('Waiting for a supervisor, ref not given yet');
    expect(await again.getByLabel(en['caseForm.company']).inputValue()).toBe('Disney Plus');
    await screenshot(again, 'drafts-restored');
  });
});
