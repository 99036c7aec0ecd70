// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildLetter } from '../../../src/domain/letters';
import { buildLetterDocument } from '../../../src/export/pdf/letter-document';
import { makeLetterPdf } from '../../../src/export/pdf/make-letter';
import { renderPdf } from '../../../src/export/pdf/render';
import { at, bundle, PARIS } from '../../domain/follow-up/build';
import { nodeFonts, pdfInfo, pdfSyntax, pdfText, savePdf } from './pdf-tools';

const fonts = nodeFonts();
const b = bundle({
  case: { region: 'EU', company: 'Streamflix', product: 'Premium plan', accountId: 'jan@example.com', reason: 'cancellation-issue', cancelledOn: '2026-10-28' },
  charges: [{ on: '2026-11-01' }],
  log: [{ on: '2026-11-03', refs: ['CS-1001'] }],
});

describe('letter PDF', () => {
  it('prints the letter as written, French accents and spacing included', async () => {
    const letter = buildLetter('formal-notice', 'fr', b, { homeRegion: 'EU' }, { now: at('2026-11-20T10:00'), timeZone: PARIS });
    const bytes = await renderPdf(buildLetterDocument({ subject: letter.subject, body: letter.body, lang: 'fr', region: 'EU' }), fonts);
    const path = savePdf('letter-fr.pdf', bytes);
    const text = pdfText(path);
    expect(text).toContain('Mise en demeure');
    expect(text).toContain('13,99 €');
    expect(text).toContain('1 novembre 2026');
    expect(text).toContain('CS-1001');
    expect(text).toContain('à compléter');
    expect(pdfInfo(path)['Page size']).toMatch(/595\.\d* x 841\.\d*/);
    expect(pdfSyntax(bytes)).not.toMatch(/\/(JavaScript|OpenAction|AcroForm|Launch|AA|JS|URI)\b/);
  }, 30_000);

  it('uses Letter paper in the US and hands back a named PDF file', async () => {
    const letter = { subject: 'Billing error notice', body: 'Dear Sir or Madam,\n\nText.', lang: 'en' as const, region: 'US' as const };
    const file = await makeLetterPdf(letter, 'letter-x.pdf', { loadFonts: async () => fonts, render: (l, f) => renderPdf(buildLetterDocument(l), f) });
    expect(file.name).toBe('letter-x.pdf');
    expect(file.type).toBe('application/pdf');
    const path = savePdf('letter-us.pdf', new Uint8Array(await file.arrayBuffer()));
    expect(pdfInfo(path)['Page size']).toMatch(/612 x 792/);
    expect(pdfText(path)).toContain('Dear Sir or Madam, Text.');
  }, 30_000);
});
