/**
 * "Data you own", end to end in real Chromium at 390x844: a case with a logged call and a
 * photo is backed up from Settings (the downloaded file validates against the JSON Schema the app
 * serves, and carries the photo's exact bytes), the CSV files open with the right columns, and the
 * backup is restored into a fresh browser profile in French, photo and all.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHARGE_COLUMNS } from '../../src/export/csv/charges-csv';
import { INTERACTION_COLUMNS } from '../../src/export/csv/interactions-csv';
import { messages } from '../../src/i18n/messages';
import { BASE_URL, launchBrowser, newPhonePage, openApp, screenshot, type PhonePage } from './harness';

const en = messages.en;
const fr = messages.fr;
let browser: Browser;
const phones: PhonePage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const open = phones.splice(0);
  try {
    for (const p of open) p.guard.assertClean();
  } finally {
    for (const p of open) await p.close();
  }
});

/** A small real PNG (a gradient), so the evidence panel makes a thumbnail of it. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) rows.set([(x * 255) / width, (y * 255) / height, 90], y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const PHOTO = png(640, 480);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await (file as Download).path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** CSV rows (RFC 4180), after the byte-order mark. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

function csvOf(bytes: Buffer, sep: string): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(bytes.subarray(3).toString('utf8'), sep);
}

async function caseWithCallAndPhoto(page: Page): Promise<void> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill('Société Générale');
  await page.getByLabel(en['caseForm.product']).fill('Compte Premium');
  await page.getByLabel(en['caseForm.reason']).selectOption('billing-error');
  await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
  const charge = page.getByRole('group', { name: 'Charge 1' });
  await charge.getByLabel(en['caseForm.amount']).fill('13.99');
  await charge.getByLabel(en['caseForm.currency']).fill('EUR');
  await charge.getByLabel(en['caseForm.chargedOn']).fill('2026-10-02');
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);

  await page.getByRole('link', { name: en['case.logContact'] }).click();
  await expect.poll(() => page.getByRole('radio', { name: en['channel.chat'] }).isChecked()).toBe(true);
  await page.getByLabel(en['log.agentName']).fill('Zoé Lefèvre');
  await page.getByRole('textbox', { name: 'Reference 1' }).fill('SG-2026-77');
  await page.getByLabel(en['log.summary']).fill('=SUM(A1) refusé ; rappeler "lundi" 🎉 שלום');
  await page.getByLabel(en['log.outcome']).selectOption('reply-promised');
  await page.getByRole('button', { name: en['log.save'], exact: true }).click();
  await page.getByRole('region', { name: en['case.timeline'] }).getByRole('button', { name: 'Copy reference SG-2026-77' }).waitFor();

  const panel = page.getByRole('region', { name: en['evidence.title'] });
  await panel.getByRole('button', { name: en['evidence.attach'] }).click();
  const form = panel.getByRole('form', { name: en['evidence.attachTitle'] });
  await form.getByLabel(en['evidence.chooseFiles']).setInputFiles([{ name: 'relevé.png', mimeType: 'image/png', buffer: PHOTO }]);
  await form.getByRole('button', { name: 'Attach 1 file(s)' }).click();
  await page.getByText('1 file(s) attached.').waitFor();
}

/** The stored evidence with its bytes as hex, read straight from IndexedDB. */
function storedFiles(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ name: string; sha256: string; bytes: string; thumbnail: boolean }[]>((resolve, reject) => {
        const req = indexedDB.open('refund-tracker');
        req.onsuccess = () => {
          const get = req.result.transaction('evidence').objectStore('evidence').getAll();
          get.onsuccess = async () => {
            req.result.close();
            const hex = async (b: Blob) => [...new Uint8Array(await b.arrayBuffer())].map((x) => x.toString(16).padStart(2, '0')).join('');
            const rows = get.result as { name: string; sha256: string; blob: Blob; thumbnail?: Blob }[];
            resolve(await Promise.all(rows.map(async (e) => ({ name: e.name, sha256: e.sha256, bytes: await hex(e.blob), thumbnail: !!e.thumbnail }))));
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

describe('data you own', () => {
  it('backs up from Settings, exports CSV, and restores the backup into a fresh profile', async () => {
    const a = await newPhonePage(browser);
    phones.push(a);
    await openApp(a.page, '/');
    await caseWithCallAndPhoto(a.page);

    await a.page.getByRole('navigation').getByRole('link', { name: en['nav.home'] }).click();
    await a.page.getByText(en['backup.nudge.never']).waitFor();
    await screenshot(a.page, 'backup-home-nudge');

    await a.page.getByRole('navigation').getByRole('link', { name: en['nav.settings'] }).click();
    await a.page.getByRole('heading', { name: en['backup.title'] }).waitFor();
    const backup = await download(a.page, () => a.page.getByRole('button', { name: en['backup.exportAll'] }).click());
    expect(backup.name).toMatch(/^refund-tracker-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await a.page.getByText(/^Last full backup: /).waitFor();
    await screenshot(a.page, 'backup-settings');

    const file = JSON.parse(backup.bytes.toString('utf8'));
    const schema = await (await a.page.request.get(`${BASE_URL}/export-format.schema.json`)).json();
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.records.cases.map((c: { company: string }) => c.company)).toEqual(['Société Générale']);
    const [evidence] = file.records.evidence;
    expect(Buffer.from(evidence.file.base64, 'base64').equals(PHOTO)).toBe(true);
    expect(evidence.sha256).toBe(sha256(PHOTO));
    expect(evidence.thumbnail.type).toBe('image/jpeg');

    const interactions = csvOf((await download(a.page, () => a.page.getByRole('button', { name: en['backup.csvInteractions'] }).click())).bytes, ',');
    expect(interactions[0]).toEqual(INTERACTION_COLUMNS.map((k) => en[k]));
    expect(interactions).toHaveLength(2);
    expect(interactions[1]![0]).toBe('Société Générale');
    expect(interactions[1]![8]).toBe('Zoé Lefèvre');
    expect(interactions[1]![13]).toBe('\'=SUM(A1) refusé ; rappeler "lundi" 🎉 שלום');
    const charges = csvOf((await download(a.page, () => a.page.getByRole('button', { name: en['backup.csvCharges'] }).click())).bytes, ',');
    expect(charges[0]).toEqual(CHARGE_COLUMNS.map((k) => en[k]));
    expect(charges[1]!.slice(2, 6)).toEqual(['2026-10-02', '', '13.99', 'EUR']);

    await a.page.getByRole('navigation').getByRole('link', { name: en['nav.home'] }).click();
    await a.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await a.page.getByText(en['backup.nudge.title']).count()).toBe(0);

    // A fresh browser profile, in French: restore the file downloaded above.
    const b = await newPhonePage(browser, { locale: 'fr-FR' });
    phones.push(b);
    await openApp(b.page, '/settings');
    await b.page.getByLabel(fr['backup.restore.pick']).setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
    await b.page.getByText('Dossiers déjà présents sur cet appareil : 0.').waitFor();
    await b.page.getByRole('radio', { name: new RegExp(fr['backup.policy.take-theirs']) }).check();
    await screenshot(b.page, 'backup-restore-preview');
    await b.page.getByRole('button', { name: fr['backup.restore.confirm'], exact: true }).click();
    await b.page.getByRole('status').filter({ hasText: `Import de ${backup.name} terminé` }).waitFor();

    const restored = await storedFiles(b.page);
    expect(restored).toEqual([{ name: 'relevé.png', sha256: sha256(PHOTO), bytes: PHOTO.toString('hex'), thumbnail: true }]);
    await b.page.getByRole('navigation').getByRole('link', { name: fr['nav.cases'] }).click();
    await b.page.getByRole('link', { name: /Société Générale/ }).click();
    await b.page.getByText('Zoé Lefèvre', { exact: false }).first().waitFor();
    await screenshot(b.page, 'backup-restored-case');

    await b.page.getByRole('navigation').getByRole('link', { name: fr['nav.settings'] }).click();
    const csvFr = csvOf((await download(b.page, () => b.page.getByRole('button', { name: fr['backup.csvCharges'] }).click())).bytes, ';');
    expect(csvFr[0]).toEqual(CHARGE_COLUMNS.map((k) => fr[k]));
    expect(csvFr[1]!.slice(4, 6)).toEqual(['13,99', 'EUR']);
  });

  it('refuses a damaged backup and leaves the fresh profile empty', async () => {
    const c = await newPhonePage(browser);
    phones.push(c);
    await openApp(c.page, '/settings');
    const damaged = JSON.stringify({ format: 'refund-tracker-export', version: 1 }).slice(0, -1);
    await c.page.getByLabel(en['backup.restore.pick']).setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
    await c.page.getByRole('alert').filter({ hasText: 'half.json is incomplete' }).waitFor();
    expect(await c.page.getByText(en['backup.restore.nothingChanged']).count()).toBe(1);
    await c.page.getByRole('navigation').getByRole('link', { name: en['nav.cases'] }).click();
    await c.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await c.page.getByRole('link', { name: /Société Générale/ }).count()).toBe(0);
  });
});
