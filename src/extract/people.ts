import { phraseSource, titles } from '../data/index.js';
import { countryByName, isCountryForm } from './countries.js';
import { NOT_IN } from './names.js';
import { isNameToken } from './name-tokens.js';

export interface PersonMention {
  name: string;
  role: string | null;
  country: string | null;
  start: number;
  end: number;
  /** A full name read after a title, as opposed to a surname read on its own. */
  titled: boolean;
  /** "former President X", "the late King Y": the person no longer holds the title. */
  former?: boolean;
}

const TITLE_FORMS = [...titles.titles.map((t) => t.title), ...Object.keys(titles.abbreviations)];
const HONORIFICS = phraseSource(titles.honorifics);
const NAME_TOKEN = String.raw`\p{Lu}[\p{L}’'\-]*\p{L}`;
const PARTICLE = String.raw`(?:de|da|do|dos|van|von|der|den|bin|binti|al|el|la|le|du|di|ibn)`;
// A middle initial ("Jane Q. Doe") may stand between name tokens.
const NAME = String.raw`(?:(?:${HONORIFICS})\s+)?(${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+|\p{Lu}\.\s+)?${NAME_TOKEN}){0,3})`;
const COUNTRY_WORD = String.raw`\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}`;
const PORTFOLIO = String.raw`(?:\p{Lu}\p{L}+\s+){1,3}(?:${phraseSource(titles.portfolioSuffixes)})`;
const TITLE = String.raw`(${PORTFOLIO}|${phraseSource(TITLE_FORMS)})`;
const PATTERN = new RegExp(
  String.raw`(?:(${COUNTRY_WORD})(?:['’]s)?\s+)?${TITLE}(?:\s+of\s+(?:the\s+)?(${COUNTRY_WORD}))?,?\s+${NAME}`,
  'gu',
);
/** "the Ruritanian leader Anna Berg": a lower-case title counts only after a country word. */
const LOWER_PATTERN = new RegExp(String.raw`(${COUNTRY_WORD})(?:['’]s)?\s+(${phraseSource(titles.lowercase.titles)})\s+${NAME}`, 'gu');
/** "White House press secretary Jane Doe", "national security adviser Jane Doe": a lower-case office before a full name. */
const ROLE_PATTERN = new RegExp(
  String.raw`(?:(${COUNTRY_WORD})(?:['’]s)?\s+)?(?<![\p{L}])(${phraseSource(titles.lowercaseRoles.roles)})\s+(${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+|\p{Lu}\.\s+)?${NAME_TOKEN}){1,3})`,
  'gu',
);
const LOWER_ROLES = [...titles.lowercaseRoles.roles, ...titles.titles.map((t) => t.title.toLowerCase())];
// Lower case as a sentence writes them, and capitalised as some outlets do ("the top Democrat").
const ROLE_WORDS = phraseSource([...LOWER_ROLES, ...LOWER_ROLES.map((r) => r.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()))]);
const MODIFIERS = String.raw`(?:(?:former|top|chief|senior|longtime|then|veteran|new|brand-new|newly\s+elected|current|acting|interim)\s+)*`;
/** "Jane Doe, Ruritania's foreign secretary," and "the speaker of the chamber, Jane Doe,": a role set off beside a full name. */
const APPOSITION_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+|\p{Lu}\.\s+)?${NAME_TOKEN}){1,3}),\s+(?:(?:the|a|an|his|her|their)\s+|(${COUNTRY_WORD})['’]s\s+)?${MODIFIERS}(?:(${COUNTRY_WORD})\s+)?(${ROLE_WORDS})(?![\p{L}])`,
  'gu',
);
const APPOSITION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(${COUNTRY_WORD})\s+)?${MODIFIERS}(${ROLE_WORDS})(?:\s+of\s+(?:the\s+)?[\p{L} ]{3,40}?)?,\s+(${NAME_TOKEN}(?:\s+(?:${PARTICLE}\s+|\p{Lu}\.\s+)?${NAME_TOKEN}){1,3}),`,
  'gu',
);
const FORMER = new RegExp(String.raw`\b(?:${phraseSource(titles.former.words)})[\s-]+(?:\S+\s+){0,3}$`, 'i');
const OFFICE_COUNTRY = titles.titleCountry.offices;
const REGNAL = new Set(titles.regnal.titles);
const NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})$/;

/** A monarch's or pontiff's name is one or two words and a numeral: "Pius XIII", "Anna Maria II", else one word. */
function regnalName(name: string): string {
  const t = name.split(' ');
  const numeral = t.findIndex((w) => NUMERAL.test(w));
  if (numeral >= 1 && numeral <= 2) return t.slice(0, numeral + 1).join(' ');
  return t[0]!;
}

/** Words that look like a name token after a title but are not one. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'In', 'On', 'At', 'For', 'With', 'Said', 'Says', 'Will', 'Has', 'Had', 'Was', 'Is', 'Of', 'To', 'From',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Office', 'Ministry', 'Secretariat', 'Palace', 'House',
  'Jr', 'Sr', 'Who', 'Whose', 'When', 'Where', 'While', 'After', 'Before', 'During', 'Since', 'Today', 'Tonight', 'Yesterday', 'Tomorrow',
]);

/**
 * People introduced by an official title: "Chilean President X Y", "Prime Minister X Y",
 * "Indonesia's Defence Minister X Y", "President of the Z Federation X Y", "PM Y".
 */
export function extractTitledPeople(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    // "President of the Republic of Chile Arkady Velmonov": the country group may have taken the first name.
    let ofCountry = m[3] ?? null;
    let rawName = m[4]!;
    if (ofCountry && !countryOf(ofCountry)) {
      const words = ofCountry.split(/\s+/);
      let split = false;
      for (let n = words.length - 1; n >= 1; n--) {
        if (countryOf(words.slice(0, n).join(' '))) {
          rawName = `${words.slice(n).join(' ')} ${rawName}`.split(/\s+/).slice(0, 4).join(' ');
          ofCountry = words.slice(0, n).join(' ');
          split = true;
          break;
        }
      }
      // "Director of Trade Policy Jane Doe": the office's domain took the given name.
      if (!split && words.length >= 2 && !rawName.includes(' ')) rawName = `${words[words.length - 1]} ${rawName}`;
      // "the Archbishop of Port Alvar, the rabbi…": a one-word name right after a one-word domain is the domain's rest.
      else if (!split && !rawName.includes(' ')) continue;
    }
    let name = trimName(rawName, text.slice(m.index + m[0].length));
    if (!name) continue;
    const lead = `${m[1] ? m[1] + ' ' : ''}${m[2]!}`;
    const parsed = splitRole(lead);
    if (!parsed) continue;
    let { country, title } = parsed;
    const start = m.index + m[0].indexOf(lead) + parsed.skip;
    if (ofCountry) country ??= countryOf(ofCountry);
    // "President Ana Folau of Tonga": the country after the name.
    const after = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})/u.exec(text.slice(m.index + m[0].length));
    if (after && !country) {
      const words = after[1]!.split(/\s+/);
      for (let n = words.length; n >= 1 && !country; n--) country = countryOf(words.slice(0, n).join(' '));
    }
    const role = titles.abbreviations[title] ?? title;
    country ??= OFFICE_COUNTRY[role] ?? null;
    if (REGNAL.has(role)) name = regnalName(name);
    const end = m.index + m[0].length - Math.max(0, m[4]!.length - name.length);
    out.push({ name, role, country, start, end, titled: true, former: FORMER.test(text.slice(Math.max(0, start - 24), start)) });
    PATTERN.lastIndex = end;
  }
  for (const m of text.matchAll(LOWER_PATTERN)) {
    // "The Ruritanian leader": the sentence's capitalised article went into the country word.
    const country = countryOf(m[1]!) ?? countryOf(m[1]!.replace(/^(?:The|A|An)\s+/, ''));
    const name = trimName(m[3]!, text.slice(m.index + m[0].length));
    if (!country || !name || out.some((o) => o.start <= m.index + m[0].length && o.end >= m.index)) continue;
    const title = m[2]!.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
    const end = m.index + m[0].length - Math.max(0, m[3]!.length - name.length);
    out.push({ name, role: title, country, start: m.index, end, titled: true, former: FORMER.test(text.slice(Math.max(0, m.index - 24), m.index)) });
  }
  for (const m of text.matchAll(ROLE_PATTERN)) {
    const name = trimName(m[3]!, text.slice(m.index + m[0].length));
    if (!name.includes(' ') || out.some((o) => o.start <= m.index + m[0].length && o.end >= m.index)) continue;
    const qualifier = m[1] ? countryOf(m[1].split(/\s+/).slice(-2).join(' ')) ?? countryOf(m[1].split(/\s+/).pop()!) : null;
    const role = m[2]!.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()).replace(/ Of /g, ' of ');
    const start = m.index + (m[1] ? m[0].indexOf(m[2]!, m[1].length) : 0);
    const end = m.index + m[0].length - Math.max(0, m[3]!.length - name.length);
    out.push({ name, role, country: qualifier, start, end, titled: true, former: FORMER.test(text.slice(Math.max(0, start - 24), start)) });
  }
  for (const m of text.matchAll(APPOSITION_AFTER)) {
    const name = trimName(m[1]!);
    if (!name.includes(' ') || out.some((o) => o.start <= m.index + m[1]!.length && o.end >= m.index)) continue;
    // "in Port Alvar, the mayor said": a place before the comma, not a name.
    if (LOCATIVE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const role = capitalise(m[4]!);
    const country = (m[2] ? countryOf(m[2]) : null) ?? (m[3] ? countryOf(m[3]) : null);
    // "Jane Doe, the Ruritania expert": a country word before a role that is not an office says nothing of her own country.
    out.push({ name, role, country: m[3] && !/minister|president|leader|secretary|ambassador|envoy|spokes|premier|chancellor|king|queen/i.test(role) ? (m[2] ? countryOf(m[2]) : null) : country, start: m.index, end: m.index + name.length, titled: true, former: /\bformer\b/i.test(m[0]) });
  }
  for (const m of text.matchAll(APPOSITION_BEFORE)) {
    const name = trimName(m[3]!);
    const at = m.index + m[0].lastIndexOf(m[3]!);
    if (!name.includes(' ') || out.some((o) => o.start <= at + name.length && o.end >= at)) continue;
    out.push({ name, role: capitalise(m[2]!), country: m[1] ? countryOf(m[1]) : null, start: at, end: at + name.length, titled: true, former: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

const LOCATIVE = /\b(?:in|at|to|from|near|of|outside|across)\s+(?:the\s+)?$/i;

function capitalise(role: string): string {
  return role.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()).replace(/ Of /g, ' of ');
}

const KNOWN_TITLES = new Set(TITLE_FORMS);
const NOT_PORTFOLIO = new Set(['While', 'As', 'When', 'If', 'After', 'Before', 'Since', 'Although', 'Though', 'The', 'And', 'But', 'With', 'Both', 'Former', 'Then', 'Now', 'Meanwhile', 'Under', 'By', 'For', 'From', 'That', 'This', 'Said', 'Told', 'Where', 'Whom', 'Ex', 'Late', 'Acting', 'Interim', 'Incoming', 'Outgoing']);

/**
 * "Chilean Defence Minister" → {country: Chile, title: Defence Minister}; "Prime Minister" →
 * {title: Prime Minister}; "Talks With President" → {title: President} (leading words dropped).
 */
function splitRole(lead: string): { country: string | null; title: string; skip: number } | null {
  const words = lead.split(/\s+/);
  let country: string | null = null;
  let i = 0;
  for (let n = Math.min(3, words.length - 1); n >= 1 && !country; n--) {
    const c = countryOf(words.slice(0, n).join(' '));
    if (c) {
      country = c;
      i = n;
    }
  }
  const skipWords = (k: number) => words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
  for (let k = i; k < words.length; k++) {
    const title = words.slice(k).join(' ');
    const portfolio = words.slice(k, -1);
    if (KNOWN_TITLES.has(title) || (/Minister$/.test(title) && portfolio.length <= 3 && !portfolio.some((w) => countryOf(w) || NOT_PORTFOLIO.has(w)))) {
      return { country: k === i ? country : null, title, skip: k === i ? 0 : skipWords(k) };
    }
  }
  return null;
}

const MONTH_NAMES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

function trimName(raw: string, after = ''): string {
  let tokens = raw.split(/\s+/);
  // "Prime Minister Jane May" keeps her surname; "President Doe May 5" does not take the month.
  const monthIsName = !/^\s*\d/.test(after);
  // Page furniture glued to a name ("DoeFederal", "Doe MORE") ends the name.
  const bad = tokens.findIndex((t) => !isNameToken(t) && !/^\p{Lu}\.$/u.test(t) && !/^\p{Ll}+$/u.test(t));
  if (bad >= 0) tokens = tokens.slice(0, bad);
  while (tokens.length && /^\p{Lu}\.$/u.test(tokens[tokens.length - 1]!)) tokens.pop();
  // A middle word that is never a name ends the name ("Jane The …" in a caption).
  const stop = tokens.findIndex((t, i) => i > 0 && NOT_NAME.has(t) && !MONTH_NAMES.has(t));
  if (stop > 0) tokens = tokens.slice(0, stop);
  const notLast = (t: string) => (NOT_NAME.has(t) && !(monthIsName && tokens.length > 1 && MONTH_NAMES.has(t))) || isCountryForm(t);
  while (tokens.length && notLast(tokens[tokens.length - 1]!)) tokens.pop();
  // A given name repeated after the surname is a web page's tooltip, not part of the name.
  while (tokens.length > 1 && tokens.indexOf(tokens[tokens.length - 1]!) < tokens.length - 1) tokens.pop();
  if (!tokens.length || NOT_NAME.has(tokens[0]!) || isCountryForm(tokens[0]!) || tokens.some((t) => NOT_IN.has(t))) return '';
  return tokens.join(' ').replace(/['’]s$/, '');
}

function countryOf(word: string): string | null {
  const clean = word.replace(/['’]s$/, '');
  return countryByName(clean)?.name ?? null;
}

/** The token a later mention uses alone: the family name (first for "Kwon Tae-jun" style names). */
export function surnameOf(name: string): string {
  const tokens = name.split(/\s+/);
  if (tokens.length === 1) return name;
  const last = tokens[tokens.length - 1]!;
  if (tokens.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last)) return tokens[0]!;
  return last;
}
