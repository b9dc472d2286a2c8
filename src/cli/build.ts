import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';
import { readCorpus } from '../ingest/read.js';
import { diffBriefs, sameContent } from '../model/changes.js';
import type { CorpusFile } from '../model/pipeline.js';
import type { Brief, Warning } from '../model/schema.js';
import type { PdfThread } from '../render/pdf-thread.js';
import type { TemplateSet } from '../render/templates.js';
import type { Manifest } from './manifest.js';
import { archiveEdition, pruneArchive } from '../render/archive.js';
import { withLock } from '../render/lock.js';
import { checkTemplateSyntax, loadTemplates } from '../render/templates.js';
import { ensureFolder, stageOutputs, type Output } from '../render/write.js';
import { collectGarbage } from './gc.js';
import { commit, onInterrupt, whileBuilding } from './interrupt.js';
import { silent, type Progress } from './progress.js';
import { MANIFEST, manifestFor, NAMES, readManifest, unchanged } from './manifest.js';
import type { Format } from './options.js';
import type { Length } from '../render/length.js';

export interface BuildOptions {
  corpus: string;
  out: string;
  formats: Format[];
  asOf: string;
  title: string | null;
  paper: 'A4' | 'LETTER';
  /** How much the PDF and Markdown print; brief.json always holds everything. */
  length?: Length;
  marking: string | null;
  templates: string | null;
  maxFileBytes: number;
  quiet: boolean;
  /** Skip the build when the manifest says nothing changed. */
  ifChanged?: boolean;
  /** Previous editions kept under out/archive/. */
  keep?: number;
  /** Progress bars (silent unless a terminal is watching). */
  progress?: Progress;
  log: (line: string) => void;
}

export type BuildResult = { status: 'built'; brief: Brief; written: string[] } | { status: 'unchanged'; out: string };


/**
 * One build, from reading the corpus to publishing the files, under the output folder's lock.
 * The unchanged path reads and hashes files only: the analysis and the renderers are loaded
 * after it, when there is work to do.
 */
export async function build(opts: BuildOptions): Promise<BuildResult> {
  return whileBuilding(async () => {
    await ensureFolder(opts.out);
    // Interrupted, the lock goes with us: the next run must not wait for it to go stale.
    return withLock(opts.out, () => locked(opts), onInterrupt);
  });
}

async function locked(opts: BuildOptions): Promise<BuildResult> {
  const { files, warnings } = await readCorpus(opts.corpus, { maxBytes: opts.maxFileBytes, exclude: [opts.out] });
  const templates = loadTemplates(opts.templates);
  const manifest = manifestFor(files, opts, templates);
  if (opts.ifChanged && unchanged(readManifest(opts.out), manifest, opts.out)) return { status: 'unchanged', out: opts.out };
  if (opts.formats.includes('md')) await checkTemplateSyntax(templates);

  if (!files.length) throw new AttacheError(opts.corpus, warnings.length ? `no article could be read (${warnings.map((w) => `${w.file}: ${w.message}`).join('; ')})` : 'the corpus folder has no files');
  // The PDF renderer starts on the second core while this thread analyses the corpus.
  const pdfThread = opts.formats.includes('pdf') && !process.env.ATTACHE_NO_WORKER ? (await import('../render/pdf-thread.js')).startPdfThread() : null;
  try {
    return await analyseAndPublish(opts, files, warnings, templates, manifest, pdfThread);
  } finally {
    await pdfThread?.close();
  }
}

async function analyseAndPublish(
  opts: BuildOptions,
  files: CorpusFile[],
  warnings: Warning[],
  templates: TemplateSet,
  manifest: Manifest,
  pdfThread: PdfThread | null,
): Promise<BuildResult> {
  const { extractPdfs } = await import('../ingest/pdf.js');
  const pdfs = await extractPdfs(files);
  const { analyse } = await import('../pipeline.js');
  const progress = opts.progress ?? silent;
  const fresh = analyse(pdfs.files, { asOf: opts.asOf, title: opts.title, warnings: [...warnings, ...pdfs.warnings], onProgress: progress.update });
  if (!fresh.sources.length) {
    const why = fresh.warnings.slice(0, 3).map((w) => `${w.file}: ${w.message}`).join('; ');
    throw new AttacheError(opts.corpus, `no readable article among ${files.length} file(s)${why ? ` (${why}${fresh.warnings.length > 3 ? '; …' : ''})` : ''}`);
  }
  const { Brief } = await import('../model/schema.js');
  const previous = readPrevious(opts.out, Brief);
  // The same content as the last edition is the same edition: output stays byte-identical.
  const same = previous !== null && sameContent(previous, fresh);
  const edition = same ? (previous.edition ?? 1) : (previous?.edition ?? 0) + 1;
  const brief = Brief.parse({ ...fresh, marking: opts.marking, edition, changes: same && previous.changes ? previous.changes : diffBriefs(previous, fresh) });

  collectGarbage();
  const rendered: Output[] = [];
  if (opts.formats.includes('json')) rendered.push({ name: NAMES.json, data: JSON.stringify(brief, null, 2) + '\n' });
  if (opts.formats.includes('md')) {
    const { renderMarkdown } = await import('../render/markdown.js');
    rendered.push({ name: NAMES.md, data: renderMarkdown(brief, templates, { length: opts.length }) });
  }
  if (opts.formats.includes('html')) {
    const { renderHtml } = await import('../render/html/index.js');
    rendered.push({ name: NAMES.html, data: renderHtml(brief, { marking: opts.marking, length: opts.length ?? 'standard', created: new Date(`${opts.asOf}T00:00:00Z`) }) });
  }
  if (opts.formats.includes('pdf')) {
    const pdfOpts = { paper: opts.paper, marking: opts.marking, length: opts.length ?? 'standard' };
    const created = new Date(`${opts.asOf}T00:00:00Z`);
    progress.update('render pdf', 0, 1);
    const data = pdfThread ? await pdfThread.render(brief, pdfOpts, created) : await (await import('../render/pdf.js')).renderPdf(brief, pdfOpts, created);
    progress.update('render pdf', 1, 1);
    rendered.push({ name: NAMES.pdf, data });
  }
  rendered.push({ name: MANIFEST, data: JSON.stringify(manifest, null, 2) + '\n' });

  const staged = await stageOutputs(opts.out, rendered);
  const forget = onInterrupt(() => staged.discard());
  try {
    if (previous && !same) await archiveEdition(opts.out, previous.edition ?? 1, Object.values(NAMES));
    const written = await commit(() => staged.publish());
    await pruneArchive(opts.out, opts.keep ?? 5);
    if (!opts.quiet) for (const w of brief.warnings) opts.log(`warning: ${w.file ? `${w.file}: ` : ''}${w.message}`);
    return { status: 'built', brief, written: written.filter((w) => !w.endsWith(MANIFEST)) };
  } catch (e) {
    await staged.discard();
    throw e;
  } finally {
    forget();
  }
}

function readPrevious(out: string, schema: typeof import('../model/schema.js').Brief): Brief | null {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
