import { countries, escapeRegex, type CountryData } from '../data/index.js';

export type CountryMentionKind = 'name' | 'demonym' | 'capital' | 'combining';

export interface CountryMention {
  code: string;
  country: string;
  text: string;
  start: number;
  end: number;
  kind: CountryMentionKind;
}

const byForm = new Map<string, { c: CountryData; kind: CountryMentionKind }>();
for (const c of countries) {
  for (const n of c.names) byForm.set(n, { c, kind: 'name' });
  for (const d of c.demonyms) if (!byForm.has(d)) byForm.set(d, { c, kind: 'demonym' });
  for (const cap of c.capitals) if (!byForm.has(cap)) byForm.set(cap, { c, kind: 'capital' });
  for (const f of c.combining) byForm.set(f, { c, kind: 'combining' });
}
const combining = countries.flatMap((c) => c.combining);
const plain = [...byForm.keys()].filter((k) => !combining.includes(k));
/** Longest first, as one alternation of them all would try them. */
const longestFirst = (forms: readonly string[]) => [...new Set(forms)].sort((a, b) => b.length - a.length);
/**
 * One sticky pattern per first character: at any position only the forms starting with its
 * character can match, and trying those in the same order finds the same form as one pattern
 * of all 900 forms tried at every position (which is what made this the costliest extractor).
 * Names end at a word boundary; a combining form ("Sino") only counts before a hyphen ("Sino-Brazilian").
 */
const BY_FIRST = new Map<string, RegExp>();
for (const first of new Set([...plain, ...combining].map((f) => f[0]!))) {
  const alternation = (forms: readonly string[]) => longestFirst(forms.filter((f) => f[0] === first)).map(escapeRegex).join('|') || '(?!)';
  BY_FIRST.set(first, new RegExp(`(?<![\\p{L}\\p{N}])(?:(${alternation(plain)})(?![\\p{L}\\p{N}])|(${alternation(combining)})(?=-\\p{Lu}))`, 'uy'));
}

/** Matches of the country forms, left to right and not overlapping, as a global pattern would give them. */
function* formMatches(text: string): Generator<RegExpExecArray> {
  for (let at = 0; at < text.length; at++) {
    const re = BY_FIRST.get(text[at]!);
    if (!re) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    yield m;
    at += m[0].length - 1;
  }
}

/** Every mention of a country by name, demonym, capital or combining form, in order. */
export function extractCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of formMatches(text)) {
    const form = m[1] ?? m[2]!;
    const hit = byForm.get(form);
    if (!hit) continue;
    // "Georgia" or "Jordan" as a first name, "Chad" as a name: a country name followed by a capitalised surname is a person.
    if (hit.kind === 'name' && /^\s+\p{Lu}\p{Ll}+\b/u.test(text.slice(m.index + form.length)) && !/^\s+(?:and|or)\b/.test(text.slice(m.index + form.length))) {
      const nextWord = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.index + form.length))![1]!;
      if (!byForm.has(nextWord) && !FOLLOWERS.test(nextWord)) continue;
    }
    out.push({ code: hit.c.code, country: hit.c.name, text: form, start: m.index, end: m.index + form.length, kind: hit.kind });
  }
  return out;
}

/** Capitalised words that may follow a country name without making it a person's name. */
const FOLLOWERS = /^(?:President|Prime|Minister|Foreign|Defence|Defense|Ministry|Government|State|Army|Navy|Air|Forces?|Republic|Federation|Embassy|Parliament|Congress|Summit|Dialogue|Partnership|Relations|Annual|Strategic|Special|Joint|Trade|Economic|Business|Council|Forum|Agreement|Treaty|Pact|Secretary|Chancellor|King|Queen|Crown|Emir|Sultan|Premier|Vice|Deputy|National|Central|Chief|High|Supreme|Ambassador|Special|Privileged|Comprehensive|Is|Has|Was|Will|Would|Could|On|In|At|And|But|The)$/;

export function countryByCode(code: string): CountryData | undefined {
  return countries.find((c) => c.code === code);
}

export function countryByName(name: string): CountryData | undefined {
  const hit = byForm.get(name);
  return hit?.c;
}

export function isCountryForm(word: string): boolean {
  return byForm.has(word);
}
