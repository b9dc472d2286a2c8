import { jaccard, stem } from '../text.js';
import type { Statement } from './types.js';

/**
 * Two statements are about the same subject when they name the same programme, or share at least
 * `minShared` salient words (rare enough to identify something) with some overall overlap.
 */
export function sameSubject(a: Statement, b: Statement, minShared = 2, minJaccard = 0.1): boolean {
  for (const p of a.programmes) if (b.programmes.has(p)) return true;
  let shared = 0;
  for (const w of a.salient) if (b.salient.has(w)) shared++;
  if (shared >= minShared && jaccard(a.salient, b.salient) >= minJaccard) return true;
  // With the sentence before each (the subject is often named there), ask for more.
  const wa = new Set([...a.salient, ...a.near]);
  const wb = new Set([...b.salient, ...b.near]);
  let widened = 0;
  for (const w of wa) if (wb.has(w)) widened++;
  return widened >= minShared + 2 && jaccard(wa, wb) >= minJaccard;
}

/** Different independent sources (a republished copy never reaches the detectors). */
export function otherSource(a: Statement, b: Statement): boolean {
  return a.source !== b.source;
}

/** Years the statement is about ("in 2024", "by 2030"): values about different years are not comparable. */
export function yearsOf(s: Statement): Set<string> {
  return new Set(s.a.dates.map((d) => d.date.slice(0, 4)));
}

export function sameTimeFrame(a: Statement, b: Statement): boolean {
  const ya = yearsOf(a);
  const yb = yearsOf(b);
  if (!ya.size || !yb.size) return true;
  for (const y of ya) if (yb.has(y)) return true;
  return false;
}

/** The words of `a` whose stems both statements share as salient, in reading order: a short topic. */
export function sharedWords(a: Statement, b: Statement, max = 4): string {
  const out: string[] = [];
  for (const raw of a.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const w = stem(raw.toLowerCase().replace(/['’]s$/, ''));
    if (a.salient.has(w) && b.salient.has(w) && !out.some((o) => stem(o.toLowerCase()) === w)) out.push(raw);
    if (out.length >= max) break;
  }
  return out.join(' ');
}

/**
 * Where the statement names what it shares with the other one nearest a point: a programme both
 * mention, or else up to `max` salient words both use, so a side's quote shows what the value is about.
 */
const NEAR = 70;

export function sharedSpans(s: Statement, other: Statement, near: number, max = 3): [number, number][] {
  const distance = ([a, b]: readonly [number, number]) => (b <= near ? near - b : a >= near ? a - near : 0);
  const programmes = s.a.programmes.filter((p) => other.programmes.has(p.key)).map((p): [number, number] => [p.start, p.end]);
  if (programmes.length) return programmes.sort((x, y) => distance(x) - distance(y)).slice(0, 1);
  const nearest = new Map<string, [number, number]>();
  for (const m of s.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = stem(m[0].toLowerCase().replace(/['’]s$/, ''));
    if (!s.salient.has(w) || !other.salient.has(w)) continue;
    const span: [number, number] = [m.index, m.index + m[0].length];
    const had = nearest.get(w);
    if (!had || distance(span) < distance(had)) nearest.set(w, span);
  }
  // A word further off names the subject of another clause; the quote would grow to the whole sentence.
  return [...nearest.values()].filter((x) => distance(x) <= NEAR).sort((x, y) => distance(x) - distance(y)).slice(0, max);
}

/** Keys two statements must share to be compared at all: programmes and subject words. */
export function subjectKeys(s: Statement): string[] {
  return [...[...s.programmes].map((p) => `p:${p}`), ...[...s.salient, ...s.near].map((w) => `w:${w}`)];
}

/** A key shared by more items than this names no particular subject (and would cost too many pairs). */
const MAX_POSTING = 80;

/**
 * Pairs of items from different sources that share a key, each pair once, in a stable order.
 * Candidates come from an inverted index, so the work grows with what items have in common, not
 * with the square of their number; a key shared by very many items identifies nothing and is skipped.
 */
export function eachPair<T extends { s: Statement }>(items: readonly T[], fn: (x: T, y: T) => void, keysOf: (item: T) => string[] = (i) => subjectKeys(i.s)): void {
  if (items.length <= 64) {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (otherSource(items[i]!.s, items[j]!.s)) fn(items[i]!, items[j]!);
    return;
  }
  const index = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const k of new Set(keysOf(it))) {
      let l = index.get(k);
      if (!l) index.set(k, (l = []));
      l.push(i);
    }
  });
  const pairs = new Set<number>();
  for (const list of index.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.add(list[a]! * items.length + list[b]!);
  }
  for (const key of [...pairs].sort((x, y) => x - y)) {
    const [i, j] = [Math.floor(key / items.length), key % items.length];
    if (otherSource(items[i]!.s, items[j]!.s)) fn(items[i]!, items[j]!);
  }
}
