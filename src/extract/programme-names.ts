import { isCalendarWord, military, phraseSource, titles } from '../data/index.js';
import { isCountryForm } from './countries.js';

/** Capitalised words that are descriptions, not names. */
const GENERIC = new Set([
  'But', 'And', 'Or', 'So', 'Yet', 'While', 'As', 'When', 'If', 'With', 'Without', 'For', 'In', 'On', 'At', 'By', 'From', 'To', 'Of', 'After', 'Before', 'Since', 'Under', 'Over',
  'The', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our', 'These', 'Those', 'This', 'That', 'Both', 'Each', 'Other', 'Several', 'Many', 'Some', 'New', 'Joint', 'Air',
  'Naval', 'Navy', 'Army', 'Defence', 'Defense', 'Military', 'Fighter', 'Missile', 'Advanced', 'Additional', 'Existing', 'Modern', 'Light', 'Heavy', 'Main', 'Battle',
  'Combat', 'Nuclear', 'Ballistic', 'Cruise', 'Hypersonic', 'Stealth', 'Unmanned', 'Indigenous', 'Long-range', 'Short-range', 'Medium-range', 'Longer-range',
  'Next-generation', 'Fifth-generation', 'Fourth-generation', 'Surface-to-air', 'Anti-ship', 'Anti-tank', 'Submarine', 'Tank', 'Engine', 'Rifle', 'Assault', 'Transport',
  'Patrol', 'Attack', 'Multirole', 'Multi-role', 'Twin-engine', 'Single-engine', 'Self-propelled', 'Armoured', 'Armored', 'Programme', 'Program', 'Project', 'Projects',
  'Fleet', 'Upgrades', 'Upgrade', 'Spare', 'Maintenance', 'Protection', 'Long-term', 'Layered', 'Global', 'Regional', 'National', 'Strategic', 'Tactical', 'Operation',
  'State', 'Federal', 'Royal', 'Imperial', 'People’s', "People's", 'Liberation', 'Former', 'Current', 'Future', 'Second', 'Third', 'First', 'Last', 'Next', 'Local',
  'Foreign', 'Western', 'Eastern', 'Northern', 'Southern', 'Soviet-era', 'Soviet', 'Cold', 'War', 'President', 'Minister', 'Prime', 'General', 'Admiral',
  'Drone', 'Drones', 'Radar', 'Gun', 'Guns', 'Frigate', 'Destroyer', 'Corvette', 'Carrier', 'Helicopter', 'Jet', 'Jets', 'Bomber', 'Aircraft', 'Tanker', 'Interceptor',
  'Defensive', 'Offensive', 'Coastal', 'Ground', 'Surface', 'Sea', 'Land', 'Space', 'Cyber', 'Electronic', 'Precision', 'Guided', 'Smart', 'Rocket', 'Artillery',
  // Regions and directions describe where a thing is ("the Atlantic alliance"), not what it is called.
  'North', 'South', 'East', 'West', 'Atlantic', 'Pacific', 'Arctic', 'Antarctic', 'Mediterranean', 'Baltic', 'Nordic', 'Asian', 'European', 'African', 'Central',
]);
// A title or honorific before a weapon noun belongs to a person's description ("Chief", "Marshal", "Sheikh").
const TITLE_WORDS = new Set([...titles.titles.flatMap((t) => t.title.split(/[\s-]+/)), ...titles.honorifics.map((h) => h.replace(/\.$/, ''))].filter((w) => /^\p{Lu}/u.test(w)));
const SUFFIXES = new Set(military.makerSuffixes);
const ATTRIBUTIVE = new RegExp(`(?:${phraseSource(military.attributiveSuffixes)})$`, 'u');
const CALL_SIGNS = new Set(military.callSigns);
const MARK_WORDS = phraseSource(military.variantMarks);
/** A variant mark: "Mk2", "Mk 2", "Block II", "Mark 1", "Mk.1A". */
export const MARK = String.raw`(?:${MARK_WORDS})[\s.-]?(?:\d{1,2}[A-Z]?|[IVX]{1,4})(?![\p{L}\p{N}])`;
const TRAILING_MARK = new RegExp(String.raw`^(?:(.*?)\s+)?(${MARK})$`, 'u');
const MARK_LETTERS = new Set(military.variantMarks.map((w) => w.toUpperCase()));
/** The letters of a designator that is really a variant mark ("Mk2"). */
export function isMarkWord(letters: string): boolean {
  return MARK_LETTERS.has(letters.toUpperCase());
}

export function isPossessive(token: string): boolean {
  return /\p{L}['’]s$|s['’]$/u.test(token);
}

export function isGeneric(token: string): boolean {
  if (GENERIC.has(token) || TITLE_WORDS.has(token) || isCalendarWord(token)) return true;
  if (isCountryForm(token.replace(/['’]s$/, ''))) return true;
  // Compounds of country forms ("Sino-Brazilian", "Franco-German") or a country and a suffix ("Korean-made").
  const parts = token.split('-');
  if (parts.length > 1 && isCountryForm(parts[0]!)) return true;
  return false;
}

/** A word that may be part of a programme's name: not generic, not "Bergen-based", not a company suffix. */
export function isNameToken(token: string): boolean {
  return !isGeneric(token) && !ATTRIBUTIVE.test(token) && !SUFFIXES.has(token) && !isPossessive(token);
}

/**
 * The name in a run of capitalised words before a cue: what follows the last possessive ("Norway's
 * Skarvik"), without leading descriptions ("the New Russian Zephyr"). Null when nothing is left or a
 * word inside is no name's (a title, a company suffix, a call sign's number).
 */
export function trimName(words: string): { name: string; skipped: number; mark: string | null } | null {
  const tokens = words.split(/\s+/);
  let skipped = 0;
  const owner = tokens.findLastIndex(isPossessive);
  for (let i = 0; i <= owner; i++) skipped += tokens[i]!.length + 1;
  tokens.splice(0, owner + 1);
  while (tokens.length && isGeneric(tokens[0]!)) skipped += tokens.shift()!.length + 1;
  if (!tokens.length) return null;
  const split = TRAILING_MARK.exec(tokens.join(' '));
  const name = split ? (split[1] ?? '') : tokens.join(' ');
  const named = name.split(' ');
  if (!name || !named.every(isNameToken) || CALL_SIGNS.has(named[named.length - 1]!)) return null;
  return { name, skipped, mark: split ? split[2]! : null };
}

/**
 * Whether a capitalised name at `offset` was capitalised by choice: it follows a lower-case word, a
 * possessive or a description, rather than opening the sentence. A word English would not
 * capitalise there is a name even if the corpus also writes it in lower case ("the Rampart").
 */
export function isProperAt(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  if (/^[\s\p{P}\p{N}]*$/u.test(before)) return false;
  const prev = /([\p{L}’'-]+)[\s,]*$/u.exec(before)?.[1];
  return !prev || /^\p{Ll}/u.test(prev) || isPossessive(prev) || isGeneric(prev);
}

/** What may follow the head noun of an apposition ("the Brolga, a Norwegian armoured vehicle that …"). */
export const APPOSITION_END = /^(?:\s*(?:[,.;:)!?"'”’—–]|$)|\s+(?:that|which|who|whose|to|with|built|developed|designed|made|being|from|for|in|on|at|by|and|or|under|now|already|currently|due|expected|of|since|until|whose|it|its)\b)/u;
