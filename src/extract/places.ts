import { isCountryForm } from './countries.js';
import { NOT_IN } from './names.js';

/** A place the sentence puts something in ("in Port Alvar, Queensland"), whatever the gazetteer knows. */
export interface PlaceMention {
  name: string;
  /** The region or country written after a comma, if any. */
  region: string | null;
  start: number;
  end: number;
  /** One of several places listed together ("stops in A, B and C"). */
  listed?: boolean;
}

const WORD = String.raw`\p{Lu}[\p{L}’'.\-]*\p{L}`;
const LINK = String.raw`(?:\s+(?:de|do|da|del|la|le|les|sur|upon|of)\s+|\s+)`;
const NAME = String.raw`(?:${WORD})(?:${LINK}${WORD}){0,3}`;
/** ", New York and Philadelphia": more places in a list after the first. */
const LIST = new RegExp(String.raw`^((?:,\s+${NAME})*,?\s+and\s+${NAME})`, 'u');
const PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:in|at|to|from|near|outside|visit(?:ed|ing|s)?|arrived in|arrive in|leaves|left|toured|reached)\s+((?:${WORD})(?:${LINK}${WORD}){0,3})(?:,\s+(${WORD}(?:\s+${WORD})?)(?=[\s,.;:)]|$))?`,
  'gu',
);
/** Capitalised words that open a phrase after "in" without naming a place. */
const NOT_PLACE = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'A', 'An', 'His', 'Her', 'Their', 'Its', 'Our', 'This', 'That', 'These', 'Those',
  'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Prime', 'Minister', 'King', 'Queen', 'Pope', 'Chancellor', 'Premier', 'Secretary', 'General', 'Senator', 'Sen', 'Rep',
  'English', 'French', 'Spanish', 'Arabic', 'Chinese', 'Russian', 'German', 'Latin', 'Italian', 'Portuguese', 'Japanese', 'Korean', 'Twitter', 'Facebook', 'Instagram',
  'Congress', 'Parliament', 'Senate', 'Christ', 'God', 'Washington’s', 'Washington\'s', 'Mass', 'Earth', 'Heaven', 'Europe', 'Asia', 'Africa', 'America', 'Americas',
]);

/** Places written after a locative word, the kind a visit, summit or stop is held in. */
export function extractPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(PLACE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const first = placeName(m[1]!);
    // "stops in Port Alvar, Elm and Vale": every place of the list, each flagged as listed.
    const list = first?.whole ? LIST.exec(text.slice(start + m[1]!.length)) : null;
    if (list) {
      if (first && !first.gazetteer) out.push({ name: first.name, region: null, start, end: start + first.name.length, listed: true });
      let at = start + m[1]!.length;
      for (const part of list[1]!.split(/,?\s+and\s+|,\s+/)) {
        const i = text.indexOf(part, at);
        if (!part || i < 0) continue;
        at = i + part.length;
        const p = placeName(part);
        if (p && !p.gazetteer && p.whole) out.push({ name: p.name, region: null, start: i, end: i + p.name.length, listed: true });
      }
      continue;
    }
    if (!first || first.gazetteer) continue;
    const region = first.whole && m[2] && !NOT_PLACE.has(m[2].split(/\s+/)[0]!) ? m[2].replace(/[.’']+$/, '') : null;
    out.push({ name: first.name, region, start, end: start + first.name.length });
  }
  return out;
}

/**
 * The place a run of capitalised words names: cut where a word that cannot belong to a place
 * begins ("in Vale Sunday", "in Vale Doe's"); a country or capital is the gazetteer's.
 */
function placeName(run: string): { name: string; whole: boolean; gazetteer: boolean } | null {
  const words = run.split(/\s+/);
  if (words.some((_, i) => isCountryForm(words.slice(0, i + 1).join(' ').replace(/['’]s$/, '')))) return { name: run, whole: true, gazetteer: true };
  // "in Port Alvar's harbour": the possessive word ends the name and belongs to it.
  const owner = words.findIndex((w) => /['’]s$/.test(w));
  const cut = words.findIndex((w, i) => i > 0 && (NOT_PLACE.has(w.replace(/[.’']s?$/, '')) || isCountryForm(w)));
  const stop = owner >= 0 && (cut < 0 || owner < cut) ? owner + 1 : cut;
  const kept = (stop > 0 ? words.slice(0, stop) : words).map((w, i, all) => (i === all.length - 1 ? w.replace(/['’]s$/, '') : w));
  const name = kept.join(' ').replace(/[.’']+$/, '');
  const tokens = name.split(/\s+/);
  if (NOT_PLACE.has(tokens[0]!.replace(/[.’']s?$/, '')) || tokens.some((t) => NOT_IN.has(t) && t !== 'City') || name.length < 3) return null;
  if (isCountryForm(name) || isCountryForm(tokens[0]!)) return { name, whole: true, gazetteer: true };
  return { name, whole: !(stop > 0 && stop < words.length), gazetteer: false };
}
