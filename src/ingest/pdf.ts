import type { CorpusFile } from '../model/pipeline.js';
import type { Warning } from '../model/schema.js';

const TIMEOUT_MS = 15_000;

/**
 * PDF articles become text before ingest (pdf-parse, loaded only when a corpus has a PDF). A PDF
 * that cannot be read, or takes too long, is skipped with a warning, never fatal.
 */
export async function extractPdfs(files: readonly CorpusFile[]): Promise<{ files: CorpusFile[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  if (!files.some(isPdf)) return { files: [...files], warnings };
  const { PDFParse } = await import('pdf-parse');
  const out: CorpusFile[] = [];
  for (const f of files) {
    if (!isPdf(f)) {
      out.push(f);
      continue;
    }
    const parser = new PDFParse({ data: new Uint8Array(f.bytes) });
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        parser.getText(),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no text after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))),
      ]);
      const text = result.pages.map((p) => p.text).join('\n\n').trim();
      if (!text) warnings.push({ file: f.path, message: 'skipped: PDF has no text layer' });
      else out.push({ path: f.path, bytes: new TextEncoder().encode(text), fromPdf: true });
    } catch (e) {
      warnings.push({ file: f.path, message: `skipped: unreadable PDF (${firstLine(e)})` });
    } finally {
      clearTimeout(timer);
      await parser.destroy().catch(() => undefined);
    }
  }
  return { files: out, warnings };
}

export function isPdf(f: CorpusFile): boolean {
  return /\.pdf$/i.test(f.path) || (f.bytes[0] === 0x25 && f.bytes[1] === 0x50 && f.bytes[2] === 0x44 && f.bytes[3] === 0x46);
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 120);
}
