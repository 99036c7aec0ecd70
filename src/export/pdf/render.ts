/**
 * Renders a dossier definition to PDF bytes with pdfmake, the one door to that library. The engine is
 * told to fetch nothing (fonts come in as bytes, images as data URLs), so making a PDF never touches
 * the network or, in node, the file system. Just before rendering, the text is prepared for the
 * fonts at hand (script-layout.ts): missing characters substituted, right-to-left lines ordered.
 */
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { readFontMetrics } from './font-metrics';
import { prepareScripts } from './script-layout';
import { FAMILY, type ScriptFonts } from './script-text';

export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  wide: Uint8Array;
  wideBold: Uint8Array;
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

const FILES: Record<keyof FontFiles, string> = {
  regular: 'Roboto-Regular.ttf',
  bold: 'Roboto-Bold.ttf',
  italic: 'Roboto-Italic.ttf',
  wide: 'DejaVuSans.ttf',
  wideBold: 'DejaVuSans-Bold.ttf',
};

/** DejaVu's obliques lack Arabic: italic text in DejaVu is drawn upright. */
const FONTS: TFontDictionary = {
  [FAMILY.latin]: { normal: FILES.regular, bold: FILES.bold, italics: FILES.italic, bolditalics: FILES.bold },
  [FAMILY.wide]: { normal: FILES.wide, bold: FILES.wideBold, italics: FILES.wide, bolditalics: FILES.wideBold },
};

export function scriptFonts(fonts: FontFiles): ScriptFonts {
  return {
    regular: { latin: readFontMetrics(fonts.regular), wide: readFontMetrics(fonts.wide) },
    bold: { latin: readFontMetrics(fonts.bold), wide: readFontMetrics(fonts.wideBold) },
  };
}

export async function renderPdf(doc: TDocumentDefinitions, fonts: FontFiles, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  const engine = pdfMake as unknown as Engine;
  for (const key of Object.keys(FILES) as (keyof FontFiles)[]) engine.virtualfs.writeFileSync(FILES[key], fonts[key]);
  engine.setFonts(FONTS);
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy?.(() => false);
  engine.setProgressCallback((p) => onProgress?.(p));
  const bytes = await engine.createPdf(prepareScripts(doc, scriptFonts(fonts))).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
