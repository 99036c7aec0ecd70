/** Reads generated PDFs back with poppler-utils (pdftotext, pdfinfo), as a person's viewer would. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontFiles } from '../../../src/export/pdf/render';

const FONT_DIR = 'node_modules';

/** The files fonts.ts fetches in the app, read from the same packages. */
export function nodeFonts(): FontFiles {
  const read = (p: string) => new Uint8Array(readFileSync(join(FONT_DIR, p)));
  return {
    regular: read('@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf'),
    bold: read('@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf'),
    italic: read('@expo-google-fonts/roboto/400Regular_Italic/Roboto_400Regular_Italic.ttf'),
    wide: read('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    wideBold: read('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

export const OUT_DIR = '/tmp/dossier-pdf-test';

export function savePdf(name: string, bytes: Uint8Array): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, name);
  writeFileSync(path, bytes);
  return path;
}

/** The text in content-stream order, whitespace collapsed, so wrapped cells read as one phrase. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/**
 * The PDF's object syntax with stream data removed: names such as /AA could otherwise be matched by
 * chance inside compressed font or image bytes.
 */
export function pdfSyntax(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes).toString('latin1');
  return latin1.replace(/stream\r?\n[\s\S]*?endstream/g, 'stream endstream');
}
