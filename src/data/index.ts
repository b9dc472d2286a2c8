import { z } from 'zod';
import abbreviationsJson from './abbreviations.json' with { type: 'json' };
import countriesJson from './countries.json' with { type: 'json' };
import framingJson from './framing.json' with { type: 'json' };
import furnitureJson from './furniture.json' with { type: 'json' };
import hedgesJson from './hedges.json' with { type: 'json' };
import militaryJson from './military.json' with { type: 'json' };
import sectionsJson from './sections.json' with { type: 'json' };
import titlesJson from './titles.json' with { type: 'json' };

/** Lexicons are data a user can read and extend; they are checked here so a typo fails loudly. */

const Country = z.object({
  code: z.string(),
  name: z.string(),
  names: z.array(z.string()),
  demonyms: z.array(z.string()),
  capitals: z.array(z.string()),
  combining: z.array(z.string()),
});
const Titles = z.object({
  titles: z.array(z.object({ title: z.string(), rank: z.number().int().min(1).max(4) })),
  abbreviations: z.record(z.string(), z.string()),
  portfolioJoiners: z.array(z.string()),
  honorifics: z.array(z.string()),
  singleName: z.object({ titles: z.array(z.string()) }),
  regnal: z.object({ titles: z.array(z.string()) }),
  lowercaseRoles: z.object({ roles: z.array(z.string()) }),
  lowercase: z.object({ titles: z.array(z.string()) }),
  titleCountry: z.object({ offices: z.record(z.string(), z.string()) }),
  portfolioSuffixes: z.array(z.string()),
  former: z.object({ words: z.array(z.string()) }),
});
const words = z.array(z.string().min(1));
const Military = z.object({
  strong: words,
  weak: words,
  defenceWords: words,
  notAfter: words,
  notDesignators: words,
  modifiers: words,
  variantMarks: words,
  attributiveSuffixes: z.array(z.string().regex(/^-\p{Ll}+$/u, 'an ending such as "-based"')),
  callSigns: words,
  frameworks: words,
  forums: words,
  placeNouns: words,
  frameworkWords: words,
  frameworkQualifiers: words,
  civilWords: words,
  makerSuffixes: words,
  makerNouns: words,
  makerVerbs: words,
  makerRoles: words,
  makerAgents: words,
  numberedPrefixes: words,
  referenceNouns: words,
  referenceSeveral: words,
  referenceFamilies: z.record(z.string(), words),
});
const Sections = z.object({
  threshold: z.number(),
  sections: z.object({
    energyTrade: z.record(z.string(), z.number()),
    geopolitics: z.record(z.string(), z.number()),
    agenda: z.record(z.string(), z.number()),
  }),
});

export type CountryData = z.infer<typeof Country>;
export const countries: CountryData[] = z.array(Country).parse(countriesJson);
export const titles = Titles.parse(titlesJson);
export const military = Military.parse(militaryJson);
export const sections = Sections.parse(sectionsJson);
export const framing = z.object({ sceptical: z.array(z.string()), upbeat: z.array(z.string()) }).parse(framingJson);
/** Word lists for the page-furniture rules in ingest/noise. */
export const furniture = z.object({ bioRoles: z.array(z.string().min(1)) }).parse(furnitureJson);
export const hedges: string[] = z.object({ hedges: z.array(z.string()) }).parse(hedgesJson).hedges;
export const abbreviations: string[] = z.object({ abbreviations: z.array(z.string()) }).parse(abbreviationsJson).abbreviations;

const RANKS = new Map(titles.titles.map((t) => [t.title, t.rank]));

/** 1 head of state, 2 head of government, 3 minister, 4 other office; 5 for no title at all. */
export function titleRank(role: string | null | undefined): number {
  return role ? (RANKS.get(role) ?? 4) : 5;
}

/** Month names by their first three letters, January first. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** A month or weekday written out ("May", "Tuesday"): a word of the calendar, never a name. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}

/** 1–12 for a month name or its abbreviation, null otherwise. */
export function monthNumber(word: string): number | null {
  const i = (MONTHS as readonly string[]).indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : null;
}

/** A regex source matching any of the phrases on word boundaries, longest first. */
export function phraseSource(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.map(escapeRegex).join('|');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
