/**
 * The scale benchmark, run by test/scripts/bench.mjs against a build it serves itself. For each
 * data size, a fresh phone-sized Chromium context imports the data set through Settings, then times
 * what a person waits for. Times are measured inside the page (performance.now(), checked on every
 * animation frame), medians of a few runs. Figures are printed, never asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { BASE_URL, launchBrowser, newPhonePage } from '../e2e/harness';
import { benchFile, LARGEST_CASE_ID, LARGEST_CASE_INTERACTIONS, searchTarget, SIZES, type BenchSize } from './bench-data';

const en = messages.en;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const wanted = (process.env.BENCH_SIZES ?? 'S,M,L').split(',');
const dir = mkdtempSync(join(tmpdir(), 'refund-bench-'));

type Figures = Record<string, number>;
const results = new Map<string, Figures>();

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  printReport();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds from the page's navigation start until `selector` matches (checked every frame). */
async function firstRender(page: Page, path: string, selector: string): Promise<number> {
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'commit' });
  const handle = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : 0), selector, { polling: 'raf', timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from a click on `click` until `until` matches, inside the page. */
async function clickUntil(page: Page, click: string, until: string, minCount = 1): Promise<number> {
  return page.evaluate(
    ([clickSel, untilSel, min]) =>
      new Promise<number>((done, fail) => {
        const target = document.querySelector<HTMLElement>(clickSel as string);
        if (!target) return fail(new Error(`nothing to click at ${clickSel}`));
        const start = performance.now();
        target.click();
        const check = () => {
          if (document.querySelectorAll(untilSel as string).length >= (min as number)) done(performance.now() - start);
          else if (performance.now() - start > 120_000) fail(new Error(`timed out waiting for ${untilSel}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [click, until, minCount] as const,
  );
}

/** Milliseconds from typing `text` into the search box until only `caseId` is listed. */
async function searchLatency(page: Page, text: string, caseId: string): Promise<number> {
  return page.evaluate(
    ([query, id]) =>
      new Promise<number>((done, fail) => {
        const box = document.querySelector<HTMLInputElement>('input[type="search"]');
        if (!box) return fail(new Error('no search box'));
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const start = performance.now();
        setter.call(box, query);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        const check = () => {
          const items = document.querySelectorAll<HTMLAnchorElement>('main a.list-item');
          if (items.length === 1 && items[0]!.getAttribute('href') === `/cases/${id}`) done(performance.now() - start);
          else if (performance.now() - start > 120_000) fail(new Error('search timed out'));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [text, caseId] as const,
  );
}

/**
 * Pages the timeline down to its first contact with "Show older entries" (the case screen keeps a
 * bounded window of contacts): milliseconds until the button is gone, and the most DOM nodes
 * seen on the way.
 */
async function pageToFirstContact(page: Page, label: string): Promise<{ ms: number; mostNodes: number }> {
  const [ms, mostNodes] = await page.evaluate(
    ([text]) =>
      new Promise<[number, number]>((done, fail) => {
        const start = performance.now();
        let most = 0;
        // Tap again only once the previous tap has moved the window, as a person would.
        let tappedAt = '';
        const step = () => {
          most = Math.max(most, document.getElementsByTagName('*').length);
          const contacts = document.querySelectorAll('li.tl-interaction');
          const shown = `${contacts[0]?.id}|${contacts.length}`;
          const more = [...document.querySelectorAll<HTMLButtonElement>('main button')].find((b) => b.textContent === text);
          if (!more) return done([performance.now() - start, most]);
          if (performance.now() - start > 120_000) return fail(new Error('paging to the first contact timed out'));
          if (shown !== tappedAt) {
            tappedAt = shown;
            more.click();
          }
          requestAnimationFrame(step);
        };
        step();
      }),
    [label] as const,
  );
  return { ms, mostNodes };
}

/** Milliseconds from a tap on `button` until the browser receives the file it makes. */
async function timeDownload(page: Page, button: Locator): Promise<number> {
  await button.waitFor();
  const downloading = page.waitForEvent('download', { timeout: 600_000 });
  const start = Date.now();
  await button.click();
  const download = await downloading;
  const ms = Date.now() - start;
  await download.delete();
  return ms;
}

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(400);
}

async function importData(page: Page, size: BenchSize): Promise<{ importMs: number; fileMb: number }> {
  const path = join(dir, `bench-${size.name}.json`);
  const text = benchFile(size, Date.now());
  writeFileSync(path, text);
  await page.goto(`${BASE_URL}/settings`);
  await page.getByLabel(en['backup.restore.pick']).setInputFiles(path);
  const confirm = page.getByRole('button', { name: en['backup.restore.confirm'], exact: true });
  await confirm.waitFor({ timeout: 600_000 });
  const start = Date.now();
  await confirm.click();
  await page.getByText(/^Imported from /).waitFor({ timeout: 1_800_000 });
  return { importMs: Date.now() - start, fileMb: Buffer.byteLength(text) / 1e6 };
}

async function measureSize(size: BenchSize): Promise<Figures> {
  // A browser of its own per size, so no size profits from the one measured before it.
  const browser = await launchBrowser();
  const phone = await newPhonePage(browser);
  const { page } = phone;
  try {
    const { importMs, fileMb } = await importData(page, size);
    const figures: Figures = { importMs, fileMb };
    const home: number[] = [];
    const list: number[] = [];
    const open: number[] = [];
    const openAll: number[] = [];
    const search: number[] = [];
    // One unmeasured pass first: the service worker has taken over and caches are warm after it.
    for (let run = 0; run <= RUNS; run += 1) {
      const h = await firstRender(page, '/', 'main a.list-item');
      await settle(page);
      if (run === 0) figures.domHome = await domNodes(page);
      const l = await firstRender(page, '/cases', 'main a.list-item');
      await settle(page);
      if (run === 0) figures.domCases = await domNodes(page);
      // The timeline shows its newest 30 entries first (TIMELINE_PAGE); all of them are contacts here.
      const o = await clickUntil(page, `main a.list-item[href="/cases/${LARGEST_CASE_ID}"]`, '.tl-interaction', 30);
      await settle(page);
      if (run === 0) figures.domLargestCase = await domNodes(page);
      const paged = await pageToFirstContact(page, en['timeline.more']);
      const all = paged.ms;
      if (run === 0) figures.domLargestCaseAll = paged.mostNodes;
      await page.goto(`${BASE_URL}/cases`);
      await page.locator('main a.list-item').first().waitFor();
      const target = searchTarget(size);
      const s = await searchLatency(page, target.reference, target.caseId);
      if (run > 0) {
        home.push(h);
        list.push(l);
        open.push(o);
        openAll.push(all);
        search.push(s);
      }
    }
    figures.homeFirstRender = median(home);
    figures.casesFirstRender = median(list);
    figures.openLargestCase = median(open);
    figures.openLargestCaseAll = median(openAll);
    figures.search = median(search);

    const saves: number[] = [];
    const smallCase = searchTarget(size).caseId;
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${BASE_URL}/cases/${smallCase}/log`);
      await page.getByLabel(en['log.summary']).fill(`Bench note ${run}`);
      await page.getByLabel(en['log.outcome']).selectOption('no-resolution');
      if (run === 0) figures.domLogForm = await domNodes(page);
      saves.push(await clickUntil(page, 'main form button[type="submit"]', '.toast[role="status"]'));
      await page.waitForURL(`${BASE_URL}/cases/${smallCase}`);
    }
    figures.tapToSaved = median(saves);

    // The dossier PDF of the largest case, and a full JSON backup: tap to the file being handed over.
    await page.goto(`${BASE_URL}/cases/${LARGEST_CASE_ID}`);
    figures.pdfLargestCase = await timeDownload(page, page.getByRole('button', { name: en['dossier.card.downloadPdf'] }));
    await page.goto(`${BASE_URL}/settings`);
    figures.exportAll = await timeDownload(page, page.getByRole('button', { name: en['backup.exportAll'] }));
    await page.goto(`${BASE_URL}/settings`);
    await page.locator('main h1').waitFor();
    await settle(page);
    figures.domSettings = await domNodes(page);
    phone.guard.assertClean();
    return figures;
  } finally {
    await phone.close();
    await browser.close();
  }
}

const ROWS: [string, string, boolean][] = [
  ['fileMb', 'import file (MB)', false],
  ['importMs', 'import through Settings (ms)', true],
  ['homeFirstRender', 'Home, first render (ms)', true],
  ['casesFirstRender', 'Case list, first render (ms)', true],
  ['openLargestCase', `open the ${LARGEST_CASE_INTERACTIONS}-contact case (ms)`, true],
  ['openLargestCaseAll', '  ... and page to its first contact (ms)', true],
  ['search', 'search by reference (ms)', true],
  ['tapToSaved', 'log form, tap Save to "saved" (ms)', true],
  ['pdfLargestCase', `dossier PDF of the ${LARGEST_CASE_INTERACTIONS}-contact case (ms)`, true],
  ['exportAll', 'full JSON backup (ms)', true],
  ['domHome', 'DOM nodes: Home', true],
  ['domCases', 'DOM nodes: Cases', true],
  ['domLargestCase', 'DOM nodes: largest case', true],
  ['domLargestCaseAll', '  ... most while paging to its first', true],
  ['domLogForm', 'DOM nodes: log form', true],
  ['domSettings', 'DOM nodes: Settings', true],
];

function printReport(): void {
  const names = [...results.keys()];
  if (names.length === 0) return;
  const base = results.get('S');
  const header = ['figure'.padEnd(40), ...names.map((n) => n.padStart(10)), ...names.filter((n) => n !== 'S' && base).map((n) => `${n}/S`.padStart(8))];
  const lines = [header.join(' ')];
  for (const [key, label, ratio] of ROWS) {
    const values = names.map((n) => results.get(n)![key]);
    const cells = values.map((v) => (v === undefined ? '-' : key === 'fileMb' ? v.toFixed(1) : Math.round(v).toString()).padStart(10));
    const ratios = names
      .filter((n) => n !== 'S' && base)
      .map((n) => {
        const v = results.get(n)![key];
        const b = base![key];
        return (ratio && v !== undefined && b ? `${(v / b).toFixed(2)}x` : '').padStart(8);
      });
    lines.push([label.padEnd(40), ...cells, ...ratios].join(' '));
  }
  const sizes = SIZES.filter((s) => results.has(s.name)).map((s) => `${s.name}: ${s.cases} cases, ${s.interactions} contacts`);
  console.log(`\nScale benchmark (${sizes.join('; ')}; medians of ${RUNS} runs)\n${lines.join('\n')}\n`);
}

describe('scale benchmark', () => {
  for (const size of SIZES.filter((s) => wanted.includes(s.name))) {
    it(`${size.name}: ${size.cases} cases, ${size.interactions} contacts`, async () => {
      const figures = await measureSize(size);
      results.set(size.name, figures);
      console.log(`${size.name}: ${JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 10) / 10])))}`);
    });
  }
});
