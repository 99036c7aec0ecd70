/**
 * The call timer, end to end at 390x844: start a call on a case, put it on hold, reload in
 * the middle of the hold, see the bar on another screen, take it off hold, end it, leave the log form
 * and open it again without its query, and save the log with the talk and hold times the timer measured. Chromium’s clock is set (fixed) instead of waiting.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import {
  openApp,
  phoneSuite,
  screenshot,
} from './harness';

const en = messages.en;
const T0 = Date.UTC(2026, 10, 16, 9, 0, 0);
const at = (sec: number) => T0 + sec * 1000;

const suite = phoneSuite();

async function createCase(page: Page, company: string): Promise<string> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill(company);
  await page.getByLabel(en['caseForm.product']).fill('Premium');
  await page.getByLabel(en['caseForm.reason']).selectOption('cancellation-issue');
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Every interaction stored, read straight from IndexedDB. */
function storedInteractions(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const req = indexedDB.open('refund-tracker');
        req.onsuccess = () => {
          const get = req.result.transaction('interactions').objectStore('interactions').getAll();
          get.onsuccess = () => {
            req.result.close();
            resolve(get.result as Array<Record<string, unknown>>);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

describe('call timer', () => {
  it('times a call with a hold across a reload, and the log keeps the talk and hold times', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await page.clock.setFixedTime(at(-600));
    await openApp(page, '/');
    const caseId = await createCase(page, 'Netflix');

    const bar = page.getByRole('region', { name: en['timer.bar'] });
    await page.clock.setFixedTime(at(0));
    await page.getByRole('button', { name: en['timer.start'] }).click();
    await bar.waitFor();
    await expect.poll(() => bar.innerText()).toContain('Call: Netflix');
    expect(await page.getByRole('button', { name: en['timer.alreadyRunning'] }).isDisabled()).toBe(true);

    await page.clock.setFixedTime(at(90));
    await bar.getByRole('button', { name: en['timer.onHold'] }).click();
    await expect.poll(() => bar.getByRole('button', { name: en['timer.onHold'] }).getAttribute('aria-pressed')).toBe('true');

    // Twenty-five minutes on hold, then the tab is reloaded (as after the browser killed it).
    await page.clock.setFixedTime(at(90 + 1500));
    await page.reload({ waitUntil: 'load' });
    await bar.waitFor();
    await expect.poll(() => bar.innerText()).toContain('Hold 25:00');
    expect(await bar.innerText()).toContain('Talk 1:30');
    expect(await bar.getByRole('button', { name: en['timer.onHold'] }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'timer-on-hold-after-reload');

    // The bar follows the person to other screens.
    await page.getByRole('link', { name: en['nav.home'] }).click();
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    await bar.waitFor();

    await bar.getByRole('button', { name: en['timer.talking'] }).click();
    await expect.poll(() => bar.getByRole('button', { name: en['timer.talking'] }).getAttribute('aria-pressed')).toBe('true');
    await page.clock.setFixedTime(at(90 + 1500 + 60));
    await bar.getByRole('button', { name: en['timer.end'] }).click();

    await page.waitForURL((url) => url.pathname === `/cases/${caseId}/log`);
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({ channel: 'phone', at: String(T0), talk: '150', hold: '1500' });
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(() => page.getByRole('radio', { name: en['channel.phone'] }).isChecked()).toBe(true);
    await page.getByText(/^Call timer: .+ talking, .+ on hold$/).waitFor();

    // The form is left (Cancel) and the app is opened again from the home screen an hour later: the
    // ended call waits in the bar, its times fixed, and the log form without its query still has them.
    await page.getByRole('button', { name: en['common.cancel'] }).click();
    await page.clock.setFixedTime(at(90 + 1500 + 60 + 3600));
    await openApp(page, '/');
    const ended = page.getByRole('region', { name: en['timer.endedBar'] });
    await ended.waitFor();
    await expect.poll(() => ended.innerText()).toContain('Talk 2:30');
    expect(await ended.innerText()).toContain('Hold 25:00');
    expect(await page.getByRole('button', { name: en['timer.endedWaiting'] }).isDisabled()).toBe(true);
    await screenshot(page, 'timer-ended-waiting');
    await openApp(page, `/cases/${caseId}/log`);
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByRole('radio', { name: en['channel.phone'] }).isChecked()).toBe(true);
    await page.getByText('Call timer: 2:30 talking, 25:00 on hold').waitFor();
    await expect.poll(() => ended.count()).toBe(0);
    await page.getByLabel(en['log.summary']).fill('Asked for the refund of the charge after cancelling; put on hold twice.');
    await page.getByLabel(en['log.outcome']).selectOption('reply-promised');
    await screenshot(page, 'timer-log-prefilled');
    await page.getByRole('button', { name: en['log.save'], exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/cases/${caseId}`);
    // Logged: the ended call is gone with the save, and a new call can start.
    await page.getByRole('button', { name: en['timer.start'] }).waitFor();
    expect(await ended.count()).toBe(0);
    expect(await bar.count()).toBe(0);

    const [logged] = await storedInteractions(page);
    expect(logged).toMatchObject({ caseId, channel: 'phone', occurredAt: T0, talkSec: 150, holdSec: 1500 });
    expect(logged!.durationSec as number).toBeGreaterThanOrEqual(1650 - 3);
    expect(logged!.durationSec as number).toBeLessThanOrEqual(1650 + 3);
  });

  it('discards a running call, and undo brings it back', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await openApp(page, '/');
    await createCase(page, 'LinkedIn');
    await page.getByRole('button', { name: en['timer.start'] }).click();
    const bar = page.getByRole('region', { name: en['timer.bar'] });
    await bar.waitFor();
    await bar.getByRole('button', { name: en['timer.discardLabel'] }).click();
    await page.getByText(en['timer.discarded']).waitFor();
    await expect.poll(() => bar.count()).toBe(0);
    await page.getByRole('button', { name: en['common.undo'] }).click();
    await bar.waitFor();
    await expect.poll(() => bar.innerText()).toContain('Call: LinkedIn');
  });
});
