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
  return statesTerms(item, sentences.map((s) => held(termsOf(s))));
}

/**
 * A sentence's terms as short lists: the index keeps one for every sentence it is asked about,
 * and a list of a dozen words takes a fraction of the memory of a set.
 */
interface HeldTerms {
  figures: readonly string[];
  words: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

function held(t: ItemTerms): HeldTerms {
  return { figures: t.figures.size ? [...t.figures] : NONE, words: t.words.size ? [...t.words] : NONE };
}

/**
 * `states` over terms read beforehand. Two sentences joined by a space hold exactly the figures
 * and words of each (no figure or word crosses the space), so a pair is the union of its two.
 */
function statesTerms(item: ItemTerms, sentences: readonly HeldTerms[]): boolean {
  for (let i = 0; i < sentences.length; i++) {
    if (holds(item, sentences[i]!, null)) return true;
    if (i + 1 < sentences.length && holds(item, sentences[i]!, sentences[i + 1]!)) return true;
  }
  return false;
}

function holds(item: ItemTerms, a: HeldTerms, b: HeldTerms | null): boolean {
  for (const f of item.figures) if (!a.figures.includes(f) && !b?.figures.includes(f)) return false;
  if (!item.words.size) return true;
  let hits = 0;
  for (const w of item.words) if (a.words.includes(w) || b?.words.includes(w)) hits++;
  return hits >= MIN_WORDS * item.words.size;
}

/** Sentences of each source in reading order, to look at a sentence with its neighbours. */
export class SentenceIndex {
  private readonly bySource = new Map<string, Annotated[]>();
  private readonly at = new Map<string, number>();
  /** Terms of each sentence, read once: an item's sources are checked against the same sentences many times. */
  private readonly terms = new Map<Annotated, HeldTerms>();

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

  /** `around`, as terms: what `statesTerms` reads. */
  private aroundTerms(a: Annotated): HeldTerms[] {
    const list = this.bySource.get(a.sentence.source) ?? [];
    const i = this.at.get(a.sentence.id) ?? 0;
    return list.slice(Math.max(0, i - 1), i + 2).map((x) => this.termsOf(x));
  }

  /** True when the sentence, with one neighbour on each side, states the item. */
  states(item: ItemTerms, a: Annotated): boolean {
    return statesTerms(item, this.aroundTerms(a));
  }

  private termsOf(a: Annotated): HeldTerms {
    let t = this.terms.get(a);
    if (!t) this.terms.set(a, (t = held(termsOf(a.sentence.text))));
    return t;
  }
}
