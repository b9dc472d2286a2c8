import { referenceDate, type Article, type DateMention, type Sentence } from '../model/pipeline.js';
import { extractCountries, type CountryMention } from './countries.js';
import { extractDates } from './dates.js';
import { isHedged } from './hedge.js';
import { extractMakers } from './makers.js';
import { extractTitledPeople, type PersonMention } from './people.js';
import { extractProgrammes, type ProgrammeMention } from './programmes.js';
import { classify, sectionScores, type SectionName } from './sections.js';
import { findVisitCues, occasions, visitKinds, visitLength, type Occasion, type VisitCue } from './visit.js';

export type { SectionName } from './sections.js';

/** A sentence with everything the extractors read in it. Offsets are into `sentence.text`. */
export interface Annotated {
  sentence: Sentence;
  dates: DateMention[];
  countries: CountryMention[];
  people: PersonMention[];
  programmes: ProgrammeMention[];
  /** Names the sentence shows to be companies: never programmes, anywhere in the corpus. */
  makers: string[];
  visits: VisitCue[];
  kinds: string[];
  occasions: Occasion[];
  visitDays: number | null;
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
    return {
      sentence,
      dates: heading ? [] : extractDates(sentence, reference),
      countries,
      people: extractTitledPeople(text),
      programmes: heading ? [] : extractProgrammes(text),
      makers: extractMakers(text),
      visits: heading ? [] : findVisitCues(text, countries),
      kinds: visitKinds(text),
      occasions: occasions(text),
      visitDays: visitLength(text),
      hedged: isHedged(text),
      section: heading ? null : classify(text),
      scores: sectionScores(text),
    };
  });
}

/** The date most articles carry: the reference for articles that carry none. */
export function usualDate(articles: readonly Article[], asOf: string): string {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.published) counts.set(a.published, (counts.get(a.published) ?? 0) + 1);
  let best: string | null = null;
  for (const [date, n] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (!best || n > counts.get(best)!) best = date;
  return best ?? asOf;
}
