import type { SectionName } from '../../extract/index.js';
import type { Claim, Discrepancy, KeyPoint } from '../../model/schema.js';
import { jaccard } from '../text.js';
import { byScore, type Item } from './build.js';

/** An outcome of the event, done or expected: something signed, agreed, adopted or announced. */
const OUTCOME_VERB = /\b(?:sign(?:ed|s|ing)?|agree(?:d|s)?|conclud\w+|adopt\w*|announc\w+|launch\w*|unveil\w*|seal\w*|ink\w*|approv\w+|finali[sz]\w+)\b/i;
const OUTCOME_NOUN = /\b(?:agreements?|pacts?|deals?|accords?|mous?|memorand\w+|treat(?:y|ies)|declarations?|joint statement|contracts?|roadmaps?|framework)\b/i;
/** "A labour mobility pact", "the fisheries accord": an outcome named by what it is about, not "several agreements". */
const NAMED_OUTCOME = /\b(?!(?:several|many|various|important|key|major|new|notable|other|some|more|further|bilateral|these|those|such|an?|the|of|and|to|be|been|number)\b)[\p{L}-]{3,}\s+(?:agreement|pact|deal|accord|treaty|declaration|contract|roadmap|framework)\b/iu;
/** Background, not an outcome of this event: "an earlier deal", "already ordered", "last year". */
const BACKGROUND = /\b(?:earlier|already|previous(?:ly)?|last year|in (?:19|20)\d\d|since (?:19|20)\d\d|ago)\b/i;
const CONTENTION = /\b(?:tension\w*|concern\w*|critici\w+|dispute\w*|warn\w*|oppos\w+|pressure\w*|sanction\w*|strain\w*|disagree\w*|rift|protest\w*|rebuk\w+|backlash|rival\w*|hostil\w+|accus\w+|condemn\w*|risk\w*|uncomfortable|delay\w*)\b/i;
const EVENT_NOUN = /\b(?:visit\w*|summit|trip|tour|talks|met|meet\w*|address\w*|arriv\w+)\b/i;
const TABLED = /\b(?:talks|discuss\w*|offer\w*|procur\w+|buy\w*|purchas\w+|order\w*|acqui\w+|deal|contract|negotiat\w+|anticipated)\b/i;
/** Someone objecting, not a mere risk or delay: what a contention line needs outside geopolitics. */
const CRITICISM = /\b(?:critici\w+|critics?|oppos\w+|protest\w*|condemn\w*|accus\w+|warn\w*|backlash|rebuk\w+|object\w*)\b/i;
/** Items this alike are one point told twice: the second is not shown again. */
const SAME_POINT = 0.45;
const OVERVIEW = 5;

export interface Placement {
  /** The section an item's cues point to, or null. */
  sectionOf(item: Item): SectionName | null;
  /** A programme's fact: listed under the programme, not again in a section. */
  isProgrammeFact(item: Item): boolean;
  /** Words that name the event itself. */
  eventWords: ReadonlySet<string>;
  /** True when the item names one of the event's principals. */
  namesPrincipal(item: Item): boolean;
  /** True when the item puts the event on its days ("will visit on 4–5 June"). */
  datesEvent(item: Item): boolean;
  /** True when the item dates what it tells before the event ("an August 2017 law"). */
  datesEarlier(item: Item): boolean;
  /** How much the item is about defence (its programmes and defence words). */
  defence(item: Item): number;
  /** How strongly the item's words point to a section. */
  cueScore(item: Item, section: SectionName): number;
}

export interface Arranged {
  keyPoints: KeyPoint[];
  overview: Claim[];
  sections: Record<SectionName, Claim[]>;
}

/**
 * Every item in one place: a few key points (the event, what came of it, where it is contested,
 * where sources disagree), an overview that covers each section's best, then the sections, each
 * ranked. A statement that only restates the event goes no further than the overview.
 */
