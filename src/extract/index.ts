import { referenceDate, type Article, type DateMention, type Sentence } from '../model/pipeline.js';
import { extractCountries, type CountryMention } from './countries.js';
import { extractDates } from './dates.js';
import { isHedged } from './hedge.js';
import { eventCues, type EventCues } from './event-cues.js';
import { extractMakers } from './makers.js';
import { extractNames, type NameMention } from './names.js';
import { extractPlaces, type PlaceMention } from './places.js';
import { extractTitledPeople, type PersonMention } from './people.js';
import { extractProgrammes, type ProgrammeMention } from './programmes.js';
import { classify, sectionScores, type SectionName } from './sections.js';
import { findVisitCues, occasions, visitKinds, visitSpan, type Occasion, type VisitCue } from './visit.js';

export type { SectionName } from './sections.js';

/** A sentence with everything the extractors read in it. Offsets are into `sentence.text`. */
export interface Annotated {
  sentence: Sentence;
  dates: DateMention[];
  countries: CountryMention[];
  people: PersonMention[];
  /** Capitalised runs that may be untitled names; consolidation decides. */
  names: NameMention[];
  programmes: ProgrammeMention[];
  /** Names the sentence shows to be companies: never programmes, anywhere in the corpus. */
  makers: string[];
  visits: VisitCue[];
  /** Places named after a locative word, gazetteer or not ("in Port Alvar, Queensland"). */
  places: PlaceMention[];
  /** Summit, tour and address cues and the names of groupings meeting. */
  cues: EventCues;
  kinds: string[];
  occasions: Occasion[];
  visitDays: number | null;
  /** What the stated length is the length of ("visit", "tour", "summit"), when the text says. */
  visitNoun: string | null;
  hedged: boolean;
  section: SectionName | null;
  /** Cue scores per section, so later stages can weigh in what they know (the event's countries). */
  scores: Record<SectionName, number>;
}

export interface ExtractOptions {
  /** Reference date for an article that carries none (the corpus's usual date, else the as-of date). */
  fallbackDate: string;
}

/** Runs every extractor over one article's sentences. */
export function extractArticle(article: Article, sentences: readonly Sentence[], opts: ExtractOptions): Annotated[] {
  const reference = referenceDate(article, opts.fallbackDate);
  return sentences.map((sentence) => {
    const text = sentence.text;
    const countries = extractCountries(text);
    const heading = sentence.kind === 'heading';
    // In a headline or caption every word is capitalised, so names there cannot be delimited.
    const titleCase = heading || isTitleCase(text);
    return {
      sentence,
      dates: heading ? [] : extractDates(sentence, reference),
      countries,
      people: titleCase ? [] : extractTitledPeople(text),
      names: titleCase ? [] : extractNames(text),
      programmes: heading ? [] : extractProgrammes(text),
      makers: extractMakers(text),
      visits: heading ? [] : findVisitCues(text, countries),
      places: titleCase ? [] : extractPlaces(text),
      cues: eventCues(text),
      kinds: visitKinds(text),
      occasions: occasions(text),
      ...spanOf(text),
      hedged: isHedged(text),
      section: heading ? null : classify(text),
      scores: sectionScores(text),
    };
  });
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'but', 'or', 'nor', 'by', 'as', 'vs', 'with', 'from', 'into', 'over', 'upon', 'via', 'per', 'is']);

/** Every word capitalised but the small ones ("Pope Visits Capital, Tells Crowd"): a headline or a caption line. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length < 4) return false;
  let caps = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) caps++;
    else if (!SMALL_WORDS.has(w)) return false;
  }
  return caps >= 3;
}

function spanOf(text: string): { visitDays: number | null; visitNoun: string | null } {
  const s = visitSpan(text);
  return { visitDays: s?.days ?? null, visitNoun: s?.noun ?? null };
}

/** The date most articles carry: the reference for articles that carry none. */
export function usualDate(articles: readonly Article[], asOf: string): string {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.published) counts.set(a.published, (counts.get(a.published) ?? 0) + 1);
  let best: string | null = null;
  for (const [date, n] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (!best || n > counts.get(best)!) best = date;
  return best ?? asOf;
}
