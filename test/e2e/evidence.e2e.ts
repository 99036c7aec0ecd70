/**
 * Evidence files, end to end at 390x844 in real Chromium: a PNG and a PDF attached to a
 * case with a thumbnail made by the browser (the PDF downloads, never opens on the app's origin), a
 * WebP kept as it is with a PNG copy, a HEIC Chromium
 * cannot decode kept without preview, and a file over 15 MB refused with the note still typed.
 *
 * Storage pressure is covered by component tests: Chromium's navigator.storage.estimate() does not
 * reflect a DevTools quota override (it reports usage plus a fixed margin), and a quota override did
 * not make Chromium refuse an IndexedDB write carrying a Blob.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../src/domain/evidence';
import { messages } from '../../src/i18n/messages';
import {
  openApp,
  phoneSuite,
  screenshot,
} from './harness';

const en = messages.en;
/** The id of Chromium's built-in PDF viewer component extension. */
const CHROMIUM_PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';
const suite = phoneSuite();

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A real RGB PNG of the given size: a colour gradient, so the thumbnail has something to show. */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x += 1) rows.set([(x * 255) / width, (y * 255) / height, 160], row + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The start of a HEIC photo (an ISO media "ftyp" box with the heic brand) that no browser can decode. */
const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.from('not really a photo')]);

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

async function newCase(page: Page, company: string): Promise<void> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill(company);
  await page.getByLabel(en['caseForm.product']).fill('Standard plan');
  await page.getByLabel(en['caseForm.reason']).selectOption('cancellation-issue');
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

function evidencePanel(page: Page) {
  return page.getByRole('region', { name: en['evidence.title'] });
}

async function openAttachForm(page: Page) {
  const panel = evidencePanel(page);
  await panel.getByRole('button', { name: en['evidence.attach'] }).click();
  return panel.getByRole('form', { name: en['evidence.attachTitle'] });
}

