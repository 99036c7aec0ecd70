/**
 * Renders a dossier definition to PDF bytes with pdfmake, the one door to that library. The engine is
 * told to fetch nothing (fonts come in as bytes, images as data URLs), so making a PDF never touches
 * the network or, in node, the file system.
 */
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

/** The parts of pdfmake's singleton used here that its type definitions leave out. */
interface Engine {
  virtualfs: { writeFileSync: (name: string, data: Uint8Array) => void };
  setFonts: (fonts: TFontDictionary) => void;
  setUrlAccessPolicy: (policy: (url: string) => boolean) => void;
  setLocalAccessPolicy?: (policy: (path: string) => boolean) => void;
  setProgressCallback: (cb: (progress: number) => void) => void;
  createPdf: (doc: TDocumentDefinitions) => { getBuffer: () => Promise<Uint8Array> };
}

const FILES = { regular: 'Roboto-Regular.ttf', bold: 'Roboto-Bold.ttf', italic: 'Roboto-Italic.ttf' } as const;

export async function renderPdf(doc: TDocumentDefinitions, fonts: FontFiles, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const engine = pdfMake as unknown as Engine;
  engine.virtualfs.writeFileSync(FILES.regular, fonts.regular);
  engine.virtualfs.writeFileSync(FILES.bold, fonts.bold);
  engine.virtualfs.writeFileSync(FILES.italic, fonts.italic);
  engine.setFonts({ Roboto: { normal: FILES.regular, bold: FILES.bold, italics: FILES.italic, bolditalics: FILES.bold } });
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy?.(() => false);
  engine.setProgressCallback((p) => onProgress?.(p));
  const bytes = await engine.createPdf(doc).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
