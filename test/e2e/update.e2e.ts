/**
 * The "new version" prompt: a new service worker waits for the person; while a form holds input that
 * cannot be kept as a draft (chosen files) the prompt asks to finish first and cannot reload; once
 * the form is clear, Update activates the new version and reloads into it. Input kept as a draft
 * (a contact being typed) is written first and comes back by itself after the reload.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import {
  checkForUpdate,
  newPhonePage,
  phoneSuite,
  openApp,
  publishNewServiceWorker,
  reloadUntilControlled,
  waitForServiceWorker,
} from './harness';

const en = messages.en;
/** A 1x1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const suite = phoneSuite();

describe('app update', () => {
  it('waits while a form is dirty, then updates and reloads on request', async () => {
    const { page, guard, close } = await newPhonePage(suite.browser());
    let restore: (() => void) | undefined;
    try {
      await openApp(page);
      await waitForServiceWorker(page);
      await reloadUntilControlled(page);

      await page.getByRole('link', { name: en['nav.newCase'] }).click();
      await page.getByLabel(en['caseForm.company'], { exact: true }).fill('Netflix');
      await page.getByLabel(en['caseForm.reason']).selectOption({ label: en['reason.cancellation-issue'] });
      await page.getByRole('button', { name: en['caseForm.save'] }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      // Chosen files cannot be kept as a draft: the evidence form holds the update back.
      await page.getByRole('button', { name: en['evidence.attach'] }).click();
      const note = page.getByRole('textbox', { name: new RegExp(`^${en['evidence.note']}`) });
      await note.fill('Screenshot of the cancellation page');
      await page.getByLabel(en['evidence.chooseFiles']).setInputFiles({ name: 'cancel.png', mimeType: 'image/png', buffer: PNG });
      // A marker that only survives if the page is never reloaded.
      await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

      restore = publishNewServiceWorker();
      await checkForUpdate(page);
      await page.getByText(en['banner.updateWaitDirty']).waitFor();
      const update = page.getByRole('button', { name: en['banner.updateNow'], exact: true });
      expect(await update.isDisabled()).toBe(true);
      await update.click({ force: true });
      expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
      expect(await note.inputValue()).toBe('Screenshot of the cancellation page');

      await page.getByRole('button', { name: 'Remove cancel.png' }).click();
      await page.getByText(en['banner.updateAvailable']).waitFor();
      const reloaded = page.waitForEvent('framenavigated');
      await update.click();
      await reloaded;
      await page.locator('main h1').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBeUndefined();
      expect(await page.getByText(en['banner.updateAvailable']).count()).toBe(0);
      // The waiting version became the active one.
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
      });
      expect(after).toEqual({ waiting: null, controlled: true });
      // The note was a draft: written before the reload, it is back in the reopened form.
      await page.getByRole('button', { name: en['evidence.attach'] }).click();
      await note.waitFor();
      expect(await note.inputValue()).toBe('Screenshot of the cancellation page');
      guard.assertClean();
    } finally {
      restore?.();
      await close();
    }
  });
});
