import { phraseSource, titles } from '../../data/index.js';
import { extractCountries } from '../../extract/countries.js';

const LOWER_TITLES = [...new Set([...titles.lowercase.titles, ...titles.titles.filter((t) => t.rank <= 3).map((t) => t.title.toLowerCase())])];
/** "the Ruritanian president", "Ruritania's leader": an office named by its country, without a name. */
const DESCRIPTOR = new RegExp(String.raw`(?<![\p{L}])(?:${phraseSource(LOWER_TITLES)})(?![\p{L}])`, 'giu');
/** "(R-Ariz.)", "(D-N.Y.)": the party-and-state tag of a member of one country's legislature. */
export const PARTY_TAG = /^\s*\((?:R|D|I)-[A-Z][A-Za-z. ]{1,12}\)/;

export interface Descriptor {
  country: string;
  /** The office, lower case ("president"). */
  title: string;
  start: number;
  end: number;
}

/** Offices a sentence names by their country ("the Ruritanian president"), with their spans. */
export function descriptors(text: string): Descriptor[] {
  const out: Descriptor[] = [];
  const countries = extractCountries(text);
  for (const m of text.matchAll(DESCRIPTOR)) {
    const c = countries.filter((x) => x.end <= m.index && m.index - x.end <= 3).pop();
    if (!c) continue;
    const the = /(?:the|a)\s+$/i.exec(text.slice(Math.max(0, c.start - 4), c.start));
    out.push({ country: c.country, title: m[0].toLowerCase(), start: c.start - (the ? the[0].length : 0), end: m.index + m[0].length });
  }
  return out;
}

/** A descriptor set off by a comma right beside a name is that person's: "Jane Doe, the Ruritanian president". */
export function appositiveCountry(text: string, nameStart: number, nameEnd: number, found: readonly Descriptor[]): string | null {
  for (const d of found) {
    if (d.start >= nameEnd && /^,\s*$/.test(text.slice(nameEnd, d.start))) return d.country;
    if (d.end <= nameStart && /^,?\s+$/.test(text.slice(d.end, nameStart))) return d.country;
  }
  return null;
}
