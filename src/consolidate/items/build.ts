import type { Annotated } from '../../extract/index.js';
import type { Claim, Span } from '../../model/schema.js';
import type { ClaimGroup } from '../claims.js';
import { sortIds } from '../people.js';
import { salience, type RankContext } from './rank.js';
import { standalone, type Standalone } from './standalone.js';
import { termsOf, type ItemTerms, type SentenceIndex } from './support.js';

/** Tellings tried as the printed text, at most: a wire story told a hundred times needs only a few. */
const CANDIDATES = 6;

/** A statement ready to print: its text, the sources that state it, and how much it matters. */
export interface Item {
  group: ClaimGroup;
  claim: Claim;
  /** The member whose words are printed. */
  lead: Annotated;
  /** The sentences printed: the lead, after the one it leans on. */
  parts: Annotated[];
  terms: ItemTerms;
  score: number;
}

/**
 * A claim group as an item: the text is a verbatim sentence (joined with the one before when it
 * points back) of its first cited source, and a source is cited only when it states the item,
 * figures and all. Null when no telling of the group can be read alone.
 */
export function buildItem(g: ClaimGroup, index: SentenceIndex, ctx: RankContext): Item | null {
  const others = g.members.filter((m) => m !== g.lead).sort((x, y) => (x.sentence.text < y.sentence.text ? -1 : x.sentence.text > y.sentence.text ? 1 : 0));
  // Of a few tellings, the one the most sources state: a plain sentence every outlet agrees with
  // is cited by all, a sentence with one outlet's extra detail by that outlet alone.
  let best: { lead: Annotated; own: Standalone; terms: ItemTerms; cited: Set<string>; spans: Span[] } | null = null;
  for (const lead of [g.lead, ...others].slice(0, CANDIDATES)) {
    const own = standalone(lead, index);
    if (!own) continue;
    const terms = termsOf(own.text);
    const cited = new Set([lead.sentence.source]);
    const spans = [...own.spans];
    for (const m of g.members) {
      if (cited.has(m.sentence.source) || !index.states(terms, m)) continue;
      cited.add(m.sentence.source);
      spans.push({ source: m.sentence.source, start: m.sentence.start, end: m.sentence.end });
    }
    if (!best || cited.size > best.cited.size) best = { lead, own, terms, cited, spans };
    if (cited.size === new Set(g.members.map((m) => m.sentence.source)).size) break;
  }
  if (!best) return null;
  // Word for word the same in several outlets (wire copy): the telling printed is the one whose
  // article comes first by its own words, never by its file name.
  if (ctx.sourceOrder) {
    const order = ctx.sourceOrder;
    const twins = g.members.filter((m) => m.sentence.text === best!.lead.sentence.text && best!.cited.has(m.sentence.source));
    const first = twins.reduce((x, y) => (order(y.sentence.source) < order(x.sentence.source) ? y : x), best.lead);
    if (first !== best.lead) {
      const own = standalone(first, index);
      if (own && own.text === best.own.text) best = { ...best, lead: first, own };
    }
  }
  const { lead, own, terms, cited, spans } = best;
  const sources = [lead.sentence.source, ...sortIds([...cited].filter((s) => s !== lead.sentence.source))];
  const claim: Claim = { text: own.text, sources, spans };
  if (lead.hedged) claim.hedged = true;
  const score = salience(g.members, lead, own.text, cited.size, terms.words, terms.figures.size, ctx);
  return { group: g, claim, lead, parts: own.parts, terms, score };
}

/** Highest score first; equal scores by their words, so file names never decide. */
export function byScore(a: Item, b: Item): number {
  return b.score - a.score || (a.claim.text < b.claim.text ? -1 : a.claim.text > b.claim.text ? 1 : 0);
}
