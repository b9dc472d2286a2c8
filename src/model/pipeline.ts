/**
 * Types that flow between stages before the brief exists. The brief itself is typed by
 * schema.ts; these are the intermediate trees (like unified's mdast before stringify).
 */
import type { Warning } from './schema.js';

/** A file as read from disk: the only thing ingest gets from the outside world. */
export interface CorpusFile {
  /** Path relative to the corpus folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** Text taken out of a PDF by the reader: ingest treats it as plain text. */
  fromPdf?: boolean;
}

/** Breakpoints mapping offsets in cleaned text back to character offsets in the decoded file. */
export interface OffsetMap {
  clean: number[];
  orig: number[];
}

export interface Article {
  id: string;
  file: string;
  format: 'txt' | 'md' | 'html';
  /** Decoded file text, before cleaning: quotes are searched in it. */
  raw: string;
  /** Cleaned text: one paragraph per line, noise removed. */
  text: string;
  offsets: OffsetMap;
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
  /** The byline, from front matter or an `author:` header line. */
  author?: string | null;
  dateline: string | null;
  /** The region printed after the dateline's place ("Queensland"), if any. */
  datelineRegion?: string | null;
  /** Month and day printed in the dateline ("03-07") when the year is not: dates the article all the same. */
  datelineDay?: string | null;
  words: number;
  /** Article id this one republishes, when it is a copy. */
  duplicateOf: string | null;
}

export interface IngestResult {
  articles: Article[];
  warnings: Warning[];
}

export type SentenceKind = 'sentence' | 'heading' | 'list';

export interface Sentence {
  /** Stable id: `${source}#${index}`. */
  id: string;
  source: string;
  index: number;
  /** Paragraph number within the article. */
  paragraph: number;
  start: number;
  end: number;
  /** The text as a reader sees it (list items joined after their lead). */
  text: string;
  kind: SentenceKind;
}

export type Precision = 'year' | 'month' | 'day';

export interface DateMention {
  sentence: string;
  source: string;
  text: string;
  start: number;
  end: number;
  date: string;
  endDate: string | null;
  precision: Precision;
  /** Resolved from a weekday name alone ("on Thursday"). */
  weekday: boolean;
}

/** The date an article's relative dates ("on Thursday", "last year") are read against. */
export function referenceDate(article: Pick<Article, 'published' | 'datelineDay'>, fallback: string): string {
  if (article.published) return article.published;
  if (!article.datelineDay) return fallback;
  // The dateline's day in the year that puts it nearest the corpus's usual date.
  const year = Number(fallback.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${article.datelineDay}`);
  const at = Date.parse(fallback);
  return candidates.sort((a, b) => Math.abs(Date.parse(a) - at) - Math.abs(Date.parse(b) - at))[0]!;
}
