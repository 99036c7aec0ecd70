import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildDossierDocument } from '../../../src/export/pdf/dossier-document';
import { bytesToBase64 } from '../../../src/export/pdf/images';
import { renderPdf } from '../../../src/export/pdf/render';
import { AGENTS, bigBundle, NOW, pngBytes, refOf } from '../dossier-fixture';
import { nodeFonts, OUT_DIR, pdfInfo, pdfSyntax, pdfText, savePdf } from './pdf-tools';

const fonts = nodeFonts();
const shot = `data:image/png;base64,${bytesToBase64(pngBytes(320, 200, [200, 40, 40]))}`;

async function makePdf(name: string, bundle = bigBundle(200), lang: 'en' | 'fr' = 'en') {
  const doc = buildDossierDocument(bundle, new Map([['shot', shot]]), { lang, now: NOW, timeZone: 'Europe/Warsaw', homeRegion: 'EU' });
  const bytes = await renderPdf(doc, fonts);
  return { bytes, path: savePdf(name, bytes) };
}

describe('PDF dossier of a case with 200 interactions', () => {
  it('holds every agent name and reference number, in Polish and Cyrillic too', async () => {
    const { path } = await makePdf('dossier-200-en.pdf');
    const text = pdfText(path);
    const wanted = [...AGENTS, ...Array.from({ length: 200 }, (_, n) => refOf(n)), 'RT-0009-B', 'RT-0198-B'];
    expect(wanted.filter((w) => !text.includes(w))).toEqual([]);
    expect(text).toContain('Every contact with the company (200)');
    expect(text).toContain('Streamflix Europe');
    expect(text).toContain('jan.kowalski@example.pl');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('Made on 22 Nov 2026, 14:05');
    expect(text).toContain('shot.png Error screenshot · 1 Sept 2026 · 48.3 kB');
  }, 60_000);

  it('contains no scripts, actions or form fields', async () => {
    const { bytes } = await makePdf('dossier-safety.pdf');
    const raw = Buffer.from(bytes).toString('latin1');
    for (const name of ['/JavaScript', '/OpenAction', '/AcroForm', '/Launch']) expect(raw).not.toContain(name);
    expect(pdfSyntax(bytes)).not.toMatch(/\/(AA|JS|URI)\b/);
  }, 60_000);

  it('uses A4 in the EU and Letter in the US and Canada, falling back to the home region', async () => {
    const a4 = await makePdf('dossier-a4.pdf', bigBundle(3, 'EU'));
    expect(pdfInfo(a4.path)['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
    const us = await makePdf('dossier-us.pdf', bigBundle(3, 'US'));
    expect(pdfInfo(us.path)['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    const bundle = bigBundle(3, '');
    const doc = buildDossierDocument(bundle, new Map(), { lang: 'en', now: NOW, timeZone: 'UTC', homeRegion: 'CA' });
    expect(doc.pageSize).toBe('LETTER');
  }, 60_000);

  it('is made in French whatever the app language, with French dates and money', async () => {
    const { path } = await makePdf('dossier-200-fr.pdf', bigBundle(200), 'fr');
    const text = pdfText(path);
    expect(text).toContain('Tous les échanges avec l’entreprise (200)');
    expect(text).toMatch(/Page 1 sur \d+/);
    expect(text).toContain('Établi le 22 nov. 2026, 14:05');
    expect(text).toContain('17,99 €');
    expect(text).toContain('réclamation.pdf Courrier · 1 sept. 2026 · 1,3 Mo');
    expect(AGENTS.filter((a) => !text.includes(a))).toEqual([]);
  }, 60_000);

  it('renders pages that can be looked at', async () => {
    const { path } = await makePdf('dossier-look.pdf');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', path, `${OUT_DIR}/page`]);
    const pages = Number(pdfInfo(path)['Pages']);
    expect(pages).toBeGreaterThan(5);
  }, 60_000);
});

/** A summary of exactly `length` characters made of numbered words, to check order and completeness. */
function numberedText(tag: string, length: number): string {
  let text = '';
  for (let n = 1; text.length < length; n++) text += `${tag}${String(n).padStart(4, '0')} `;
  return text.slice(0, length);
}

/** The numbered words of `tag` as read back, in reading order. */
function numberedWords(text: string, tag: string): string[] {
  return text.match(new RegExp(`${tag}\\d{4}`, 'g')) ?? [];
}

describe('PDF dossier with contacts longer than a page', () => {
  it.each([
    ['en', 0],
    ['fr', 0],
    ['en', 3],
    ['fr', 5],
  ] as const)('keeps every contact whole, in order, with the header on each page (%s, long contact %i)', async (lang, at) => {
    const bundle = bigBundle(8);
    const summary = numberedText('LONGW', 5000);
    bundle.interactions[at] = { ...bundle.interactions[at]!, summary };
    const { path } = await makePdf(`dossier-long-${lang}-${at}.pdf`, bundle, lang);
    const text = pdfText(path);
    const wanted = summary.trim().split(' ');
    expect(numberedWords(text, 'LONGW')).toEqual(wanted);
    // Every contact, oldest first, by its reference number.
    expect(text.match(/RT-\d{4}(?!-B)/g)?.filter((r, i, all) => all.indexOf(r) === i)).toEqual(Array.from({ length: 8 }, (_, n) => refOf(n)));
    const header = lang === 'en' ? /Channel Duration/g : /Canal Durée/g;
    expect(text.match(header)?.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('keeps a long evidence note and a long first charge description whole', async () => {
    const bundle = bigBundle(2);
    bundle.evidence[0] = { ...bundle.evidence[0]!, note: numberedText('NOTEW', 5000) };
    bundle.charges[0] = { ...bundle.charges[0]!, description: Array.from({ length: 90 }, (_, n) => `CHRGW${String(n + 1).padStart(4, '0')}`).join('\n') };
    const { path } = await makePdf('dossier-long-note.pdf', bundle);
    const text = pdfText(path);
    expect(numberedWords(text, 'NOTEW')).toHaveLength(numberedText('NOTEW', 5000).trim().split(' ').length);
    expect(numberedWords(text, 'CHRGW')).toHaveLength(90);
  }, 60_000);
});

describe('PDF dossier with unusual input', () => {
  it('keeps a very long summary whole, split over pages rather than cut off', async () => {
    const bundle = bigBundle(4);
    bundle.interactions[1] = { ...bundle.interactions[1]!, summary: `${'Transcript line of the chat. '.repeat(900)}ENDOFTRANSCRIPT` };
    const { path } = await makePdf('dossier-long-summary.pdf', bundle);
    expect(pdfText(path)).toContain('ENDOFTRANSCRIPT');
  }, 60_000);

  it('still makes a PDF for a case with nothing recorded yet', async () => {
    const bundle = { ...bigBundle(0), charges: [], evidence: [], statusChanges: [] };
    const { path } = await makePdf('dossier-empty.pdf', bundle);
    const text = pdfText(path);
    expect(text).toContain('None recorded.');
    expect(pdfInfo(path)['Pages']).toBe('1');
  }, 60_000);
});

describe('PDF dossier with deadlines and next steps', () => {
  it('shows each with its date, how it is counted and its source', async () => {
    const doc = buildDossierDocument(bigBundle(3), new Map(), {
      lang: 'en',
      now: NOW,
      timeZone: 'Europe/Warsaw',
      homeRegion: 'EU',
      deadlines: [{ title: '14-day right of withdrawal', date: '2026-09-15', note: '14 days, starting the day after.', source: 'Directive 2011/83/EU, Art. 9', checked: 'November 2026', overridden: true }],
      nextSteps: [{ title: 'Follow up on their promise', dueAt: Date.UTC(2026, 10, 24, 22, 59), why: 'They promised a reply by 24 Nov 2026.' }],
    });
    const path = savePdf('dossier-rules.pdf', await renderPdf(doc, fonts));
    const text = pdfText(path);
    expect(text).toMatch(/Next steps .*Follow up on their promise 24 Nov 2026, 23:59 GMT\+1 They promised a reply by 24 Nov 2026\./);
    expect(text).toMatch(/Deadlines .*14-day right of withdrawal 14 days, starting the day after\. 15 Sept 2026 date set by hand Directive 2011\/83\/EU, Art\. 9 checked in November 2026/);
    expect(text).toContain('information, not legal advice');
  }, 60_000);
});
