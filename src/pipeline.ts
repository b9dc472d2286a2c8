import { consolidate, markDuplicates } from './consolidate/index.js';
import { extractArticle, usualDate, type Annotated } from './extract/index.js';
import { heapPolicy } from './heap.js';
import { ingest } from './ingest/index.js';
import { buildBrief } from './model/build.js';
import type { Article, CorpusFile } from './model/pipeline.js';
import type { Brief, Warning } from './model/schema.js';
import { segment } from './segment/index.js';

export interface AnalyseOptions {
  asOf: string;
  title: string | null;
  /** Warnings from reading the corpus, carried into the brief. */
  warnings?: Warning[];
  /** Called as each stage ends, for progress and the benchmark. */
  onStage?: (stage: 'ingest' | 'segment' | 'extract' | 'consolidate', ms: number) => void;
  /** Called as work within a stage is done (articles extracted), for progress bars. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** The whole analysis, from corpus files to the validated brief model. Pure: no clock, no disk. */
export function analyse(files: readonly CorpusFile[], opts: AnalyseOptions): Brief {
  const time = timer(opts.onStage);
  const progress = opts.onProgress ?? (() => undefined);
  progress('ingest', 0, files.length);
  const { articles, warnings } = read(files);
  progress('ingest', files.length, files.length);
  time('ingest');
  const sentences = articles.map((a) => (a.duplicateOf ? [] : segment(a)));
  time('segment');
  const fallbackDate = usualDate(articles, opts.asOf);
  const annotated: Annotated[] = [];
  articles.forEach((a, i) => {
    for (const s of extractArticle(a, sentences[i]!, { fallbackDate })) annotated.push(s);
    if (i % 25 === 24 || i === articles.length - 1) progress('extract', i + 1, articles.length);
  });
  time('extract');
  progress('consolidate', 0, 1);
  const heap = heapPolicy(annotated.length);
  try {
    heap.settle();
    const consolidated = consolidate(articles, annotated, fallbackDate, { settle: heap.settle });
    progress('consolidate', 1, 1);
    const brief = buildBrief({ articles, consolidated, asOf: opts.asOf, title: opts.title, warnings: [...(opts.warnings ?? []), ...warnings] });
    time('consolidate');
    return brief;
  } finally {
    heap.release();
  }
}

/**
 * Articles with copies marked. The decoded files are not read after ingest: they are let go, so
 * that a large corpus is held once, as cleaned text.
 */
function read(files: readonly CorpusFile[]): { articles: Article[]; warnings: Warning[] } {
  const ingested = ingest(files);
  const articles = markDuplicates(ingested.articles);
  for (const a of articles) a.raw = '';
  return { articles, warnings: ingested.warnings };
}

function timer(onStage: AnalyseOptions['onStage']) {
  let last = performance.now();
  return (stage: Parameters<NonNullable<AnalyseOptions['onStage']>>[0]) => {
    const now = performance.now();
    onStage?.(stage, now - last);
    last = now;
  };
}
