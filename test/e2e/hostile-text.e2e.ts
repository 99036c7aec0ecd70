/**
 * Hostile text: markup, script tags, javascript: URLs, right-to-left text, emoji sequences,
 * placeholder-like braces and very long unbroken strings typed into every text field of the New case
 * form and the log form, and in every string of a backup file imported through Settings. Each is
 * stored and shown as text, nothing runs or becomes an element, and the layout holds at 390 px (no
 * horizontal scroll). A 100 kB string is refused inline by the forms, as it is by import.
 */
import type { Dialog, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { resolve } from 'node:path';
import { caseRecord, charge, emptyRecords, envelope, interaction, statusChange, uuidOf } from './export-file';
import { openApp, PHONE, phoneSuite, screenshot, SCREENSHOT_DIR } from './harness';

const en = messages.en;
const MAX_LINE = 300;

interface Sample {
  name: string;
  /** For one-line fields (company, product, account, charge note, agent, reference). */
  line: string;
  /** For the free-text fields (request, summary). */
  text: string;
}

const LONG_WORD = 'Ⅹ'.repeat(40) + 'unbroken'.repeat(150);
const CORPUS: Sample[] = [
  { name: 'img-onerror', line: '<img src=x onerror=alert(1)>', text: 'Before <img src=x onerror=alert(1)> after' },
  { name: 'script-tag', line: '<script>alert(1)</script>', text: '<script>alert(1)</script><b>bold?</b>' },
  { name: 'javascript-url', line: 'javascript:alert(1)', text: '[click](javascript:alert(1)) <a href="javascript:alert(1)">x</a>' },
  { name: 'rtl', line: 'شركة الاتصالات — חברת תקשורת', text: 'طلبت استرداد 13,99 € يوم 2 نوفمبر. ביקשתי החזר כספי.' },
  { name: 'emoji-zwj', line: '👩‍👩‍👧‍👦 Family 🏳️‍🌈 👨🏽‍💻', text: 'Agent 🧑🏿‍🔧 said 👍🏽 — refund 💸 ‍‍ soon 🇫🇷' },
  { name: 'braces', line: '{count} {name} {id}', text: '{count} {{zone}} {n} %s $1 ${x}' },
  { name: 'long-unbroken', line: 'W'.repeat(MAX_LINE), text: LONG_WORD },
];

const suite = phoneSuite();
let dialogs: string[] = [];
// Nothing typed may ever open a dialog.
afterEach(() => {
  expect(dialogs).toEqual([]);
});

async function open(): Promise<Page> {
  const phone = await suite.open();
  dialogs = [];
  phone.page.on('dialog', (d: Dialog) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return phone.page;
}

/** Nothing typed became markup, and the page does not scroll sideways. */
async function assertInert(page: Page, where: string): Promise<void> {
  const state = await page.evaluate((width) => ({
    img: document.querySelectorAll('img[src="x"], img[onerror]').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    bold: document.querySelectorAll('main b').length,
    scrollWidth: document.documentElement.scrollWidth,
    injected: (window as unknown as { injected?: unknown }).injected,
    // The innermost elements that are wider than the phone or whose text spills out of them.
    widest: [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().width > width || e.scrollWidth > e.clientWidth + 1)
      .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().width > width || c.scrollWidth > c.clientWidth + 1))
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}`)
      .slice(0, 5),
  }), PHONE.width);
  expect(state, where).toEqual({ img: 0, inlineScripts: 0, jsLinks: 0, bold: 0, scrollWidth: state.scrollWidth, injected: undefined, widest: state.widest });
  expect(state.scrollWidth, `${where}: horizontal scroll from ${state.widest.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
}

async function createCase(page: Page, s: Sample): Promise<string> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill(s.line);
  await page.getByLabel(en['caseForm.product']).fill(s.line);
  await page.getByLabel(en['caseForm.reason']).selectOption('withdrawal-right');
  await page.getByLabel(en['caseForm.accountId']).fill(s.line);
  await page.getByLabel(en['caseForm.requestText']).fill(s.text);
  await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
  const charge = page.getByRole('group', { name: 'Charge 1' });
  await charge.getByLabel(en['caseForm.amount']).fill('13.99');
  await charge.getByLabel(en['caseForm.currency']).fill('EUR');
  await charge.getByLabel(en['caseForm.chargedOn']).fill('2026-11-02');
  await charge.getByLabel(en['caseForm.chargeNote']).fill(s.line);
  await assertInert(page, `${s.name}: case form`);
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  return page.url();
}

async function logContact(page: Page, s: Sample, caseUrl: string): Promise<void> {
  await page.getByRole('link', { name: en['case.logContact'] }).click();
  await page.getByLabel(en['log.agentName']).fill(s.line);
  await page.locator('details.log-more > summary').click();
  await page.getByLabel(en['log.agentId']).fill(s.line);
  await page.getByRole('textbox', { name: 'Reference 1' }).fill(s.line);
  await page.getByLabel(en['log.summary']).fill(s.text);
  await page.getByLabel(en['log.outcome']).selectOption('no-resolution');
  await assertInert(page, `${s.name}: log form`);
  await page.getByRole('button', { name: en['log.save'], exact: true }).click();
  await page.waitForURL(caseUrl);
}

describe('hostile text', () => {
  it('stores and shows every sample as text in the case, the log, the lists and search', async () => {
    const page = await open();
    await openApp(page, '/');
    for (const s of CORPUS) {
      const caseUrl = await createCase(page, s);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: s.line }).waitFor();
      const main = page.locator('main');
      await expect.poll(() => main.innerText(), { message: `${s.name}: request shown` }).toContain(s.text);
      await logContact(page, s, caseUrl);
      const timeline = page.getByRole('region', { name: en['case.timeline'] });
      await timeline.getByText(s.text, { exact: true }).waitFor();
      const shown = await main.innerText();
      expect(shown, `${s.name}: agent, id and charge note shown`).toContain(`Agent: ${s.line} (${s.line})`);
      expect(shown).toContain(`· ${s.line}`);
      await timeline.getByRole('button', { name: `Copy reference ${s.line}` }).waitFor();
      // Reload: what is shown comes from storage, not from the form's memory.
      await page.reload();
      await timeline.getByText(s.text, { exact: true }).waitFor();
      await assertInert(page, `${s.name}: case page`);
      await screenshot(page, `hostile-${s.name}-case`);
      await timeline.screenshot({ path: resolve(SCREENSHOT_DIR, `hostile-${s.name}-timeline.png`) });
      await page.locator('.facts').screenshot({ path: resolve(SCREENSHOT_DIR, `hostile-${s.name}-facts.png`) });
    }

    await page.getByRole('navigation').getByRole('link', { name: en['nav.cases'] }).click();
    for (const s of CORPUS) await page.getByRole('link').filter({ hasText: s.line }).first().waitFor();
    await assertInert(page, 'case list');
    await screenshot(page, 'hostile-case-list');
    const search = page.getByRole('searchbox', { name: en['search.label'] });
    for (const s of CORPUS.filter((x) => x.name !== 'long-unbroken')) {
      await search.fill(s.line);
      await page.getByRole('link').filter({ hasText: s.line }).first().waitFor();
      await assertInert(page, `${s.name}: search`);
    }
    await search.fill('<script>');
    await screenshot(page, 'hostile-search');

    await page.getByRole('navigation').getByRole('link', { name: en['nav.home'] }).click();
    await page.locator('main h1').waitFor();
    await assertInert(page, 'home');
    await screenshot(page, 'hostile-home');
  });

  it('refuses a 100 kB string inline, keeps it in the field, and the layout holds', async () => {
    const page = await open();
    const huge = `${'<img src=x onerror=alert(1)>'.repeat(10)}${'x'.repeat(100_000)}`;
    await openApp(page, '/cases/new');
    await page.getByLabel(en['caseForm.company'], { exact: true }).fill(huge);
    await page.getByLabel(en['caseForm.reason']).selectOption('withdrawal-right');
    await page.getByLabel(en['caseForm.requestText']).fill(huge);
    await page.getByRole('button', { name: en['caseForm.save'] }).click();
    await expect.poll(() => page.getByText(en['fieldError.tooLong']).count()).toBe(2);
    expect(page.url()).toMatch(/\/cases\/new$/);
    expect(await page.getByLabel(en['caseForm.requestText']).inputValue()).toBe(huge);
    await assertInert(page, '100 kB case form');
    await screenshot(page, 'hostile-100kb-case-form');

    await page.getByLabel(en['caseForm.company'], { exact: true }).fill('Big Text Ltd');
    await page.getByLabel(en['caseForm.requestText']).fill('Refund, please.');
    await page.getByRole('button', { name: en['caseForm.save'] }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: en['case.logContact'] }).click();
    await page.getByLabel(en['log.summary']).fill(huge);
    await page.getByLabel(en['log.agentName']).fill(huge);
    await page.getByLabel(en['log.outcome']).selectOption('no-resolution');
    await page.getByRole('button', { name: en['log.save'], exact: true }).click();
    await expect.poll(() => page.getByText(en['fieldError.tooLong']).count()).toBe(2);
    expect(page.url()).toMatch(/\/log$/);
    expect(await page.getByLabel(en['log.summary']).inputValue()).toBe(huge);
    await assertInert(page, '100 kB log form');
    await screenshot(page, 'hostile-100kb-log-form');
  });

  it('imports every sample from a backup file through Settings and shows it as text', async () => {
    const page = await open();
    const now = Date.now();
    const records = emptyRecords();
    const huge = `<script>alert(1)</script>${'Z'.repeat(100_000)}`;
    // Import refuses what the forms refuse, so the long sample is as long as a form allows.
    const samples: Sample[] = [...CORPUS, { name: 'long', line: huge.slice(0, 300), text: huge.slice(0, 20_000) }];
    samples.forEach((s, n) => {
      const caseId = uuidOf(1, n);
      const at = now - (n + 1) * 60_000;
      records.cases.push(caseRecord(caseId, at, { company: s.line, companyKey: s.line, product: s.line, accountId: s.line, request: s.text }));
      records.statusChanges.push(statusChange(uuidOf(2, n), caseId, at, { note: s.text }));
      records.charges.push(charge(uuidOf(3, n), caseId, at, { description: s.line }));
      records.interactions.push(interaction(uuidOf(4, n), caseId, at + 1000, { agentName: s.line, agentId: s.line, references: [s.line], summary: s.text }));
      records.companies.push({ key: `${s.name}-key`, name: s.line, notes: s.text, agentNames: [s.line], lastUsedAt: at, createdAt: at, updatedAt: at });
    });
    await openApp(page, '/settings');
    await page.getByLabel(en['backup.restore.pick']).setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(envelope(records, now))),
    });
    await page.getByRole('button', { name: en['backup.restore.confirm'], exact: true }).click();
    await page.getByText(/Imported from hostile\.json/).waitFor();
    await assertInert(page, 'import done');
    await screenshot(page, 'hostile-import-done');

    await page.getByRole('navigation').getByRole('link', { name: en['nav.cases'] }).click();
    await page.getByRole('link').filter({ hasText: CORPUS[0]!.line }).first().waitFor();
    await assertInert(page, 'imported case list');
    await screenshot(page, 'hostile-import-case-list');
    for (const [n, s] of samples.entries()) {
      await openApp(page, `/cases/${uuidOf(1, n)}`);
      const timeline = page.getByRole('region', { name: en['case.timeline'] });
      await timeline.getByText(s.text, { exact: true }).first().waitFor();
      expect(await page.locator('main h1').innerText(), `${s.name}: company`).toBe(s.line);
      await assertInert(page, `${s.name}: imported case page`);
      await timeline.getByRole('button', { name: `Copy reference ${s.line}` }).waitFor();
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'hostile-import-100kb-case');
  });
});
