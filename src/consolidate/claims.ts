import type { Annotated } from '../extract/index.js';
import type { Claim } from '../model/schema.js';
import { sortIds } from './people.js';
import { eachCandidatePair, containment, Groups, jaccard, wordSet } from './text.js';

/** One statement, told by one or more sources. */
export interface ClaimGroup {
  members: Annotated[];
  /** The member whose words best stand for the group. */
  lead: Annotated;
  sources: string[];
  words: Set<string>;
}

const SAME_CLAIM_JACCARD = 0.5;
const SMALL_GROUP = 24;
const SAME_CLAIM_CONTAINMENT = 0.8;

/** Statements worth listing: real sentences of six words or more, not headings or bare questions. */
export function isStatement(a: Annotated): boolean {
  const s = a.sentence;
  if (s.kind === 'heading') return false;
  if (s.kind === 'sentence' && s.text.endsWith('?')) return false;
  return s.text.split(/\s+/).length >= 6;
}

/**
 * Merges the same statement told by several sources into one group (corroboration). Candidates
 * are pairs that share words through an inverted index; never every statement against every other.
 */
export function groupClaims(items: readonly Annotated[]): ClaimGroup[] {
  const sets = items.map((a) => wordSet(a.sentence.text));
  const groups = new Groups(items.length);
  // The same words told again (wire copy, a repeated line) join at once; only distinct wordings
  // go through pairing, which keeps a wire-heavy corpus from multiplying the pairs.
  const firstOf = new Map<string, number>();
  const distinct: number[] = [];
  const negations = items.map((a) => negated(a.sentence.text));
  sets.forEach((set, i) => {
    const key = `${negations[i] ? '!' : ''}${[...set].sort().join(' ')}`;
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, i);
      distinct.push(i);
    } else groups.union(first, i);
  });
  for (const [x, y] of eachCandidatePair(distinct.map((i) => sets[i]!), 3)) {
    const [i, j] = [distinct[x]!, distinct[y]!];
    const a = sets[i]!;
    const b = sets[j]!;
    // A statement and its denial share their words; they are not the same claim.
    if (negations[i] !== negations[j]) continue;
    if (jaccard(a, b) >= SAME_CLAIM_JACCARD || (Math.min(a.size, b.size) >= 6 && containment(a, b) >= SAME_CLAIM_CONTAINMENT)) groups.union(i, j);
  }
  return groups.lists().map((idx) => {
    const members = idx.map((i) => items[i]!);
    // The lead is the telling most like the others. A large group (a wire story told a hundred
    // times) is scored by word counts, linear in its size, where comparing every pair is quadratic.
    const counts = new Map<string, number>();
    if (idx.length > SMALL_GROUP) for (const i of idx) for (const w of sets[i]!) counts.set(w, (counts.get(w) ?? 0) + 1);
    let lead = idx[0]!;
    let bestScore = -1;
    for (const i of idx) {
      let score = 0;
      if (idx.length <= SMALL_GROUP) for (const j of idx) score += i === j ? 0 : jaccard(sets[i]!, sets[j]!);
      else {
        for (const w of sets[i]!) score += counts.get(w)! - 1;
        score /= Math.max(1, sets[i]!.size);
      }
      // Equal scores go to the shorter telling, then the one that sorts first: never to the file that sorts first.
      const [x, y] = [items[i]!.sentence.text, items[lead]!.sentence.text];
      const tie = Math.abs(score - bestScore) <= 1e-9 && (x.length < y.length || (x.length === y.length && x < y));
      if (score > bestScore + 1e-9 || tie) {
        lead = i;
        bestScore = score;
      }
    }
    return { members, lead: items[lead]!, sources: sortIds(members.map((m) => m.sentence.source)), words: sets[lead]! };
  });
}

const NEGATION = /\b(?:not|no|never|neither|nor|won['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|didn['’]t|doesn['’]t|don['’]t|cannot|can['’]t)\b/i;

function negated(text: string): boolean {
  return NEGATION.test(text);
}

export function toClaim(g: ClaimGroup): Claim {
  const claim: Claim = { text: g.lead.sentence.text, sources: g.sources };
  if (g.lead.hedged) claim.hedged = true;
  claim.spans = g.members.map((m) => ({ source: m.sentence.source, start: m.sentence.start, end: m.sentence.end }));
  return claim;
}

/** Most corroborated first, then in reading order. */
export function byCorroboration(a: ClaimGroup, b: ClaimGroup): number {
  return b.sources.length - a.sources.length || order(a) - order(b);
}

function order(g: ClaimGroup): number {
  return Number(g.lead.sentence.source.slice(1)) * 100000 + g.lead.sentence.index;
}
