import type { Article } from '../model/pipeline.js';
import { containment } from './text.js';

const SHINGLE = 5;
const NEAR_COPY = 0.8;
const MAX_POSTING = 64;

/**
 * Marks republished copies: an article whose 5-word shingles are mostly found in an earlier one
 * (a wire story under two outlets) gets `duplicateOf` the earlier id. Candidates come from shared
 * rare shingles, so this does not compare every article with every other.
 */
export function markDuplicates(articles: readonly Article[]): Article[] {
  const shingles = articles.map((a) => shingleSet(a.text));
  const index = new Map<number, number[]>();
  shingles.forEach((set, i) => {
    for (const s of set) {
      let l = index.get(s);
      if (!l) index.set(s, (l = []));
      l.push(i);
    }
  });
  const result = articles.map((a) => ({ ...a }));
  for (let i = 0; i < articles.length; i++) {
    const counts = new Map<number, number>();
    // A shingle in very many articles is a stock phrase; it cannot single out the original.
    for (const s of shingles[i]!) {
      const list = index.get(s)!;
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j < i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    let best = -1;
    let bestScore = 0;
    for (const [j, n] of counts) {
      if (n < 0.5 * Math.min(shingles[i]!.size, shingles[j]!.size)) continue;
      // A copy is about as long as its original: a long article quoting a short brief is not one.
      const [a, b] = [shingles[i]!.size, shingles[j]!.size];
      if (Math.min(a, b) < 0.6 * Math.max(a, b)) continue;
      const score = containment(shingles[i]!, shingles[j]!);
      if (score >= NEAR_COPY && score > bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (best < 0) continue;
    // Compare with the first publication, not with another copy of it.
    const rootId = result[best]!.duplicateOf;
    if (rootId) best = result.findIndex((r) => r.id === rootId);
    // The copy is the later publication; path order decides when the dates do not.
    const [copy, original] = laterFirst(articles[i]!, articles[best]!) ? [i, best] : [best, i];
    if (result[copy]!.duplicateOf) continue;
    // Copies of a copy point at the first publication.
    const root = result[original]!.duplicateOf ?? result[original]!.id;
    if (root === result[copy]!.id) continue;
    result[copy]!.duplicateOf = root;
    for (const r of result) if (r.duplicateOf === result[copy]!.id) r.duplicateOf = root;
  }
  return result;
}

/** Five-word shingles as 32-bit hashes: a thousand articles' worth fits in a few megabytes. */
function shingleSet(text: string): Set<number> {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(hash);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ words[k]!, 0x01000193) >>> 0;
    set.add(h);
  }
  if (!set.size && words.length) set.add(words.reduce((h, w) => Math.imul(h ^ w, 0x01000193) >>> 0, 0x811c9dc5));
  return set;
}

function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function laterFirst(a: Article, b: Article): boolean {
  if (a.published && b.published && a.published !== b.published) return a.published > b.published;
  return true;
}
