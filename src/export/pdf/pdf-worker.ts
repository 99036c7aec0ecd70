/// <reference lib="webworker" />
/**
 * Lays out and renders the dossier off the main thread, so the page stays responsive and its
 * progress bar moves while a long case is turned into pages. The PDF engine lives in this worker's
 * chunk only; fonts arrive as bytes from the page (fetched there through the service worker's cache),
 * and the dossier's language is loaded here, in the worker's own copy of the messages.
 */
import { loadLanguage } from '../../i18n/translate';
import { buildDossierDocument } from './dossier-document';
import { renderPdf } from './render';
import type { RenderReply, RenderRequest } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: RenderReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

scope.onmessage = async (event: MessageEvent<RenderRequest>) => {
  const { bundle, images, options, fonts } = event.data;
  try {
    // The worker has its own copy of the message tables: load the dossier's language into it.
    await loadLanguage(options.lang);
    let sent = -1;
    const bytes = await renderPdf(buildDossierDocument(bundle, images, options), fonts, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent === sent) return;
      sent = percent;
      post({ kind: 'progress', fraction });
    });
    post({ kind: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
