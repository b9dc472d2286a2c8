import { phraseSource, titleRank, titles } from '../../data/index.js';
import { extractCountries } from '../../extract/countries.js';
import type { Annotated } from '../../extract/index.js';
import { bump, top, type Group } from './group.js';

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
  // Read only when an office is named: most sentences name none.
  let countries: ReturnType<typeof extractCountries> | null = null;
  for (const m of text.matchAll(DESCRIPTOR)) {
    countries ??= extractCountries(text);
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


/**
 * Countries read from the text around names: "Jane Doe, the Ruritanian president", "Jane Doe
 * (R-Ohio)", and offices named by country alone ("the Ruritanian president said").
 */
export function countriesFromText(annotated: readonly Annotated[], groups: Map<string, Group>, shortOf: ReadonlyMap<Group, string>): void {
  // From the text around the name: "Jane Doe, the Ruritanian president", "Jane Doe (R-Ohio)".
  const attached = new Set<string>();
  const loose: { title: string; country: string; id: string }[] = [];
  const inSentence = new Map<string, Group[]>();
  for (const g of groups.values()) {
    for (const id of g.sentences) {
      const l = inSentence.get(id);
      if (l) l.push(g);
      else inSentence.set(id, [g]);
    }
  }
  for (const a of annotated) {
    const text = a.sentence.text;
    const found = descriptors(text);
    for (const d of found) loose.push({ title: d.title, country: d.country, id: a.sentence.id });
    if (!found.length && !text.includes('(')) continue;
    for (const g of inSentence.get(a.sentence.id) ?? []) {
      for (const form of [...g.forms.keys(), shortOf.get(g) ?? '']) {
        if (!form) continue;
        const at = text.indexOf(form);
        if (at < 0) continue;
        const c = appositiveCountry(text, at, at + form.length, found);
        if (c) {
          bump(g.countries, c, 0.5);
          attached.add(`${a.sentence.id}|${c}`);
        }
        if (PARTY_TAG.test(text.slice(at + form.length))) bump(g.countries, 'United States', 3);
      }
    }
  }

  assignOfficeCountries(groups, loose.filter((d) => !attached.has(`${d.id}|${d.country}`)));
}

/**
 * "The Ruritanian president" with no name beside it is the corpus's most named president who has
 * no country yet, once the presidents whose countries are known have taken theirs.
 */
function assignOfficeCountries(groups: Map<string, Group>, loose: readonly { title: string; country: string }[]): void {
  const topOf = top;
  const votes = new Map<string, Map<string, number>>();
  for (const d of loose) {
    const m = votes.get(d.title) ?? new Map<string, number>();
    votes.set(d.title, bump(m, d.country));
  }
  const all = [...groups.values()].sort((x, y) => y.mentions - x.mentions);
  for (const [title, byCountry] of [...votes].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    // "the Ruritanian leader" is whichever head of state, government or church lacks a country.
    const leaderly = /\bleader$/.test(title);
    const holders = all.filter((g) => topOf(g.roles)?.toLowerCase() === title || (leaderly && titleRank(topOf(g.roles)) <= 2));
    const held = new Set(holders.map((g) => topOf(g.countries)).filter(Boolean));
    const open = holders.filter((g) => !topOf(g.countries)).length;
    for (const g of holders) {
      if (topOf(g.countries)) continue;
      const need = leaderly && open === 1 ? 1 : 2;
      const best = [...byCountry].filter(([c, n]) => !held.has(c) && n >= need).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
      if (!best) break;
      bump(g.countries, best[0]);
      held.add(best[0]);
    }
  }
}

