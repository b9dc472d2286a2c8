import { readCorpus } from '../ingest/index.js';
import type { Brief } from '../model/schema.js';
import { analyse } from '../pipeline.js';
import { loadTemplates, renderMarkdown } from '../render/markdown.js';
import { writeOutputs, type Output } from '../render/write.js';
import type { Format } from './options.js';

export interface BuildOptions {
  corpus: string;
  out: string;
  formats: Format[];
  asOf: string;
  title: string | null;
  paper: 'A4' | 'LETTER';
  marking: string | null;
  templates: string | null;
  maxFileBytes: number;
  quiet: boolean;
  log: (line: string) => void;
}

export interface BuildResult {
  brief: Brief;
  written: string[];
}

/** Reads the corpus, builds the brief, renders every requested format in memory, then writes. */
export async function build(opts: BuildOptions): Promise<BuildResult> {
  const { files, warnings } = await readCorpus(opts.corpus, { maxBytes: opts.maxFileBytes });
  const brief = analyse(files, { asOf: opts.asOf, title: opts.title, warnings });
  const outputs: Output[] = [];
  if (opts.formats.includes('json')) outputs.push({ name: 'brief.json', data: JSON.stringify(brief, null, 2) + '\n' });
  if (opts.formats.includes('md')) outputs.push({ name: 'brief.md', data: renderMarkdown(brief, loadTemplates(opts.templates)) });
  if (opts.formats.includes('pdf')) {
    const { renderPdf } = await import('../render/pdf.js');
    const created = new Date(`${opts.asOf}T00:00:00Z`);
    outputs.push({ name: 'brief.pdf', data: await renderPdf(brief, { paper: opts.paper, marking: opts.marking }, created) });
  }
  const written = await writeOutputs(opts.out, outputs);
  if (!opts.quiet) for (const w of brief.warnings) opts.log(`warning: ${w.file ? `${w.file}: ` : ''}${w.message}`);
  return { brief, written };
}
