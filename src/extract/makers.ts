import { military, phraseSource } from '../data/index.js';
import { isCountryForm } from './countries.js';
import { APPOSITION_END, isGeneric, isPossessive } from './programme-names.js';

const SUFFIX_SET = new Set(military.makerSuffixes);
// No apostrophe inside: "Harcourt-Lyle's" is a name and its possessive, read apart.
const WORD = String.raw`\p{Lu}[\p{L}&\-]*`;
const NAME = String.raw`(${WORD}(?:\s+${WORD}){0,2})`;
const START = String.raw`(?<![\p{L}\p{N}-])`;
const SUFFIXES = phraseSource(military.makerSuffixes);
const NOUNS = phraseSource(military.makerNouns);
const VERBS = phraseSource(military.makerVerbs);
const ROLES = phraseSource(military.makerRoles);
const AGENTS = phraseSource(military.makerAgents);
// Each pattern is one way coverage shows a company: by its legal or trade suffix, by a word for a
// company next to it, as the subject of what companies do, by its executives and shares, as the
// maker of something. A name here is never listed as a programme, wherever else it appears.
// The cue words are plain ASCII, so \b is exact here and much quicker than a Unicode look-behind.
const cue = (words: string, flags = '') => new RegExp(String.raw`\b(?:${words})\b`, flags);
const PATTERNS: { cue: RegExp; re: RegExp; whole?: boolean; check?: (m: RegExpMatchArray, text: string) => boolean }[] = [
  { cue: cue(SUFFIXES), re: new RegExp(String.raw`${START}${NAME}\s+(?:${SUFFIXES})(?![\p{L}\p{N}])`, 'gu'), whole: true },
  { cue: cue(NOUNS), re: new RegExp(String.raw`\b(?:${NOUNS})\s+${NAME}`, 'gu') },
  {
    cue: cue(NOUNS),
    re: new RegExp(String.raw`${START}${NAME},\s+(?:a|an|the)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:${NOUNS})(?![\p{L}\p{N}])`, 'gu'),
    check: (m, text) => APPOSITION_END.test(text.slice(m.index! + m[0].length)),
  },
  { cue: cue(VERBS), re: new RegExp(String.raw`${START}${NAME}(?:,\s+which(?:\s+also)?)?\s+(?:${VERBS})(?![\p{L}\p{N}])(?!\s+to\b)`, 'gu') },
  // "shares" after a bare name is usually the verb ("the Skarvik shares a seeker with …"), so only after a possessive.
  {
    cue: cue(ROLES),
    re: new RegExp(String.raw`${START}${NAME}(['’]s)?\s+(?:[\p{L}]+-[\p{L}]+\s+)?(?:${ROLES})(?![\p{L}\p{N}])`, 'gu'),
    check: (m) => Boolean(m[2]) || !/shares$/.test(m[0]),
  },
  { cue: cue('shares|stake', 'i'), re: new RegExp(String.raw`\b(?:[Ss]hares|[Ss]take)\s+in\s+${NAME}`, 'gu') },
  { cue: cue(AGENTS), re: new RegExp(String.raw`\b(?:${AGENTS})\s+(?:${WORD}['’]s\s+)?${NAME}`, 'gu') },
];

/**
 * Names this sentence shows to be companies ("Brekke Aerospace" and "Brekke"; "Kongsvik" in
 * "Kongsvik said"). Recognised by how coverage writes about makers, never by a list of their names.
 */
export function extractMakers(text: string): string[] {
  const out = new Set<string>();
  for (const { cue: quick, re, whole, check } of PATTERNS) {
    // Most sentences hold no maker cue; a plain word test spares them the name-first patterns.
    if (!quick.test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (check && !check(m, text)) continue;
      for (const name of variants(whole ? m[0] : m[1]!)) out.add(name);
    }
  }
  return [...out];
}

/** The name without its owner ("Australia's") and descriptions, then without each company suffix in turn. */
function variants(words: string): string[] {
  const tokens = words.split(/\s+/);
  tokens.splice(0, tokens.findLastIndex(isPossessive) + 1);
  // Only what cannot be part of a company's name goes: "Naval Ordnance Group" keeps its first word.
  while (tokens.length && (/^(?:The|A|An|Its|Their|Rival|Both)$/.test(tokens[0]!) || isCountryForm(tokens[0]!))) tokens.shift();
  const out: string[] = [];
  let suffixed = false;
  while (tokens.length) {
    out.push(tokens.join(' '));
    if (!SUFFIX_SET.has(tokens[tokens.length - 1]!)) break;
    tokens.pop();
    suffixed = true;
  }
  // "Mizuhara Heavy Industries" is also "Mizuhara"; a name without a suffix keeps its words together.
  if (suffixed && tokens.length > 1) out.push(tokens[0]!);
  return out.filter((n) => n && !isGeneric(n));
}
