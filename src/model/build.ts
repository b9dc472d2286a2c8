import type { Consolidated } from '../consolidate/index.js';
import type { Article } from './pipeline.js';
import { Brief, type Source, type Warning } from './schema.js';

export interface BuildInput {
  articles: readonly Article[];
  consolidated: Consolidated;
  asOf: string;
  title: string | null;
  warnings: readonly Warning[];
}

/** The brief model, validated against its schema: what fails here is a bug, not bad input. */
export function buildBrief({ articles, consolidated, asOf, title, warnings }: BuildInput): Brief {
  const sources: Source[] = articles.map((a) => ({
    id: a.id,
    file: a.file,
    outlet: a.outlet,
    published: a.published,
    title: a.title,
    words: a.words,
    duplicateOf: a.duplicateOf,
    url: a.url,
    ...(a.author ? { author: a.author } : {}),
    dateline: a.dateline,
    excluded: consolidated.strays.get(a.id) ?? null,
  }));
  const { strays, title: made, ...content } = consolidated;
  const strayWarnings = articles.filter((a) => strays.has(a.id)).map((a) => ({ file: a.file, message: `${strays.get(a.id)}: left out of the event, facts and discrepancies` }));
  return Brief.parse({
    schemaVersion: 1,
    asOf,
    title: title ?? made,
    ...content,
    sources,
    warnings: [...warnings, ...strayWarnings],
  });
}
