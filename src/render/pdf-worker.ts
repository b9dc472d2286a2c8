import { parentPort } from 'node:worker_threads';
import type { Brief } from '../model/schema.js';
import type { PdfOptions } from './pdf.js';

/**
 * Renders the PDF on the second core. It loads react-pdf and the fonts while the main thread
 * reads and analyses the corpus, then renders the brief it is sent.
 */
const ready = (async () => {
  const pdf = await import('./pdf.js');
  await pdf.warmUp();
  return pdf;
})();

parentPort!.on('message', async (msg: { brief: Brief; opts: PdfOptions; created: string }) => {
  try {
    const { renderPdf } = await ready;
    const bytes = await renderPdf(msg.brief, msg.opts, new Date(msg.created));
    parentPort!.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});
