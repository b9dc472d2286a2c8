import type { Annotated } from '../../extract/index.js';
import { STOP } from '../text.js';
import { figuresOf } from './figures.js';

/**
 * What a source must hold to be cited for an item: its figures, and this share of its content
 * words. The promise is half; asking a little more keeps it when words are counted another way.
 */
export const MIN_WORDS = 0.6;

export interface ItemTerms {
  figures: Set<string>;
  words: Set<string>;
}

/** Content words as written (a plural's "s" aside), figures apart: a figure must match itself. */
function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []) {
    const w = raw.replace(/['’]s$/, '').replace(/s$/, '');
    if (w.length > 1 && !STOP.has(w) && !STOP.has(raw)) out.add(w);
  }
  return out;
}

export function termsOf(text: string): ItemTerms {
  return { figures: figuresOf(text), words: wordsOf(text) };
}

/**
 * True when one sentence, or two adjacent ones, state the item: every figure the item gives, and
 * at least half its content words. A source that reports another figure does not.
 */
export function states(item: ItemTerms, sentences: readonly string[]): boolean {
  for (let i = 0; i < sentences.length; i++) {
    for (const span of [[i], [i, i + 1]]) {
      if (span.some((k) => k >= sentences.length)) continue;
      const text = span.map((k) => sentences[k]!).join(' ');
      if (holds(item, text)) return true;
    }
  }
  return false;
}

function holds(item: ItemTerms, text: string): boolean {
  const figures = figuresOf(text);
  for (const f of item.figures) if (!figures.has(f)) return false;
  if (!item.words.size) return true;
  const words = wordsOf(text);
  let hits = 0;
  for (const w of item.words) if (words.has(w)) hits++;
  return hits >= MIN_WORDS * item.words.size;
}

/** Sentences of each source in reading order, to look at a sentence with its neighbours. */
export class SentenceIndex {
  private readonly bySource = new Map<string, Annotated[]>();
  private readonly at = new Map<string, number>();

  constructor(annotated: readonly Annotated[]) {
    for (const a of annotated) {
      let list = this.bySource.get(a.sentence.source);
      if (!list) this.bySource.set(a.sentence.source, (list = []));
      list.push(a);
    }
    for (const list of this.bySource.values()) {
      list.sort((x, y) => x.sentence.index - y.sentence.index);
      list.forEach((a, i) => this.at.set(a.sentence.id, i));
    }
  }

  previous(a: Annotated): Annotated | null {
    const i = this.at.get(a.sentence.id);
    return i ? (this.bySource.get(a.sentence.source)![i - 1] ?? null) : null;
  }

  /** The sentence with one neighbour on each side: where a source states or leans on something. */
  around(a: Annotated): string[] {
    const list = this.bySource.get(a.sentence.source) ?? [];
    const i = this.at.get(a.sentence.id) ?? 0;
    return list.slice(Math.max(0, i - 1), i + 2).map((x) => x.sentence.text);
  }
}
