import { isCountryForm } from '../../extract/countries.js';
import { stem } from '../text.js';

/**
 * What sets one occasion apart from another of the same name: the word that kinds it ("welcoming
 * ceremony", "wreath-laying ceremony", "signing ceremony") and who or what it is of or with ("meeting
 * of bishops", "press conference with the prime minister"). Two mentions that both say and differ
 * are two occasions, whatever their dates or places.
 */
export interface Marks {
  modifier: string | null;
  partners: Set<string>;
}

const MODIFIER = /([\p{L}]+-)?([\p{Ll}]+ing)\s+$/u;
const PARTNERS = /^\s+(?:of|with|between|for)\s+(?:(?:the|a|an|his|her|their|its|both|all|two|top)\s+)*((?:[\p{L}][\p{L}.'’-]*)(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,4})/u;
/** Words that tell no occasion from another: roles, and the days and months a date brings along. */
const VAGUE = new Set(
  ('leader president minister prime official two side counterpart delegation visitor host head state government ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december').split(' '),
);
/** -ing words that say when or how, not which occasion: "the upcoming meeting", "Wednesday evening dinner". */
const NOT_KIND = new Set(['during', 'following', 'upcoming', 'ongoing', 'morning', 'evening', 'according', 'including', 'outstanding', 'preceding', 'long-standing', 'lengthy', 'thing', 'something']);

export function marksAt(text: string, start: number, end: number): Marks {
  const m = MODIFIER.exec(text.slice(Math.max(0, start - 30), start));
  const p = PARTNERS.exec(text.slice(end, end + 80));
  // A nationality ("his Polish counterpart") names no one in particular.
  const named = (p?.[1] ?? '').split(/[\s&]+/).filter((w) => !isCountryForm(w.charAt(0).toUpperCase() + w.slice(1)));
  const words = named.map((w) => stem(w.toLowerCase().replace(/['’]s$/, ''))).filter((w) => w.length > 1 && w !== 'and' && !VAGUE.has(w));
  const modifier = m ? `${m[1] ?? ''}${m[2]}`.toLowerCase() : null;
  return { modifier: modifier && !NOT_KIND.has(modifier) ? modifier : null, partners: new Set(words) };
}

/** Whether two mentions of the same noun can be the same occasion. */
export function sameOccasion(a: Marks, b: Marks): boolean {
  if (a.modifier && b.modifier && a.modifier !== b.modifier) return false;
  if (a.partners.size && b.partners.size && ![...a.partners].some((w) => b.partners.has(w))) return false;
  return true;
}
