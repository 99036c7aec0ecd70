/**
 * Hostile files in real Chromium. Evidence in disguise (SVG and HTML under image types, upper case
 * or no type, text named .png, a PNG named .pdf) is stored as what its bytes are and never runs on
 * the app's origin: no frame, no new page, no script (the guard also fails on any CSP violation).
 * Import files with odd ids, instants and amounts are refused naming file, record and field, with
 * nothing written; ids such as "constructor" import and are reached by their links.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { caseRecord, charge, emptyRecords, envelope, interaction } from './export-file';
import { openApp, phoneSuite, screenshot } from './harness';

const en = messages.en;
const suite = phoneSuite();
const AT = Date.UTC(2026, 9, 1, 10);

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077533de00000000c4944415408d763f8cfc000000301010018dd8db40000000049454e44ae426082', 'hex');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="window.top.__ran=1"><script>window.top.__ran=2</script></svg>';
const HTML = '<!doctype html><html><body><script>window.top.__ran=3</script><img src=x onerror="window.top.__ran=4"></body></html>';

async function newCase(page: Page, company: string): Promise<void> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill(company);
  await page.getByLabel(en['caseForm.reason']).selectOption('cancellation-issue');
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

function storedTypes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const req = indexedDB.open('refund-tracker');
        req.onsuccess = () => {
          const get = req.result.transaction('evidence').objectStore('evidence').getAll();
          get.onsuccess = () => {
            req.result.close();
            resolve(Object.fromEntries((get.result as { name: string; type: string }[]).map((e) => [e.name, e.type])));
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

function countCases(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('refund-tracker');
        req.onsuccess = () => {
          const count = req.result.transaction('cases').objectStore('cases').count();
          count.onsuccess = () => {
            req.result.close();
            resolve(count.result);
          };
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

describe('hostile files', () => {
  it('stores disguised evidence as what its bytes are, and nothing of it runs on the app’s origin', async () => {
    const { page, context } = await suite.open();
    await openApp(page, '/');
    await newCase(page, 'Disguise Ltd');
    const panel = page.getByRole('region', { name: en['evidence.title'] });
    await panel.getByRole('button', { name: en['evidence.attach'] }).click();
    const form = panel.getByRole('form', { name: en['evidence.attachTitle'] });
    await form.getByLabel(en['evidence.chooseFiles']).setInputFiles([
      { name: 'drawing.svg', mimeType: 'image/svg+xml;charset=utf-8', buffer: Buffer.from(SVG) },
      { name: 'LOUD.SVG', mimeType: 'IMAGE/SVG+XML', buffer: Buffer.from(SVG) },
      { name: 'page', mimeType: '', buffer: Buffer.from(HTML) },
      { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some text, not a picture') },
      { name: 'statement.pdf', mimeType: 'application/pdf', buffer: PNG },
      { name: 'archive.png', mimeType: 'image/png', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe]) },
    ]);
    await form.getByRole('button', { name: 'Attach 6 file(s)' }).click();
    await page.getByText('6 file(s) attached.').waitFor();

    expect(await storedTypes(page)).toEqual({
      'drawing.svg': 'text/plain',
      'LOUD.SVG': 'text/plain',
      page: 'text/plain',
      'notes.png': 'text/plain',
      'statement.pdf': 'image/png',
      'archive.png': 'application/octet-stream',
    });

    // Text opens as escaped text: the markup is characters in a <pre>, not elements.
    await panel.getByRole('button', { name: 'Open drawing.svg' }).click();
    const viewer = page.getByRole('dialog', { name: 'Full-size view of drawing.svg' });
    await expect.poll(() => viewer.locator('pre').textContent()).toBe(SVG);
    expect(await viewer.locator('svg, script, img, iframe, object, embed').count()).toBe(0);
    await screenshot(page, 'hostile-svg-as-text');
    await viewer.getByRole('button', { name: en['common.close'] }).click();

    await panel.getByRole('button', { name: 'Open page' }).click();
    await expect.poll(() => page.getByRole('dialog').locator('pre').textContent()).toBe(HTML);
    await page.getByRole('dialog').getByRole('button', { name: en['common.close'] }).click();

    // The PNG named .pdf shows as an image; the ZIP only downloads, in this tab, as bytes.
    await panel.getByRole('button', { name: 'Open statement.pdf' }).waitFor();
    const link = panel.getByRole('link', { name: 'Download archive.png' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('archive.png');

    expect(context.pages()).toHaveLength(1);
    expect(page.frames()).toHaveLength(1);
    expect(await page.locator('iframe, object, embed').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
  });

  it('refuses import files with odd ids, instants and amounts, naming file, record and field, writing nothing', async () => {
    const { page } = await suite.open();
    await openApp(page, '/settings');
    const odd: [string, (r: ReturnType<typeof emptyRecords>) => void, string][] = [
      ['id-new.json', (r) => (r.cases[0]!.id = 'new'), 'record 1 of “cases”'],
      ['id-slash.json', (r) => (r.cases[0]!.id = 'a/b'), 'record 1 of “cases”'],
      ['id-dots.json', (r) => (r.cases[0]!.id = '..'), 'record 1 of “cases”'],
      ['far-future.json', (r) => (r.interactions[0]!.occurredAt = 8.64e15), 'record 1 of “interactions”'],
      ['negative.json', (r) => (r.charges[0]!.amount.minor = -500), 'record 1 of “charges”'],
      ['xyz.json', (r) => (r.charges[0]!.amount.currency = 'XYZ'), 'record 1 of “charges”'],
    ];
    for (const [name, edit, where] of odd) {
      const records = emptyRecords();
      records.cases.push(caseRecord('case-1', AT));
      records.interactions.push(interaction('contact-1', 'case-1', AT, { summary: 'Chat' }));
      records.charges.push(charge('charge-1', 'case-1', AT));
      edit(records);
      await page.getByLabel(en['backup.restore.pick']).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope(records, AT))) });
      const alert = page.getByRole('alert').filter({ hasText: name });
      await alert.waitFor();
      const text = (await alert.innerText()).replace(/\s/g, ' ');
      expect(text).toContain(where);
      expect(text).toContain('field “');
      expect(text).toContain(en['backup.restore.nothingChanged']);
      expect(text).not.toMatch(/expected|Instance|Object\b/);
      expect(await countCases(page)).toBe(0);
    }
    await screenshot(page, 'hostile-import-refused');
  });

  it('imports ids such as constructor and __proto__, and their links reach them', async () => {
    const { page } = await suite.open();
    await openApp(page, '/settings');
    const records = emptyRecords();
    records.cases.push(caseRecord('constructor', AT, { company: 'Prototype Inc' }));
    records.interactions.push(interaction('__proto__', 'constructor', AT, { summary: 'A chat about prototypes' }));
    records.charges.push(charge('toString', 'constructor', AT));
    await page.getByLabel(en['backup.restore.pick']).setInputFiles({ name: 'odd-ids.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(envelope(records, AT))) });
    await page.getByRole('button', { name: en['backup.restore.confirm'] }).click();
    await page.getByRole('status').filter({ hasText: 'Imported from odd-ids.json' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: en['nav.cases'] }).click();
    await page.getByRole('link', { name: /Prototype Inc/ }).click();
    await page.waitForURL(/\/cases\/constructor$/);
    await page.getByText('A chat about prototypes').first().waitFor();
  });
});
