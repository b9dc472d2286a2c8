import { isCalendarWord, military, phraseSource } from '../data/index.js';
import { isCountryForm } from './countries.js';
import { APPOSITION_END, isGeneric, isPossessive, isProperAt } from './programme-names.js';
import type { ProgrammeMention } from './programmes.js';

const capitalise = (w: string) => w.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()).replace(/ Of /g, ' of ');
const anyCase = (w: string) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const BINDING = new Set(military.frameworks);
const FORUM = new Set(military.forums);
// Longest first, so "memorandum of agreement" is the head rather than "agreement".
const NOUNS = [...military.frameworks, ...military.forums].sort((a, b) => b.length - a.length);
const HEADS = phraseSource(NOUNS.map(capitalise));
const ANY_NOUN = NOUNS.map((n) => n.split(' ').map(anyCase).join(' ')).join('|');
const DEFENCE_WORDS = new Set(military.frameworkWords);
const CIVIL_WORDS = new Set(military.civilWords);
const NOT_ACRONYM = new Set(military.notDesignators.map((w) => w.toUpperCase()));
// A short name is one word of letters ("AUSNOR", "iCET", "Quintet"); which kind it is, is decided in
// code, since a pattern that counts capitals inside a word backtracks over long runs of them.
const SHORT = String.raw`\p{Ll}?\p{Lu}\p{L}*`;
/** "AUSNOR", "GSOMIA", "iCET": two capitals or more. */
const IS_ACRONYM = /^\p{Ll}?\p{Lu}\p{L}*\p{Lu}\p{L}*$/u;
const IS_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAP = String.raw`\p{Lu}[\p{L}’'\-]*`;
const JOINER = String.raw`(?:of|and|for|on|the|in|to)`;
// "the Logistics Support Memorandum of Agreement (LSMOA)", "a Reciprocal Basing Agreement", "the Joint
// Defence Technology Initiative, known as JDTI". Capitals and joiners are disjoint, so runs cannot backtrack.
const TITLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${CAP}\s+(?:${JOINER}\s+)?){0,7}(?:${HEADS}))(?![\p{L}\p{N}])(?:\s+\((${SHORT})\)|,\s+(?:known as|or)\s+(?:the\s+)?(${SHORT})(?![\p{L}\p{N}]))?`,
  'gu',
);
const QUALIFIER = String.raw`(?:(?:${phraseSource([...military.frameworkWords, ...military.frameworkQualifiers])})\s+){0,2}`;
// "the AUSNOR pact", "the Quintet security grouping", "SOSI, the Southern Ocean surveillance initiative".
const NOUNED = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${SHORT})\s+(${QUALIFIER})(${ANY_NOUN})(?![\p{L}\p{N}])`, 'gu');
const APPOSED = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${SHORT}),\s+(?:a|an|the)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?)(${ANY_NOUN})(?![\p{L}\p{N}])`, 'gu');
const LEADING = /^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|New|Under|With|For|In|On|At|By|From|To|Of|After|Before|Since|Over|And|But|Or|As|While|When|If)$/;
const PLACE_NOUNS = new Set(military.placeNouns);
// Most sentences name no framework noun; a plain word test spares them the title patterns.
const ANY_NOUN_TEST = new RegExp(`\\b(?:${ANY_NOUN})\\b`);

/**
 * Named defence frameworks, pacts and initiatives in one sentence. A name with a defence word in it
 * stands on its own ("General Security of Military Information Agreement"); any other needs a
 * sentence about defence and no civil word ("Comprehensive Economic Partnership Agreement" is trade).
 */
export function extractFrameworks(text: string, context: boolean): ProgrammeMention[] {
  const out: ProgrammeMention[] = [];
  if (!ANY_NOUN_TEST.test(text)) return out;
  for (const m of text.matchAll(TITLED)) {
    const words = m[1]!.split(/\s+/);
    let skipped = 0;
    // What opens the sentence, the owner and the parties are not part of the name: "Under the", "India's", "the US-India".
    while (words.length > 1 && (LEADING.test(words[0]!) || /^\p{Ll}/u.test(words[0]!) || isPossessive(words[0]!) || isParty(words[0]!))) skipped += words.shift()!.length + 1;
    const head = NOUNS.find((n) => m[1]!.toLowerCase().endsWith(n))!;
    const name = words.join(' ');
    const given = m[2] ?? m[3] ?? null;
    // "(Quad)" may be a capitalised word; after "known as" only an acronym is a name.
    const acronym = given && (IS_ACRONYM.test(given) || (m[2] && IS_WORD.test(given))) ? given : null;
    if (words.length < head.split(' ').length + 1 || words.some((w) => isCalendarWord(w) || isCountryForm(w))) continue;
    if (!acceptable(name, head, acronym !== null, context)) continue;
    const start = m.index + skipped;
    const key = name.toLowerCase();
    const also = acronym ? acronym.toLowerCase() : undefined;
    out.push({ key, form: name, start, end: start + name.length, kind: 'framework', confirmed: true, bare: name, proper: true, ...(also ? { also } : {}) });
    if (acronym) {
      const at = m.index + m[0].lastIndexOf(acronym);
      out.push({ key: also!, form: acronym, start: at, end: at + acronym.length, kind: 'framework', confirmed: true, bare: acronym, proper: true, also: key });
    }
  }
  const short = (m: RegExpMatchArray, qualifiers: string, noun: string) => {
    const name = m[1]!;
    const acronym = IS_ACRONYM.test(name);
    if (!acronym && !IS_WORD.test(name)) return;
    if (acronym ? NOT_ACRONYM.has(name.toUpperCase()) || isCountryForm(name) : isGeneric(name)) return;
    if (CIVIL_WORDS.has(name.toLowerCase())) return;
    // One capitalised word: not the tail of a longer title ("Free Trade Agreement", "Blue Water initiative"),
    // and not where something was signed ("the Harwick agreement").
    if (!acronym && (/^\p{Lu}/u.test(noun) || PLACE_NOUNS.has(noun) || !/(?:^|\s)(?:\p{Ll}[\p{L}-]*|[\p{L}-]+['’]s)\s+$/u.test(text.slice(0, m.index!)))) return;
    if (!context && !qualifiers.split(/\s+/).some((w) => DEFENCE_WORDS.has(w.toLowerCase()))) return;
    if (out.some((o) => o.start < m.index! + m[0].length && o.end > m.index!)) return;
    out.push({ key: name.toLowerCase(), form: name, start: m.index!, end: m.index! + name.length, kind: 'framework', confirmed: true, bare: name, proper: acronym || isProperAt(text, m.index!) });
  };
  for (const m of text.matchAll(NOUNED)) short(m, m[2]!, m[3]!);
  for (const m of text.matchAll(APPOSED)) if (APPOSITION_END.test(text.slice(m.index + m[0].length))) short(m, m[2]!, m[3]!);
  return out;
}

function acceptable(name: string, head: string, acronym: boolean, context: boolean): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.some((w) => DEFENCE_WORDS.has(w))) return true;
  if (words.some((w) => CIVIL_WORDS.has(w))) return false;
  // "Strategic Partnership Dialogue" is a forum of any two friendly states; only its own acronym makes it a named framework.
  if (FORUM.has(head) && !acronym) return false;
  return context && (BINDING.has(head) || acronym);
}

/** A country, or a pair of them, that is party to a framework: "US-India", "Japan-Philippines". */
function isParty(word: string): boolean {
  return word.split('-').every((p) => isCountryForm(p.replace(/['’]s$/, '')));
}
