import { isCountryForm } from './countries.js';

/** What one sentence says about the shape of the event. */
export interface EventCues {
  /** "summit", "summit meeting", "summit talks". */
  summit: boolean;
  /** "tour", "stops in", "the last leg". */
  tour: boolean;
  /** The body addressed: "address to a joint meeting of Congress" → "Congress". */
  address: string | null;
  /** Names of a grouping meeting at a summit: "the CSF summit", "Group of Seven leaders". */
  groups: string[];
}

const SUMMIT = /\bsummit(?:s|ry)?\b/i;
const TOUR = /\b(?:[Tt]our(?:s|ed|ing)?|[Ss]tops?\s+in|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Nn]ext|[Ff]inal|[Ll]ast)\s+(?:stop|leg)|leg\s+of\s+(?:his|her|the)|\p{Lu}\p{Ll}+\s+leg\b(?!\s+(?:injur|break|brok))|[Ii]tinerary)\b/u;
const BODY = String.raw`(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:Congress|Parliament|Assembly|Senate|Bundestag|Knesset|Duma|Diet|Sabha|Majlis|Cortes|Sejm|Council|Legislature|Chamber|House\s+of\s+\p{Lu}\p{L}+|Nations)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})?`;
/** "an address to a joint meeting of Congress", "will address the Ocean Assembly", "a speech before Parliament". */
const ADDRESS = new RegExp(
  String.raw`\b(?:(?:address(?:ed|es|ing)?|speech|spoke|speaks|speaking|remarks)\s+(?:to|before|at)|address(?:ed|es|ing)?)\s+(?:an?\s+|the\s+)?(?:(?:joint|special|plenary)\s+(?:meeting|session|sitting)\s+of\s+(?:the\s+)?)?(${BODY})\b`,
  'u',
);
const GROUP = /(?<![\p{L}\p{N}-])(G-?\d{1,2}|[A-Z][A-Z&]{1,6}(?:\+\d)?|Group of (?:Seven|Eight|Twenty|\p{Lu}\p{L}+)|(?:\p{Lu}[\p{L}’'-]+\s+){1,4}(?:Forum|Community|Union|Cooperation|Alliance|Organi[sz]ation|Conference|Commonwealth|Association|Council|Partnership))(?:['’]s)?\s+(?:leaders['’]?\s+)?(?:[Ss]ummit|[Mm]eeting|[Gg]athering|[Ll]eaders)\b/gu;

/** The shape cues of one sentence. */
export function eventCues(text: string): EventCues {
  const groups: string[] = [];
  for (const m of text.matchAll(GROUP)) {
    // "The Arctic Forum summit" at the head of a sentence: the article is not part of the name.
    const name = m[1]!.trim().replace(/^(?:The|A|An)\s+/, '');
    if (isCountryForm(name) || /^(?:AM|PM|CEO|TV|OK|US|UK|USA|UN)$/.test(name)) continue;
    groups.push(normaliseGroup(name));
  }
  return { summit: SUMMIT.test(text), tour: TOUR.test(text), address: ADDRESS.exec(text)?.[1]?.trim() ?? null, groups };
}

/** "G-7" and "G7" are one grouping. */
export function normaliseGroup(name: string): string {
  return /^G-?\d+$/.test(name) ? name.replace('-', '') : name;
}

const NEGATED = /\b(?:no|not|without|rather than|instead of|never)\s+(?:\w+\s+){0,2}$/i;

/** True when the words before an offset deny what follows ("no state visit", "not a working visit"). */
export function negatedAt(text: string, at: number): boolean {
  return NEGATED.test(text.slice(Math.max(0, at - 40), at));
}
