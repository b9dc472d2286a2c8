import { negatedAt } from './event-cues.js';
import type { CountryMention } from './countries.js';

export interface VisitCue {
  /** Where the cue sits in the sentence. */
  start: number;
  end: number;
  /** The destination as written ("Chile", "Santiago", "Seoul"). */
  place: CountryMention;
  verb: string;
}

const BEFORE_PLACE = /\b(visit(?:s|ing|ed)?|trip|tour|arrival|arrive[sd]?|arriving|travel(?:s|led|ling|ed|ing)?|head(?:s|ed|ing)? to|fly|flies|flew|lands? in|landed in)\b(?:\s+(?:to|in|at))?\s+(?:the\s+)?$/i;
const AFTER_PLACE = /^(?:['’]s)?\s+(visit|trip|tour|sojourn)\b/i;

/** Statements that someone goes somewhere: "will visit Chile", "arrival in Santiago", "his Chile visit". */
export function findVisitCues(text: string, places: CountryMention[]): VisitCue[] {
  const out: VisitCue[] = [];
  for (const place of places) {
    if (place.kind === 'demonym' || place.kind === 'combining') continue;
    const before = BEFORE_PLACE.exec(text.slice(Math.max(0, place.start - 40), place.start));
    if (before) {
      out.push({ start: place.start - before[0].length, end: place.end, place, verb: before[1]!.toLowerCase() });
      continue;
    }
    const after = AFTER_PLACE.exec(text.slice(place.end));
    if (after) out.push({ start: place.start, end: place.end + after[0].length, place, verb: after[1]!.toLowerCase() });
  }
  return out;
}

const KIND = /\b(state|official|working|bilateral|private|two-day|three-day|one-day|day-long|maiden|first official)\s+(visit|trip)\b/gi;
const OCCASION = /\b(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\w+|thirtieth)\s+((?:[\p{Lu}][\p{L}’'\-]*\s+){0,5}(?:[Aa]nnual\s+|[Bb]ilateral\s+|[Ii]ntergovernmental\s+|[Jj]oint\s+)?(?:[Ss]ummit|[Dd]ialogue|[Cc]onsultations|[Cc]ouncil|[Ss]ession|[Ff]orum|[Cc]ommission))\b/gu;
const WORD_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const UNITS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };

export function visitKinds(text: string): string[] {
  return [...text.matchAll(KIND)]
    .filter((m) => !negatedAt(text, m.index))
    .map((m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`)
    .filter((k) => !/day|maiden|first/.test(k));
}

export interface Occasion {
  ordinal: string;
  name: string;
  text: string;
}

/** "the 12th Japan-Chile annual summit", "the fifth … Dialogue" → ordinal and occasion. */
export function occasions(text: string): Occasion[] {
  const out: Occasion[] = [];
  for (const m of text.matchAll(OCCASION)) {
    const n = ordinalNumber(m[1]!);
    if (!n) continue;
    out.push({ ordinal: `${n}${suffix(n)}`, name: m[2]!, text: m[0] });
  }
  return out;
}

export function ordinalNumber(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d+)/.exec(w);
  if (digits) return Number(digits[1]);
  if (WORD_ORDINALS[w]) return WORD_ORDINALS[w]!;
  const tw = /^twenty-(\w+)$/.exec(w);
  if (tw && UNITS[tw[1]!]) return 20 + UNITS[tw[1]!]!;
  return null;
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

const SPAN_DAYS = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\d{1,2})[- ]day\b((?:\s+[\p{L}-]+){0,3})|\b(?:for|after|wrapp?(?:ed|ing)? up|spent|spends) (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\d{1,2}) days\b((?:\s+of)?(?:\s+[\p{L}-]+){0,2})/iu;
const NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14 };
const LENGTH_NOUN = /\b(visit|trip|stay|sojourn|tour|journey|summit|meeting|gathering|talks|conference|session|programme|program|swing)\b/i;

/** "a two-day visit", "for three days" → the number of days, if said. */
export function visitLength(text: string): number | null {
  return visitSpan(text)?.days ?? null;
}

/** The length and what it is the length of: "a 12-day tour of the region" → 12, "tour". */
export function visitSpan(text: string): { days: number; noun: string | null } | null {
  const m = SPAN_DAYS.exec(text);
  if (!m) return null;
  const w = (m[1] ?? m[3])!.toLowerCase();
  const days = NUM[w] ?? (Number(w) || null);
  if (!days) return null;
  const after = m[2] ?? m[4];
  const noun = after ? (LENGTH_NOUN.exec(after)?.[1]?.toLowerCase() ?? null) : null;
  return { days, noun };
}
