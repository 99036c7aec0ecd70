/// <reference lib="webworker" />
/**
 * Renders a letter to PDF off the main thread. The letter arrives as finished text, so this worker
 * needs no messages of its own: only the PDF engine and the fonts the page sends.
 */
import { buildLetterDocument, type LetterPdfRequest } from './letter-document';
import { renderPdf, type FontFiles } from './render';
import type { RenderReply } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ letter: LetterPdfRequest; fonts: FontFiles }>) => {
  try {
    const bytes = await renderPdf(buildLetterDocument(event.data.letter), event.data.fonts);
    scope.postMessage({ kind: 'done', bytes } satisfies RenderReply, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies RenderReply);
  }
};
