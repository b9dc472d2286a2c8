import { escapeRegex, titleRank, titles } from '../data/index.js';
import type { Annotated } from '../extract/index.js';
import { surnameOf } from '../extract/people.js';
import type { PersonEntry } from '../model/schema.js';
import { countriesFromText } from './people/country.js';
import { foldName, regnalBase } from './people/fold.js';
import { absorb, bump, mention, newGroup, top, type Group } from './people/group.js';
import { findSame, indexByLastWord, mergeVariants } from './people/variants.js';
import { shortNameOf, standaloneCounts } from './people/short-names.js';
import { lowerCaseWords } from './text.js';

const SINGLE_NAME = new Set(titles.singleName.titles);
const TITLE_WORDS = new Set([...titles.titles.flatMap((t) => t.title.split(/\s+/)), ...Object.keys(titles.abbreviations), ...titles.honorifics, 'The', 'And', 'But']);

export interface PersonRecord extends PersonEntry {
  /** The word the corpus uses for the person alone ("Doe"; "Park" of "Park Min Jun"). */
  surname: string;
  /** Sentence ids where the person is named. */
  sentences: Set<string>;
  /** Mentions read after a title. */
  titled: number;
  /** Of those, mentions as a former holder ("former President X"). */
  former: number;
}

/**
 * People from titled mentions ("President Jane Doe"), the spellings of one name merged (accents,
 * hyphens, middle names, a misspelt given name, a monarch's numeral), untitled full names that
 * act like people ("Jane Doe said") or carry a titled short name ("Chairman Doe"), and second
 * mentions by the word the corpus uses alone. Role and country are the most frequent given.
 */
