/**
 * End to end at 390x844 in real Chromium: a case with contacts in Polish and Cyrillic names
 * and a photo as evidence; offline, the dossier PDF is made in French from the real app, downloaded,
 * and read back with pdftotext; the escalation summary is copied in one tap.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import {
  openApp,
  phoneSuite,
  reloadUntilControlled,
  screenshot,
  waitForServiceWorker,
} from './harness';

const en = messages.en;
const OUT = '/tmp/dossier-e2e';
const suite = phoneSuite();

/** A small solid-colour PNG, as a screenshot of an error would be. */
function png(width: number, height: number): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = table[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x7f)]);
  const rows = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function newCase(page: Page, company: string): Promise<void> {
  await page.getByRole('link', { name: en['nav.newCase'] }).click();
  await page.getByLabel(en['caseForm.company'], { exact: true }).fill(company);
  await page.getByLabel(en['caseForm.product']).fill('Premium');
  await page.getByLabel(en['caseForm.reason']).selectOption('cancellation-issue');
  await page.getByRole('button', { name: en['caseForm.addCharge'] }).click();
  const charge = page.getByRole('group', { name: 'Charge 1' });
  await charge.getByLabel(en['caseForm.amount']).fill('17,99');
  await charge.getByLabel(en['caseForm.currency']).fill('EUR');
  await charge.getByLabel(en['caseForm.chargedOn']).fill('2026-10-28');
  await page.getByRole('button', { name: en['caseForm.save'] }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
}

async function logContact(page: Page, agent: string, reference: string, summary: string): Promise<void> {
  const caseUrl = page.url();
  await page.getByRole('link', { name: en['case.logContact'] }).click();
  await page.getByLabel(en['log.agentName']).fill(agent);
  await page.getByRole('textbox', { name: 'Reference 1' }).fill(reference);
  await page.getByLabel(en['log.summary']).fill(summary);
  await page.getByLabel(en['log.outcome']).selectOption('no-resolution');
  await page.getByRole('button', { name: en['log.save'], exact: true }).click();
  await page.waitForURL(caseUrl);
}

async function attachPhoto(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: en['evidence.title'] });
  await panel.getByRole('button', { name: en['evidence.attach'] }).click();
  const form = panel.getByRole('form', { name: en['evidence.attachTitle'] });
  await form.getByLabel(en['evidence.chooseFiles']).setInputFiles({ name: 'erreur.png', mimeType: 'image/png', buffer: png(400, 300) });
  await form.getByRole('button', { name: 'Attach 1 file(s)' }).click();
  await page.getByText('1 file(s) attached.').waitFor();
}

describe('escalation dossier', () => {
  it('makes the PDF offline, in French, from the real app, and it reads back with pdftotext', async () => {
    const phone = await suite.open();
    const { page, context } = phone;
    await openApp(page);
    await waitForServiceWorker(page);
    await reloadUntilControlled(page);

    await newCase(page, 'Zdrój Média');
    await logContact(page, 'Łukasz Wiśniewski', 'PL-2026-4471', 'Résiliation confirmée, remboursement refusé.');
    await logContact(page, 'Дмитрий Иванов', 'RU-9981', 'Обещал перезвонить.');
    await attachPhoto(page);

    await context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    const card = page.getByRole('region', { name: en['dossier.card.title'] });
    await card.waitFor();
    await card.getByRole('radio', { name: 'Français' }).check();
    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: en['dossier.card.downloadPdf'] }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^dossier-remboursement-zdroj-media-\d{4}-\d{2}-\d{2}\.pdf$/);
    mkdirSync(OUT, { recursive: true });
    const path = `${OUT}/dossier-offline.pdf`;
    await download.saveAs(path);
    await card.getByText(/^PDF ready: dossier-remboursement-zdroj-media/).waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'dossier-card-offline');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await context.setOffline(false);

    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const wanted of ['Zdrój Média', 'Łukasz Wiśniewski', 'Дмитрий Иванов', 'PL-2026-4471', 'RU-9981', 'Обещал перезвонить.', 'Tous les échanges avec l’entreprise (2)', 'Page 1 sur', 'erreur.png']) {
      expect(text).toContain(wanted);
    }
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    // The photo went through the canvas and is embedded as a JPEG preview.
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.map((l) => l.trim().split(/\s+/).slice(3, 5).concat(l.trim().split(/\s+/)[8]!))).toEqual([['400', '300', 'jpeg']]);
    const raw = readFileSync(path).toString('latin1');
    for (const name of ['/JavaScript', '/OpenAction', '/AcroForm']) expect(raw).not.toContain(name);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path, `${OUT}/page`]);
  });

  it('copies the escalation summary in one tap', async () => {
    const phone = await suite.open();
    const { page, context } = phone;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await newCase(page, 'Netflix');
    await logContact(page, 'Zoë Lefèvre', 'NF-1234', 'Asked for the refund.');
    const card = page.getByRole('region', { name: en['dossier.card.title'] });
    await card.getByRole('button', { name: en['dossier.card.copySummary'] }).click();
    await card.getByRole('button', { name: en['dossier.card.copied'] }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Refund request: Netflix, Premium\n/);
    expect(copied).toMatch(/^1\. .* – Chat – Zoë Lefèvre – ref\. NF-1234$/m);
    expect(copied).toContain('What I am asking for now: a full refund of €17.99.');
  });
});
