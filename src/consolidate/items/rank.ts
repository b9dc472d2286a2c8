import type { Annotated } from '../../extract/index.js';
import { eachCandidatePair, jaccard } from '../text.js';

const OUTCOME = /\b(?:signed|agreed|announced|concluded|reached|adopted|launched|unveiled|approved|finali[sz]ed|inked|sealed|pledged|committed|declared|issued|held|met)\b/i;
const PREVIEW = /\b(?:will|would|expected to|is likely|are likely|likely to|may|might|could|set to|is to|are to|plans? to|to discuss|to sign|is due|are due|upcoming|forthcoming)\b/i;
const OPINION = /\b(?:should|must|ought|perhaps|arguably|I|we|our|us)\b/;
const NAME = /(?<![.!?]\s|^)\p{Lu}\p{Ll}+/gu;

export interface RankContext {
  /** Content words naming the event: its principals, place and kind. */
  eventWords: ReadonlySet<string>;
  /** The day the event began: a report from then on tells outcomes, not previews. */
  eventStart: string | null;
  published(source: string): string | null;
  /** A source's place in an order of the articles' own words, for ties between identical tellings. */
  sourceOrder?(source: string): number;
}

/**
 * How much a statement deserves a reader's attention: told by several independent sources, early
 * in their articles, about the event, an outcome rather than a preview, with concrete content
 * (figures, programmes, names) rather than generalities. Never the order of the files.
 */
export function salience(members: readonly Annotated[], lead: Annotated, text: string, cited: number, words: ReadonlySet<string>, figures: number, ctx: RankContext): number {
  const sources = new Set(members.map((m) => m.sentence.source)).size;
  let score = 2 * cited + 0.5 * (sources - cited);
  if (members.some((m) => m.sentence.index <= 2)) score += 1;
  let hits = 0;
  for (const w of words) if (ctx.eventWords.has(w)) hits++;
  score += Math.min(hits, 4) * 0.5;
  const after = ctx.eventStart && members.some((m) => (ctx.published(m.sentence.source) ?? '') >= ctx.eventStart!);
  if (OUTCOME.test(text) && !PREVIEW.test(text)) score += after ? 2 : 1;
  else if (PREVIEW.test(text)) score -= after ? 1 : 0.5;
  if (lead.hedged) score -= 0.5;
  score += Math.min(figures, 3) * 0.4;
  if (members.some((m) => m.programmes.length)) score += 0.5;
  if ((text.match(NAME) ?? []).length >= 2) score += 0.3;
  const length = text.split(/\s+/).length;
  if (length < 10 && !figures) score -= 0.5;
  if (length > 50) score -= 1;
  if (/^["“‘']/.test(text)) score -= 0.5;
  if (OPINION.test(text)) score -= 0.5;
  if (lead.sentence.kind === 'list') score -= 0.5;
  return score;
}

/**
 * Central statements share words with many others: what the corpus keeps coming back to. Added
 * to each score, capped, so that a generality echoed by many does not outrank a reported outcome.
 */
export function centrality(words: readonly ReadonlySet<string>[]): number[] {
  const out = new Array<number>(words.length).fill(0);
  for (const [i, j] of eachCandidatePair(words, 2)) {
    const s = jaccard(words[i]!, words[j]!);
    out[i]! += s;
    out[j]! += s;
  }
  return out.map((c) => Math.min(c, 3) * 0.5);
}
