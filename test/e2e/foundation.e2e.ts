/**
 * End to end, in real Chromium at 390x844 against the built app: it loads, its service
 * worker precaches it so a reload offline still shows the data written before, French replaces
 * English, and a real storage quota error is explained without losing what was typed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import {
  BASE_URL,
  DIST_DIR as DIST,
  newPhonePage,
  openApp,
  overrideQuota,
  phoneSuite,
  reloadUntilControlled,
  screenshot,
  waitForServiceWorker,
} from './harness';

const en = messages.en;
const fr = messages.fr;

const suite = phoneSuite();

const open = suite.open;

/** Creates a case through the New case form, as a person would, and waits for its page. */
async function createCaseThroughForm(page: Page, company: string, product: string): Promise<void> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill(company);
  await page.getByLabel(en['caseForm.product']).fill(product);
  await page.getByLabel(en['caseForm.reason']).selectOption({ label: en['reason.cancellation-issue'] });
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: new RegExp(company) }).waitFor();
}

function builtFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(DIST, path)];
  });
}

describe('foundation', () => {
  it('precaches every file the app needs offline (lazy chunks, fonts and JSON included)', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]));
    const needed = builtFiles().filter((f) => /\.(js|css|html|svg|png|json|ttf|woff2|webmanifest)$/.test(f) && f !== 'sw.js' && !f.startsWith('screenshots/'));
    expect(needed.length).toBeGreaterThan(3);
    expect(needed.filter((f) => !precached.has(f))).toEqual([]);
  });

  it('loads, activates its service worker, and offline a reload still shows a case written before', async () => {
    const { page, context } = await open();
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en['home.title']);
    await waitForServiceWorker(page);
    await reloadUntilControlled(page);

    await createCaseThroughForm(page, 'Netflix', 'Standard plan');
    const caseUrl = page.url();

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: /Netflix/ }).waitFor();
    // A fresh navigation (not only a reload) is answered by the service worker too.
    await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    await page.getByRole('link', { name: /Netflix/ }).first().waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await context.setOffline(false);
    expect(caseUrl).toMatch(/\/cases\//);
  });

  it('switches to French in Settings, and stays French after a reload', async () => {
    const { page } = await open();
    await openApp(page, '/settings');
    // The language is a radio group whose inputs are visually hidden inside chip labels: tap the chip.
    const frenchRadio = page.getByRole('radio', { name: 'Français', exact: true });
    await page.locator('label', { has: frenchRadio }).click();
    await page.getByRole('link', { name: fr['nav.home'] }).waitFor();
    expect(await frenchRadio.isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('link', { name: fr['nav.home'] }).click();
    await page.getByRole('heading', { level: 1, name: fr['home.title'] }).waitFor();

    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: fr['home.title'] }).waitFor();
    expect(await page.getByRole('link', { name: en['nav.settings'] }).count()).toBe(0);
  });

  it('shows storage use and protection in Settings', async () => {
    const { page } = await open();
    await openApp(page, '/settings');
    await page.getByRole('heading', { level: 2, name: en['pwa.storage.title'] }).waitFor();
    await page.getByText(/^Using .+ of about .+ available\.$/).waitFor();
    await page.getByText(/^(Protected|Not protected yet):/).waitFor();
  });

  it('says the device is full when a real quota error stops a save, and keeps what was typed', async () => {
    const { page, guard } = await open();
    // Chromium reports a failed IndexedDB commit on the console; the test provokes exactly that.
    guard.allowConsole(/QuotaExceeded|quota/i);
    await openApp(page, '/cases/new');
    const longText = 'I cancelled on 28 October and was still charged. '.repeat(380);
    await page.getByLabel(en['caseForm.company'], { exact: true }).fill('LinkedIn');
    await page.getByLabel(en['caseForm.reason']).selectOption({ label: en['reason.cancellation-issue'] });
    await page.getByLabel(en['caseForm.requestText']).fill(longText);

    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const quota = await overrideQuota(page, usage + 1024);
    await page.getByRole('button', { name: en['caseForm.save'] }).click();
    await page.getByText(en['failure.save.quota']).waitFor();

    expect(page.url()).toBe(`${BASE_URL}/cases/new`);
    expect(await page.getByLabel(en['caseForm.company'], { exact: true }).inputValue()).toBe('LinkedIn');
    expect(await page.getByLabel(en['caseForm.requestText']).inputValue()).toBe(longText);
    await quota.restore();
  });

  it('looks calm on a phone in light, dark and French (screenshots in test-results/screenshots)', async () => {
    for (const variant of [
      { name: 'home-light', colorScheme: 'light', locale: 'en-GB' },
      { name: 'home-dark', colorScheme: 'dark', locale: 'en-GB' },
      { name: 'home-fr', colorScheme: 'light', locale: 'fr-FR' },
    ] as const) {
      const { page, guard, close } = await newPhonePage(suite.browser(), { colorScheme: variant.colorScheme, locale: variant.locale });
      try {
        await openApp(page);
        const title = variant.locale === 'fr-FR' ? fr['home.title'] : en['home.title'];
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(variant.colorScheme === 'dark' ? 'rgb(13, 20, 18)' : 'rgb(246, 247, 245)');
        await screenshot(page, variant.name);
        guard.assertClean();
      } finally {
        await close();
      }
    }
  });
});
