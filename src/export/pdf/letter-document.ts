/**
 * A letter as a pdfmake document: its paragraphs as the person left them, nothing added, so the PDF
 * is the letter that is sent. Markers of facts still to fill are printed in bold so they stand out.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Region } from '../../domain/types';
import { fixText } from './pdf-style';

export interface LetterPdfRequest {
  subject: string;
  body: string;
  lang: 'en' | 'fr';
  region: Region;
}

const MARKER = /(\[(?:to fill: |à compléter\u00a0: )[^\]]*\])/;

function paragraph(text: string): Content {
  const parts = fixText(text).split(MARKER).filter((p) => p !== '');
  return { text: parts.map((p) => (MARKER.test(p) ? { text: p, bold: true } : p)), margin: [0, 0, 0, 9] };
}

export function buildLetterDocument(req: LetterPdfRequest): TDocumentDefinitions {
  const paragraphs = req.body.replace(/\r\n?/g, '\n').split(/\n{2,}/).filter((p) => p.trim() !== '');
  return {
    pageSize: req.region === 'US' || req.region === 'CA' ? 'LETTER' : 'A4',
    pageMargins: [64, 64, 64, 64],
    language: req.lang,
    info: { title: fixText(req.subject), creator: 'Refund Tracker' },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.25 },
    content: paragraphs.map(paragraph),
    footer: (page, pages) => (pages > 1 ? { text: `${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 24, 0, 0] } : null),
  };
}
