/**
 * End-to-end harness: Debian's Chromium driven by playwright-core against the built app that
 * test/scripts/e2e.mjs serves with `vite preview` on 127.0.0.1:4173.
 *
 * Each test opens a fresh phone-sized context (empty storage, no service worker yet) with
 * `newPhonePage`, and ends with `guard.assertClean()`: no console error, no uncaught exception, no
 * Content-Security-Policy violation and no request outside the app's own origin.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { E2E_OUT_DIR } from '../scripts/e2e-out-dir.mjs';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';
export const ORIGIN = new URL(BASE_URL).origin;
export const PHONE = { width: 390, height: 844 } as const;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');
export const DIST_DIR = E2E_OUT_DIR;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export interface PhonePageOptions {
  locale?: 'en-GB' | 'fr-FR';
  colorScheme?: 'light' | 'dark';
  timezoneId?: string;
  viewport?: { width: number; height: number };
}

export interface PhonePage {
  context: BrowserContext;
  page: Page;
  guard: Guard;
  close: () => Promise<void>;
}

/** A fresh context (own storage, own service worker) with one page at 390x844. */
export async function newPhonePage(browser: Browser, opts: PhonePageOptions = {}): Promise<PhonePage> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: opts.locale ?? 'en-GB',
    timezoneId: opts.timezoneId ?? 'Europe/Paris',
    colorScheme: opts.colorScheme ?? 'light',
    serviceWorkers: 'allow',
  });
  const guard = await Guard.attach(context);
  const page = await context.newPage();
  guard.watchPage(page);
  return { context, page, guard, close: () => context.close() };
}

export interface PhoneSuite {
  /** The file's browser, launched before its first test. */
  browser: () => Browser;
  /** A fresh phone page; after the test it is checked clean (see Guard) and closed. */
  open: (opts?: PhonePageOptions) => Promise<PhonePage>;
}

/** The usual lifecycle of an e2e file: one browser for the file, each test's phone page checked and closed. */
export function phoneSuite(): PhoneSuite {
  let browser: Browser | undefined;
  let current: PhonePage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const phone = current;
    current = undefined;
    if (!phone) return;
    try {
      phone.guard.assertClean();
    } finally {
      await phone.close();
    }
  });
  const launched = () => {
    if (!browser) throw new Error('The browser is launched in beforeAll; use it inside a test.');
    return browser;
  };
  return { browser: launched, open: async (opts) => (current = await newPhonePage(launched(), opts)) };
}

/** Collects what must never happen in a test: console errors, page errors, CSP violations, foreign requests. */
export class Guard {
  readonly consoleErrors: string[] = [];
  readonly cspViolations: string[] = [];
  readonly foreignRequests: string[] = [];
  private allowed: RegExp[] = [];

  static async attach(context: BrowserContext): Promise<Guard> {
    const guard = new Guard();
    await context.exposeBinding('__e2eCspViolation', (_source, detail: string) => {
      guard.cspViolations.push(detail);
    });
    await context.addInitScript(() => {
      const report = (globalThis as unknown as { __e2eCspViolation: (d: string) => void }).__e2eCspViolation;
      document.addEventListener('securitypolicyviolation', (e) => {
        void report(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    // Context-level, so requests made by the service worker are seen too.
    context.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== ORIGIN) guard.foreignRequests.push(`${request.method()} ${url}`);
    });
    return guard;
  }

  watchPage(page: Page): void {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`uncaught: ${error.message}`));
  }

  /** Console errors matching this pattern are expected by the test (e.g. a failure it provokes). */
  allowConsole(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  problems(): string[] {
    const consoleErrors = this.consoleErrors.filter((m) => !this.allowed.some((re) => re.test(m)));
    return [
      ...consoleErrors,
      ...this.cspViolations.map((v) => `CSP violation: ${v}`),
      ...this.foreignRequests.map((r) => `request outside ${ORIGIN}: ${r}`),
    ];
  }

  assertClean(): void {
    const problems = this.problems();
    if (problems.length > 0) throw new Error(`The page misbehaved:\n- ${problems.join('\n- ')}`);
  }
}

/** Open a route of the app and wait until the shell rendered its main heading. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
  await page.locator('main h1').first().waitFor();
}

/** Wait until the page's service worker registration has an activated worker. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((done) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') done();
      });
    });
  });
}

/** Reload until the page is controlled by the service worker (the first visit never is). */
export async function reloadUntilControlled(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await page.reload({ waitUntil: 'load' });
  }
  throw new Error('The page never came under the service worker’s control.');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export function cdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/**
 * A real storage quota for the app's origin, through the DevTools protocol. Chromium keeps the
 * override only while the DevTools session lives, so the session stays attached until `restore()`.
 */
export async function overrideQuota(page: Page, bytes: number): Promise<{ restore: () => Promise<void> }> {
  const session = await cdp(page);
  await session.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN, quotaSize: bytes });
  return {
    restore: async () => {
      await session.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN });
      await session.detach();
    },
  };
}

/**
 * Deploy a "new version": `vite preview` reads the build folder (DIST_DIR) on each request, so a
 * changed sw.js is what a browser sees after a real release. Call the returned function to put it back.
 */
export function publishNewServiceWorker(): () => void {
  const path = resolve(DIST_DIR, 'sw.js');
  const original = readFileSync(path);
  writeFileSync(path, Buffer.concat([original, Buffer.from(`\n// next version ${Date.now()}\n`)]));
  return () => writeFileSync(path, original);
}

/** Ask the browser to look for a new service worker now (instead of waiting for its own check). */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}
