/** Word-level helpers shared by the consolidation steps. */
import type { Annotated } from '../extract/index.js';

export const STOP = new Set(
  ('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'will would shall should can could may might must has have had do does did not no so than then there their they them he she his her ' +
    'we our you your i me my also which who whom whose what when where while into over after before about between during under up down out ' +
    'said says say according added told more most very such both each other some any all said it’s its also just only even still yet').split(' '),
);

/** Lower-cased content words with a light stem, so "systems" and "system" meet. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const w = raw.replace(/['’]s$/, '');
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function wordSet(text: string): Set<string> {
  return new Set(contentWords(text));
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Share of the smaller set found in the larger. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) inter++;
  return inter / small.size;
}

/**
 * Candidate pairs that share at least `minShared` words, found through an inverted index so that
 * the cost grows with the overlap, not with the square of the number of items. Very common words
 * (posting lists over `maxPosting`) are not used to pair.
 */
export function candidatePairs(sets: readonly ReadonlySet<string>[], minShared = 2, maxPosting = 200): [number, number][] {
  return [...eachCandidatePair(sets, minShared, maxPosting)];
}

/** `candidatePairs` one pair at a time: a large corpus has millions, and they need not all be held at once. */
export function* eachCandidatePair(sets: readonly ReadonlySet<string>[], minShared = 2, maxPosting = 200): Generator<[number, number]> {
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const w of set) {
      let list = index.get(w);
      if (!list) index.set(w, (list = []));
      list.push(i);
    }
  });
  // Counted item by item, so memory holds one item's neighbours at a time, not every pair at once.
  const shared = new Map<number, number>();
  for (let i = 0; i < sets.length; i++) {
    shared.clear();
    for (const w of sets[i]!) {
      const list = index.get(w)!;
      if (list.length < 2 || list.length > maxPosting) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const near = [...shared].filter(([, n]) => n >= minShared).map(([j]) => j).sort((a, b) => a - b);
    for (const j of near) yield [i, j];
  }
}

/** Union–find over item indices. */
export class Groups {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** Groups as lists of indices, each sorted, ordered by their first member. */
  lists(): number[][] {
    const by = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      let l = by.get(r);
      if (!l) by.set(r, (l = []));
      l.push(i);
    });
    return [...by.values()].sort((a, b) => a[0]! - b[0]!);
  }
}

/** Words the corpus writes in lower case somewhere: common words, not names, when capitalised. */
export function lowerCaseWords(annotated: readonly Annotated[]): ReadonlySet<string> {
  let out = lowerRead.get(annotated);
  if (out) return out;
  const found = new Set<string>();
  for (const a of annotated) for (const w of a.sentence.text.matchAll(LOWER_WORD)) found.add(w[0]);
  lowerRead.set(annotated, found);
  return found;
}

const LOWER_WORD = /(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]+/gu;
/** People and the event both ask for the same sentences' words: read once per list of sentences (lists handed to the analysis are never changed after). */
const lowerRead = new WeakMap<readonly Annotated[], ReadonlySet<string>>();