/** Stored evidence, read straight from IndexedDB (without the bytes). */
function storedEvidence(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Array<{ name: string; type: string; kind: string; sha256: string; size: number; thumbnail?: string; displayCopy?: string }>>((resolve, reject) => {
        const req = indexedDB.open('refund-tracker');
        req.onsuccess = () => {
          const get = req.result.transaction('evidence').objectStore('evidence').getAll();
          get.onsuccess = () => {
            req.result.close();
            resolve(
              (get.result as Array<Record<string, unknown>>).map((e) => ({
                name: e.name as string,
                type: e.type as string,
                kind: e.kind as string,
                sha256: e.sha256 as string,
                size: e.size as number,
                thumbnail: (e.thumbnail as Blob | undefined)?.type,
                displayCopy: (e.displayCopy as Blob | undefined)?.type,
              })),
            );
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

describe('evidence', () => {
  it('attaches a PNG and a PDF, shows the thumbnail, opens the image full size', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await openApp(page, '/');
    await newCase(page, 'Netflix');
    const form = await openAttachForm(page);
    await form.getByLabel(en['evidence.chooseFiles']).setInputFiles([
      { name: 'cancellation.png', mimeType: 'image/png', buffer: png(1200, 800) },
      { name: 'statement.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await form.getByLabel(en['evidence.kind']).selectOption('cancellation-confirmation');
    await form.getByLabel(/^Note/).fill('Confirmation email of 2 November');
    await screenshot(page, 'evidence-attach-form');
    await form.getByRole('button', { name: 'Attach 2 file(s)' }).click();
    await page.getByText('2 file(s) attached.').waitFor();

    const panel = evidencePanel(page);
    const thumb = panel.getByRole('button', { name: 'Open cancellation.png' }).locator('img');
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(213);
    // A PDF is never opened as a document of the app's origin: it downloads, in the same tab.
    const pdfLink = panel.getByRole('link', { name: 'Download statement.pdf' });
    expect(await pdfLink.getAttribute('href')).toMatch(/^blob:/);
    expect(await pdfLink.getAttribute('target')).toBeNull();
    expect(await pdfLink.getAttribute('download')).toBe('statement.pdf');
    await screenshot(page, 'evidence-panel');
    const pages = page.context().pages().length;
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe('statement.pdf');
    expect(readFileSync(await download.path())).toEqual(PDF);
    expect(page.context().pages().length).toBe(pages);
    expect(phone.guard.foreignRequests.filter((r) => r.includes(CHROMIUM_PDF_VIEWER))).toEqual([]);

    const stored = await storedEvidence(page);
    expect(stored.map((e) => [e.name, e.type, e.kind, e.thumbnail ?? null]).sort()).toEqual([
      ['cancellation.png', 'image/png', 'cancellation-confirmation', 'image/jpeg'],
      ['statement.pdf', 'application/pdf', 'cancellation-confirmation', null],
    ]);
    const { createHash } = await import('node:crypto');
    expect(stored.find((e) => e.name === 'statement.pdf')?.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    await panel.getByRole('button', { name: 'Open cancellation.png' }).click();
    const viewer = page.getByRole('dialog', { name: 'Full-size view of cancellation.png' });
    await viewer.waitFor();
    await expect.poll(() => viewer.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
    await screenshot(page, 'evidence-viewer');
    await viewer.getByRole('button', { name: en['common.close'] }).click();
    await expect.poll(() => viewer.count()).toBe(0);

    await panel.getByRole('button', { name: 'Delete statement.pdf' }).click();
    await expect.poll(() => pdfLink.count()).toBe(0);
    await page.getByRole('button', { name: en['common.undo'] }).click();
    await pdfLink.waitFor();
  });

  it('keeps a WebP with a PNG copy and a HEIC it cannot decode without preview', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await openApp(page, '/');
    await newCase(page, 'LinkedIn');
    const webp = Buffer.from(
      await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(640, 480);
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#c0392b';
        ctx.fillRect(0, 0, 640, 480);
        const blob = await canvas.convertToBlob({ type: 'image/webp' });
        return Array.from(new Uint8Array(await blob.arrayBuffer()));
      }),
    );
    const form = await openAttachForm(page);
    await form.getByLabel(en['evidence.chooseFiles']).setInputFiles([
      { name: 'error.webp', mimeType: 'image/webp', buffer: webp },
      { name: 'IMG_0042.HEIC', mimeType: 'image/heic', buffer: HEIC },
    ]);
    await form.getByRole('button', { name: 'Attach 2 file(s)' }).click();
    await page.getByText('2 file(s) attached.').waitFor();

    const stored = await storedEvidence(page);
    expect(stored.find((e) => e.name === 'error.webp')).toMatchObject({ type: 'image/webp', thumbnail: 'image/jpeg', displayCopy: 'image/png' });
    expect(stored.find((e) => e.name === 'IMG_0042.HEIC')).toMatchObject({ type: 'image/heic', thumbnail: undefined, displayCopy: undefined });
    const panel = evidencePanel(page);
    await panel.getByText(en['evidence.noPreview']).waitFor();
    expect(await panel.getByRole('link', { name: 'Download IMG_0042.HEIC' }).getAttribute('download')).toBe('IMG_0042.HEIC');
    await panel.getByRole('button', { name: 'Open error.webp' }).click();
    await expect.poll(() => page.getByRole('dialog').getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
  });

  it('refuses a file over the limit by name and keeps the typed note', async () => {
    const phone = await suite.open();
    const { page } = phone;
    await openApp(page, '/');
    await newCase(page, 'Spotify');
    const form = await openAttachForm(page);
    await form.getByLabel(/^Note/).fill('Scan of the bank statement, November');
    await form.getByLabel(en['evidence.kind']).selectOption('bank-statement');
    await form.getByLabel(en['evidence.chooseFiles']).setInputFiles({ name: 'bank-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(MAX_EVIDENCE_BYTES + 1) });
    const alert = form.getByRole('alert');
    // Rounded, both would read 15.8 MB: near the limit the sizes are exact.
    await expect.poll(async () => (await alert.innerText()).replace(/\s/g, ' ')).toContain('“bank-scan.pdf” is 15,728,641 bytes: files can be up to 15,728,640 bytes.');
    expect(await form.getByText(/^Photos, screenshots, PDFs or text files, up to 15\.8\sMB each\./).isVisible()).toBe(true);
    expect(await form.getByLabel(/^Note/).inputValue()).toBe('Scan of the bank statement, November');
    expect(await form.getByLabel(en['evidence.kind']).inputValue()).toBe('bank-statement');
    await screenshot(page, 'evidence-too-large');
    expect(await storedEvidence(page)).toEqual([]);
  });
});
