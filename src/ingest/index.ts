import type { Warning } from '../model/schema.js';
import type { Article, CorpusFile, IngestResult } from '../model/pipeline.js';
import { formatOf, ingestFile } from './article.js';

export { readCorpus } from './read.js';
export { extractPdfs } from './pdf.js';

/**
 * Files to cleaned articles, in path order, with ids S1, S2, … assigned in that order.
 * Files that are not articles are skipped with a warning, never silently.
 */
export function ingest(files: readonly CorpusFile[]): IngestResult {
  const warnings: Warning[] = [];
  const articles: Article[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const format = formatOf(file.path, file.fromPdf);
    if (!format) {
      warnings.push({ file: file.path, message: 'skipped: not a .txt, .md, .html or .pdf file' });
      continue;
    }
    if (looksBinary(file.bytes)) {
      warnings.push({ file: file.path, message: 'skipped: binary content' });
      continue;
    }
    const { article, warnings: w } = ingestFile(file, `S${articles.length + 1}`, format);
    if (article.words === 0) {
      warnings.push({ file: file.path, message: 'skipped: no article text after cleaning' });
      continue;
    }
    warnings.push(...w);
    articles.push(article);
  }
  return { articles, warnings };
}

/** NUL bytes in the first 8 KiB mean binary, unless the file is UTF-16 with a BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
