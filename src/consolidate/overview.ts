import type { Claim } from '../model/schema.js';
import { toClaim, type ClaimGroup } from './claims.js';
import { candidatePairs, jaccard } from './text.js';

const MAX = 5;
const MIN = 3;
const TOO_SIMILAR = 0.3;

/**
 * Three to five sentences from the corpus that say the most: corroborated across outlets, central
 * (sharing words with many other statements), early in their article. Extractive: nothing invented.
 */
export function chooseOverview(groups: readonly ClaimGroup[], eventWords: ReadonlySet<string>): { claims: Claim[]; chosen: Set<ClaimGroup> } {
  const centrality = new Array<number>(groups.length).fill(0);
  for (const [i, j] of candidatePairs(groups.map((g) => g.words), 2)) {
    const s = jaccard(groups[i]!.words, groups[j]!.words);
    centrality[i]! += s;
    centrality[j]! += s;
  }
  const scored = groups.map((g, i) => {
    const s = g.lead.sentence;
    const words = s.text.split(/\s+/).length;
    let score = g.sources.length * 2 + centrality[i]!;
    if (s.index <= 1) score += 1;
    let hits = 0;
    for (const w of g.words) if (eventWords.has(w)) hits++;
    score += Math.min(hits, 4) * 0.5;
    if (words > 45) score -= 2;
    if (/^["“‘']/.test(s.text)) score -= 1;
    if (s.kind === 'list') score -= 1.5;
    return { g, score, i };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: ClaimGroup[] = [];
  for (const { g } of scored) {
    if (chosen.length >= MAX) break;
    if (chosen.some((c) => jaccard(c.words, g.words) >= TOO_SIMILAR)) continue;
    chosen.push(g);
  }
  for (const { g } of scored) {
    if (chosen.length >= MIN) break;
    if (!chosen.includes(g)) chosen.push(g);
  }
  return { claims: chosen.map(toClaim), chosen: new Set(chosen) };
}