export function mergePeople(annotated: readonly Annotated[]): PersonRecord[] {
  const groups = new Map<string, Group>();
  const singles: { name: string; role: string | null; country: string | null; former: boolean; a: Annotated }[] = [];
  for (const a of annotated) {
    for (const p of a.people) {
      if (!p.name.includes(' ')) {
        singles.push({ name: p.name, role: p.role, country: p.country, former: !!p.former, a });
        continue;
      }
      const key = foldName(p.name);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = newGroup()));
      bump(g.forms, p.name);
      if (p.role) bump(g.roles, p.role);
      if (p.country) bump(g.countries, p.country);
      g.titled++;
      if (p.former) g.former++;
      mention(g, a);
    }
  }
  mergeVariants(groups);

  const standalone = standaloneCounts(annotated.map((a) => a.sentence.text));
  // Untitled full names: the same person as a titled one, or a person by the way they are written about.
  const singleWords = new Set(singles.map((s) => s.name));
  const singleCount = new Map<string, number>();
  for (const s of singles) singleCount.set(s.name, (singleCount.get(s.name) ?? 0) + 1);
  const pending = new Map<string, { forms: Map<string, number>; hits: Annotated[]; actor: number; locative: number }>();
  const lower = lowerCaseWords(annotated);
  const byLast = indexByLastWord(groups);
  for (const a of annotated) {
    for (const n of a.names) {
      // "Trade Policy Jane Doe": words the corpus also writes in lower case do not start a name.
      const words = n.text.split(' ');
      while (words.length > 2 && lower.has(words[0]!.toLowerCase())) words.shift();
      const key = foldName(words.join(' '));
      const g = groups.get(key) ?? findSame(byLast, key);
      if (g) {
        if (!g.sentences.has(a.sentence.id)) bump(g.forms, n.text);
        mention(g, a);
        continue;
      }
      if (lower.has(words[0]!.toLowerCase())) continue;
      let p = pending.get(key);
      if (!p) pending.set(key, (p = { forms: new Map(), hits: [], actor: 0, locative: 0 }));
      bump(p.forms, words.join(' '));
      p.hits.push(a);
      if (n.actor) p.actor++;
      if (n.locative) p.locative++;
    }
  }
  for (const [key, p] of [...pending].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const sentences = new Set(p.hits.map((a) => a.sentence.id));
    const tokens = [...p.forms.keys()][0]!.split(' ');
    const linked = tokens.some((t) => singleWords.has(t));
    // An actor whose short name the corpus also uses alone ("Doe said") is a person; an institution is not.
    const alone = (standalone.get(surnameOf(tokens.join(' '))) ?? 0) > 0;
    // "in Port Alvar": a name written as a place is not a person's.
    if (sentences.size < 2 || p.locative > 0 || !(linked || (p.actor > 0 && alone))) continue;
    const g = newGroup();
    for (const [f, n] of p.forms) bump(g.forms, f, n);
    for (const a of p.hits) mention(g, a);
    groups.set(key, g);
  }
  mergeVariants(groups);

  // The spelling most used; among equals one without initials, then one with its accents.
  const initials = (f: string) => (/\s\p{Lu}\.\s/u.test(f) ? 1 : 0);
  const accents = (f: string) => (/[^\x00-\x7f]/.test(f) ? 0 : 1);
  const display = (g: Group) =>
    [...g.forms].sort((x, y) => y[1] - x[1] || initials(x[0]) - initials(y[0]) || accents(x[0]) - accents(y[0]) || y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1))[0]![0];
  // A monarch or pontiff goes by one name ("King Harald", "Pope Pius"): their own person before
  // short names are shared out, so "Pius" is not read as the given name of someone else.
  const consumed = new Set<(typeof singles)[number]>();
  const regnalOf = new Map<string, Group>();
  for (const [k, g] of groups) {
    const base = regnalBase(k);
    if (base && !regnalOf.has(base)) regnalOf.set(base, g);
  }
  for (const s of singles) {
    if (!s.role || !SINGLE_NAME.has(s.role)) continue;
    const key = foldName(s.name);
    if (regnalOf.has(key)) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = newGroup()));
    bump(g.forms, s.name);
    bump(g.roles, s.role);
    if (s.country) bump(g.countries, s.country);
    g.titled++;
    if (s.former) g.former++;
    mention(g, s.a);
    consumed.add(s);
  }
  // A short name shared by two people goes to neither, unless one of them plainly dominates.
  const holders = new Map<string, Group[]>();
  for (const [, g] of [...groups].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const s = shortNameOf(display(g), standalone, surnameOf);
    holders.set(s, [...(holders.get(s) ?? []), g]);
  }
  const shorts = new Map<string, Group | null>();
  const shortOf = new Map<Group, string>();
  for (const [s, gs] of holders) for (const g of gs) shortOf.set(g, s);
  for (const [s, gs] of holders) {
    // Bare "Doe" is the head of state or government when the other Does are not; else the one named far more.
    const leader = (g: Group) => [...g.roles.keys()].some((r) => titleRank(r) <= 2);
    const sorted = [...gs].sort((x, y) => Number(leader(y)) - Number(leader(x)) || y.mentions - x.mentions);
    const [first, second] = sorted;
    const dominant = !second || (leader(first!) && !leader(second)) || first!.mentions >= 3 * second.mentions || first!.sources.size >= 2 * second.sources.size;
    shorts.set(s, dominant ? first! : null);
  }

  for (const s of singles) {
    if (consumed.has(s)) continue;
    const full = shorts.get(s.name);
    const regnal = regnalOf.get(foldName(s.name));
    let g = full ?? regnal ?? null;
    const alone = singleCount.get(s.name) ?? 0;
    if (!g && s.role && (SINGLE_NAME.has(s.role) || titleRank(s.role) <= 2 || alone >= 2) && full !== null) {
      // A monarch or pontiff goes by one name ("King Harald", "Pope Pius"); a leader may be named only as "President Doe".
      const key = foldName(s.name);
      g = groups.get(key) ?? null;
      if (!g) groups.set(key, (g = newGroup()));
      bump(g.forms, s.name);
    }
    if (!g) continue;
    if (s.role) bump(g.roles, s.role, g.titled ? 0.5 : 1);
    if (s.country) bump(g.countries, s.country);
    g.titled++;
    if (s.former) g.former++;
    mention(g, s.a);
  }
  for (const [key, g] of groups) {
    const base = regnalBase(key);
    const single = base ? groups.get(base) : undefined;
    if (single && single !== g) {
      absorb(g, single);
      groups.delete(base!);
    }
  }

  // Second mentions by the short name, anywhere; one pass over the sentences with every short name.
  const live = new Set(groups.values());
  const unique = [...shorts].filter(([s, g]) => g && s.length > 2 && live.has(g)) as [string, Group][];
  const byShort = new Map(unique);
  if (unique.length) {
    const re = new RegExp(`(?<![\\p{L}])(${unique.map(([s]) => escapeRegex(s)).join('|')})(?![\\p{L}])`, 'gu');
    for (const a of annotated) {
      const text = a.sentence.text;
      for (const m of text.matchAll(re)) {
        // "Doe" inside another full name ("Doe Smith", "Jane Doe" of another Jane) is not this Doe.
        const before = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
        const after = /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length));
        if ((before && !TITLE_WORDS.has(before)) || after) continue;
        mention(byShort.get(m[1]!)!, a);
      }
    }
  }

  countriesFromText(annotated, groups, shortOf);

  const out: PersonRecord[] = [];
  for (const g of groups.values()) {
    const name = display(g);
    out.push({
      name,
      role: top(g.roles),
      country: top(g.countries),
      sources: sortIds(g.sources),
      mentions: g.mentions,
      surname: shortNameOf(name, standalone, surnameOf),
      sentences: g.sentences,
      titled: g.titled,
      former: g.former,
    });
  }
  return out.sort((a, b) => b.mentions! - a.mentions! || a.name.localeCompare(b.name));
}

export function sortIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}
