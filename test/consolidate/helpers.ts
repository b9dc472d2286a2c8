import { markDuplicates } from '../../src/consolidate/index.js';
import { extractArticle, type Annotated } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Article, CorpusFile } from '../../src/model/pipeline.js';
import { segment } from '../../src/segment/index.js';

/** One invented article: header lines, then paragraphs separated by blank lines. */
export interface StoryInput {
  path: string;
  /** Publication date, YYYY-MM-DD (omitted: the article carries none). */
  date?: string;
  outlet?: string;
  title?: string;
  paragraphs: string[];
}

export function storyText(s: StoryInput): string {
  const head = [
    s.title ? `title: ${s.title}` : null,
    s.date ? `date: ${s.date}` : null,
    s.outlet ? `outlet: ${s.outlet}` : null,
  ].filter(Boolean);
  return `${head.join('\n')}\n\n${s.paragraphs.join('\n\n')}\n`;
}

export function corpusFile(path: string, text: string): CorpusFile {
  return { path, bytes: Buffer.from(text) };
}

/** Ingested articles (ids S1, S2, … in path order), with copies marked. */
export function articlesOf(stories: readonly StoryInput[]): Article[] {
  const { articles } = ingest(stories.map((s) => corpusFile(s.path, storyText(s))));
  return markDuplicates(articles);
}

/**
 * What the pipeline hands to consolidation: ingest → markDuplicates → segment → extract, with the
 * sentences of copies left out (a republished story counts once).
 */
export function annotate(stories: readonly StoryInput[], fallbackDate = '2026-06-01'): Annotated[] {
  return prepare(stories, fallbackDate).annotated;
}

/** The articles (copies marked) and the annotated sentences of the originals. */
export function prepare(stories: readonly StoryInput[], fallbackDate = '2026-06-01'): { articles: Article[]; annotated: Annotated[] } {
  const articles = articlesOf(stories);
  const annotated = articles.filter((a) => !a.duplicateOf).flatMap((a) => extractArticle(a, segment(a), { fallbackDate }));
  return { articles, annotated };
}

/** The sentence texts of annotated items, for readable assertions. */
export const texts = (items: readonly { sentence: { text: string } }[]): string[] => items.map((a) => a.sentence.text);
