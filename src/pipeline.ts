import { consolidate, markDuplicates } from './consolidate/index.js';
import { extractArticle, usualDate, type Annotated } from './extract/index.js';
import { ingest } from './ingest/index.js';
import { buildBrief } from './model/build.js';
import type { CorpusFile } from './model/pipeline.js';
import type { Brief, Warning } from './model/schema.js';
import { segment } from './segment/index.js';

export interface AnalyseOptions {
  asOf: string;
  title: string | null;
  /** Warnings from reading the corpus, carried into the brief. */
  warnings?: Warning[];
  /** Called as each stage ends, for progress and the benchmark. */
  onStage?: (stage: 'ingest' | 'segment' | 'extract' | 'consolidate', ms: number) => void;
}

/** The whole analysis, from corpus files to the validated brief model. Pure: no clock, no disk. */
export function analyse(files: readonly CorpusFile[], opts: AnalyseOptions): Brief {
  const time = timer(opts.onStage);
  const ingested = ingest(files);
  const articles = markDuplicates(ingested.articles);
  time('ingest');
  const sentences = articles.map((a) => (a.duplicateOf ? [] : segment(a)));
  time('segment');
  const fallbackDate = usualDate(articles, opts.asOf);
  const annotated: Annotated[] = articles.flatMap((a, i) => extractArticle(a, sentences[i]!, { fallbackDate }));
  time('extract');
  const consolidated = consolidate(articles, annotated, fallbackDate);
  const brief = buildBrief({ articles, consolidated, asOf: opts.asOf, title: opts.title, warnings: [...(opts.warnings ?? []), ...ingested.warnings] });
  time('consolidate');
  return brief;
}

function timer(onStage: AnalyseOptions['onStage']) {
  let last = performance.now();
  return (stage: Parameters<NonNullable<AnalyseOptions['onStage']>>[0]) => {
    const now = performance.now();
    onStage?.(stage, now - last);
    last = now;
  };
}
