/**
 * The lazily loaded entry of the letter PDF: fetches the fonts (from our origin, cached offline) and
 * has a worker render the letter. The UI reaches this module through a dynamic import().
 */
import { fetchFonts } from './fonts';
import type { LetterPdfRequest } from './letter-document';
import type { FontFiles } from './render';
import type { RenderReply } from './worker-protocol';

export type RenderLetter = (letter: LetterPdfRequest, fonts: FontFiles) => Promise<Uint8Array>;

export const renderLetterInWorker: RenderLetter = (letter, fonts) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./letter-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RenderReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return;
      worker.terminate();
      if (reply.kind === 'done') resolve(reply.bytes);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The PDF worker failed to start'));
    };
    worker.postMessage({ letter, fonts });
  });

export interface LetterPdfDeps {
  loadFonts?: () => Promise<FontFiles>;
  render?: RenderLetter;
}

export async function makeLetterPdf(letter: LetterPdfRequest, fileName: string, deps: LetterPdfDeps = {}): Promise<File> {
  const fonts = await (deps.loadFonts ?? fetchFonts)();
  const bytes = await (deps.render ?? renderLetterInWorker)(letter, fonts);
  return new File([bytes as Uint8Array<ArrayBuffer>], fileName, { type: 'application/pdf' });
}