export function arrange(items: readonly Item[], discrepancies: readonly Discrepancy[], place: Placement): Arranged {
  const ranked = [...items].sort(byScore);
  const taken: Item[] = [];
  // A telling quoted as one side of a conflict, when a telling with other figures is already
  // shown, is for the discrepancy to present, not a statement of its own.
  const quotes = discrepancies.filter((d) => d.kind === 'conflict').flatMap((d) => d.claims.map((c) => c.quote.replace(/[…\s]+$/, '')));
  const sideOf = (it: Item) => quotes.some((q) => q.length > 20 && it.lead.sentence.text.includes(q));
  // A joined item that repeats a sentence already shown is not shown again either.
  const shares = (a: Item, b: Item) => a.parts.some((p) => b.parts.some((q) => q.sentence.id === p.sentence.id));
  const fresh = (it: Item) => !taken.some((t) => t === it || shares(t, it) || jaccard(t.terms.words, it.terms.words) >= SAME_POINT || (otherFigures(t, it) && sideOf(it)));
  /** Takes an item not yet shown (nor one saying the same); the item when taken, else undefined. */
  const take = (it: Item | undefined) => {
    if (!it || !fresh(it)) return undefined;
    taken.push(it);
    return it;
  };
  // A statement announcing the event (a principal, the event, its days) is the event block's:
  // the best of them is the key point, the rest are not shown again.
  const announces = (it: Item) => EVENT_NOUN.test(it.lead.sentence.text) && place.namesPrincipal(it) && place.datesEvent(it);
  const restates = (it: Item) => announces(it) || isEventStatement(it, place);

  const keyPoints: KeyPoint[] = [];
  // The event line: a statement naming a principal with the event and its place or days.
  const event = take(ranked.find(announces) ?? ranked.find((it) => restates(it) && place.namesPrincipal(it)));
  if (event) keyPoints.push({ ...event.claim, role: 'event' });
  // What came of the event, or is expected to: a named agreement before a general one.
  const outcomes = ranked.filter((x) => OUTCOME_VERB.test(x.claim.text) && OUTCOME_NOUN.test(x.claim.text) && !BACKGROUND.test(x.claim.text) && !place.datesEarlier(x) && !restates(x));
  const named = (x: Item) => (NAMED_OUTCOME.test(x.claim.text) ? 1 : 0);
  const outcomeItems: Item[] = [];
  for (const it of outcomes.sort((x, y) => named(y) - named(x) || byScore(x, y))) {
    if (outcomeItems.length >= 2) break;
    // The same claim with another figure is a disagreement, told by the discrepancy line.
    if (outcomeItems.some((o) => otherFigures(o, it)) || (event && otherFigures(event, it))) continue;
    if (take(it)) outcomeItems.push(it);
  }
  for (const it of outcomeItems) keyPoints.push({ ...it.claim, role: 'outcome' });
  // The main point of contention: a geopolitical one first, else criticism of anything the event did.
  // About this event: it names a principal or the event, not a doctrine's long history.
  const aboutEvent = (it: Item) => place.namesPrincipal(it) || [...it.terms.words].some((w) => place.eventWords.has(w));
  const contentious = (it: Item) => fresh(it) && !restates(it) && CONTENTION.test(it.claim.text) && aboutEvent(it) && !BACKGROUND.test(it.claim.text) && !place.datesEarlier(it);
  const contention = take(ranked.find((it) => contentious(it) && place.sectionOf(it) === 'geopolitics') ?? ranked.find((it) => contentious(it) && CRITICISM.test(it.claim.text)));
  if (contention) keyPoints.push({ ...contention.claim, role: 'contention' });
  const disagreement = discrepancies.find((d) => d.kind === 'conflict') ?? discrepancies.find((d) => d.kind !== 'uncorroborated');
  if (disagreement) keyPoints.push(discrepancyPoint(disagreement));

  // The overview: the best of what is left, and the best of each section, so it covers the brief.
  const overview: Item[] = [];
  const bestOf = (section: SectionName) => ranked.find((it) => fresh(it) && !restates(it) && place.sectionOf(it) === section);
  // The defence agenda: a programme on the table (offered, sought, to be discussed) before defence in general.
  const onTable = (it: Item) => it.group.members.some((m) => m.programmes.length) && TABLED.test(it.claim.text);
  const defence = take(ranked.find((it) => fresh(it) && !restates(it) && onTable(it)) ?? ranked.find((it) => fresh(it) && !restates(it) && place.defence(it) >= 3));
  if (defence) overview.push(defence);
  for (const section of ['agenda', 'energyTrade', 'geopolitics'] as SectionName[]) {
    const it = take(bestOf(section));
    if (it) overview.push(it);
  }
  for (const it of ranked) {
    if (overview.length >= OVERVIEW) break;
    if (!restates(it) && take(it)) overview.push(it);
  }

  const sections: Record<SectionName, Claim[]> = { agenda: [], energyTrade: [], geopolitics: [] };
  const bySection: Record<SectionName, Item[]> = { agenda: [], energyTrade: [], geopolitics: [] };
  for (const it of ranked) {
    if (!fresh(it) || restates(it) || place.isProgrammeFact(it)) continue;
    const section = place.sectionOf(it);
    if (!section) continue;
    taken.push(it);
    bySection[section].push(it);
  }
  // Within a section, what says most about that section's subject comes first.
  const weigh = (section: SectionName) => (x: Item, y: Item) => y.score + 0.3 * place.cueScore(y, section) - (x.score + 0.3 * place.cueScore(x, section)) || byScore(x, y);
  for (const section of Object.keys(bySection) as SectionName[]) sections[section] = bySection[section].sort(weigh(section)).map((it) => it.claim);
  return { keyPoints, overview: overview.sort(byScore).map((it) => it.claim), sections };
}

/** Two tellings of one claim that give different figures ("signed 11 agreements" / "signed 14 agreements"). */
function otherFigures(a: Item, b: Item): boolean {
  if (!a.terms.figures.size || !b.terms.figures.size) return false;
  const differ = [...b.terms.figures].some((f) => !a.terms.figures.has(f));
  return differ && jaccard(a.terms.words, b.terms.words) >= 0.3;
}

/** A statement mostly about the event itself: who goes where, when, for what. */
function isEventStatement(it: Item, place: Placement): boolean {
  if (!EVENT_NOUN.test(it.claim.text)) return false;
  let hits = 0;
  for (const w of it.terms.words) if (place.eventWords.has(w)) hits++;
  return hits >= 2 && hits >= it.terms.words.size * 0.3;
}

/** The key point that sends the reader to the main disagreement: what it is about, in words, and who says what. */
function discrepancyPoint(d: Discrepancy): KeyPoint {
  const sources = [...new Set(d.claims.map((c) => c.source))];
  return { text: `Sources disagree on ${d.topic.charAt(0).toLowerCase()}${d.topic.slice(1)}: ${d.note}`, sources, role: 'discrepancy' };
}
