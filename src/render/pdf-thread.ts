import { Worker } from 'node:worker_threads';
import type { Brief } from '../model/schema.js';
import type { PdfOptions } from './pdf.js';

export interface PdfThread {
  render(brief: Brief, opts: PdfOptions, created: Date): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts the PDF worker now, so its start-up overlaps the analysis on the main thread. */
export function startPdfThread(): PdfThread {
  const worker = new Worker(new URL('./pdf-worker.js', import.meta.url));
  worker.unref();
  return {
    render(brief, opts, created) {
      return new Promise((resolve, reject) => {
        worker.once('message', (m: { ok: boolean; bytes?: Uint8Array; error?: string }) => (m.ok ? resolve(new Uint8Array(m.bytes!)) : reject(new Error(m.error))));
        worker.once('error', reject);
        worker.postMessage({ brief, opts, created: created.toISOString() });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
