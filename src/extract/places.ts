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
    // The run ends where a word that cannot be part of a place name begins ("in Ruritania Sunday", "in Vale Doe's").
    const words = m[1]!.split(/\s+/);
    // A country or a capital is the gazetteer's: "visit South Africa on 3 June" is not a place "South".
    const run = m[1]!.split(/\s+/);
    if (run.some((_, i) => isCountryForm(run.slice(0, i + 1).join(' ').replace(/['’]s$/, '')))) continue;
    // "in Port Alvar's harbour": the possessive word ends the name and belongs to it.
    const owner = words.findIndex((w) => /['’]s$/.test(w));
    const cut = words.findIndex((w, i) => i > 0 && (NOT_PLACE.has(w.replace(/[.’']s?$/, '')) || isCountryForm(w)));
    const stop = owner >= 0 && (cut < 0 || owner < cut) ? owner + 1 : cut;
    const kept = (stop > 0 ? words.slice(0, stop) : words).map((w, i, all) => (i === all.length - 1 ? w.replace(/['’]s$/, '') : w));
    const name = kept.join(' ').replace(/[.’']+$/, '');
    const tokens = name.split(/\s+/);
    if (stop > 0 && stop < words.length) {
      const start = m.index + m[0].indexOf(m[1]!);
      if (!NOT_PLACE.has(tokens[0]!) && !isCountryForm(name) && !tokens.some((t) => NOT_IN.has(t) && t !== 'City')) out.push({ name, region: null, start, end: start + name.length });
      continue;
    }
    if (NOT_PLACE.has(tokens[0]!.replace(/[.’']s?$/, '')) || tokens.some((t) => NOT_IN.has(t) && t !== 'City')) continue;
    if (isCountryForm(name) || isCountryForm(tokens[0]!) || name.length < 3) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const list = LIST.exec(text.slice(start + m[1]!.length));
    if (list) {
      out.push({ name, region: null, start, end: start + name.length, listed: true });
      let at = start + m[1]!.length;
      for (const part of list[1]!.split(/,\s+|,?\s+and\s+/)) {
        const i = text.indexOf(part, at);
        if (!part || i < 0) continue;
        const tokens2 = part.split(/\s+/);
        if (!NOT_PLACE.has(tokens2[0]!) && !tokens2.some((t) => NOT_IN.has(t) && t !== 'City') && !isCountryForm(part)) out.push({ name: part, region: null, start: i, end: i + part.length, listed: true });
        at = i + part.length;
      }
      continue;
    }
    const region = m[2] && !NOT_PLACE.has(m[2].split(/\s+/)[0]!) ? m[2].replace(/[.’']+$/, '') : null;
    out.push({ name, region, start, end: start + name.length });
  }
  return out;
}
