import { titles } from '../data/index.js';
import { isCountryForm } from './countries.js';
import { isNameToken } from './name-tokens.js';

/** A run of capitalised words that may be a person's name; consolidation decides which are. */
export interface NameMention {
  text: string;
  start: number;
  end: number;
  /** Followed by a verb of saying or acting ("X said", "X, who", "X told"): people do that. */
  actor: boolean;
  /** After "in", "at", "to", "from": places are written so, people are not. */
  locative: boolean;
}

const LOCATIVE = /\b(?:in|at|to|from|near|outside|across|around|towards?|via|into)\s+(?:the\s+)?$/i;

const TOKEN = String.raw`\p{Lu}[\p{L}’'\-]*\p{L}`;
const PARTICLE = String.raw`(?:de|da|van|von|der|bin|al|el|la|le|du|di|ibn)`;
// Up to six words: openers, titles and country words come off the front before the four a name may have.
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}’'\-.])(${TOKEN}(?:\s+(?:${PARTICLE}\s+|\p{Lu}\.\s+)?${TOKEN}){1,5})(?![\p{L}\p{N}])`, 'gu');
const ACTOR = /^(?:['’]s\s+\p{Ll}+\s+)?,?\s*(?:who\b|said\b|says\b|told\b|added\b|wrote\b|tweeted\b|asked\b|replied\b|insisted\b|warned\b|argued\b|noted\b|met\b|meets\b|arrived\b|arrives\b|spoke\b|speaks\b|called\b|urged\b|has\s+(?:said|been|called)\b|had\s+(?:said|been)\b|will\s+(?:meet|visit|travel|arrive|hold|host)\b|would\s+\p{Ll}+\b|is\s+(?:expected|scheduled|due)\b)/u;

/** Words that start capitalised runs which are not names (sentence openers, institutions, calendar). */
const NOT_FIRST = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'In', 'On', 'At', 'For', 'With', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'During', 'From', 'To', 'By', 'Of',
  'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Our', 'Its', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Yesterday', 'Tomorrow', 'Then', 'Now', 'So', 'Yet', 'Still', 'Even', 'Also',
]);
/** Words that make a run an institution, a place or a thing rather than a person. */
export const NOT_IN = new Set([
  'House', 'Senate', 'Congress', 'Parliament', 'Ministry', 'Department', 'Party', 'Committee', 'Council', 'Union', 'Nations', 'Assembly', 'Summit', 'Palace', 'Street',
  'Square', 'Hall', 'Airport', 'Base', 'Times', 'Post', 'News', 'Press', 'Agency', 'Service', 'Bank', 'Fund', 'Forum', 'Group', 'Company', 'University', 'Institute',
  'Center', 'Centre', 'Foundation', 'Association', 'Organization', 'Organisation', 'Church', 'Cathedral', 'Basilica', 'Avenue', 'Road', 'Day', 'Week', 'Office',
  'Court', 'Review', 'Journal', 'Magazine', 'Network', 'Television', 'Radio', 'Channel', 'Administration', 'Government', 'Republic', 'Kingdom', 'Federation', 'States',
  'Command', 'Force', 'Forces', 'Army', 'Navy', 'Guard', 'Police', 'Commission', 'Treaty', 'Agreement', 'Accord', 'Act', 'Initiative', 'Program', 'Programme',
  'Project', 'Island', 'Islands', 'River', 'Sea', 'Ocean', 'Mountain', 'Mountains', 'Valley', 'Bay', 'Gulf', 'Peninsula', 'Strait', 'Coast', 'County', 'Province',
  'City', 'Town', 'Village', 'District', 'Region', 'Zone', 'Museum', 'Memorial', 'Library', 'School', 'College', 'Academy', 'Stadium', 'Garden', 'Gardens', 'Tower',
  'Bridge', 'Hotel', 'Resort', 'Club', 'Inc', 'Corp', 'Ltd', 'Airlines', 'Motors', 'Systems', 'Industries', 'Holdings', 'Capital', 'Partners', 'Report', 'Show',
  'Times', 'Daily', 'Weekly', 'Street', 'Mass', 'Festival', 'Olympics', 'Games', 'Cup', 'War', 'Revolution', 'Crisis', 'Affairs', 'Relations', 'Security',
  'Intelligence', 'Defense', 'Defence', 'Foreign', 'State', 'National', 'International', 'General', 'Chief', 'President', 'Minister', 'Secretary', 'Prime',
]);

const TITLE_WORDS = new Set([...titles.titles.flatMap((t) => t.title.split(/\s+/)), ...Object.keys(titles.abbreviations), ...titles.honorifics]);

/** "North Koreans", "South Korea", "Koreans": a country's name or people, singular or plural. */
function countryish(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      const phrase = tokens.slice(i, j).join(' ').replace(/['’]s$/, '');
      if (isCountryForm(phrase) || (phrase.endsWith('s') && isCountryForm(phrase.slice(0, -1)))) return true;
    }
  }
  return false;
}

/** Every run of two to four capitalised words that could be a person's name. */
export function extractNames(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(RUN)) {
    let tokens = m[1]!.split(/\s+/);
    let start = m.index;
    while (tokens.length && (NOT_FIRST.has(tokens[0]!) || TITLE_WORDS.has(tokens[0]!) || countryish([tokens[0]!]))) start += tokens.shift()!.length + 1;
    const cut = tokens.findIndex((t) => !isNameToken(t) && !/^\p{Lu}\.$/u.test(t) && !/^\p{Ll}+$/u.test(t));
    if (cut >= 0) tokens = tokens.slice(0, cut);
    while (tokens.length && !isNameToken(tokens[tokens.length - 1]!)) tokens.pop();
    if (tokens.length > 4) tokens = tokens.slice(0, 4);
    // "Jane Doe Jane": a given name repeated after the surname is a caption's or tooltip's echo.
    while (tokens.length > 1 && tokens.indexOf(tokens[tokens.length - 1]!) < tokens.length - 1) tokens.pop();
    if (tokens.length < 2 || tokens.some((t) => NOT_IN.has(t.replace(/['’]s$/, '')) || TITLE_WORDS.has(t)) || countryish(tokens)) continue;
    const name = tokens.join(' ').replace(/['’]s$/, '');
    const end = start + name.length;
    if (text.slice(start, end) !== name) continue;
    out.push({ text: name, start, end, actor: ACTOR.test(text.slice(end)), locative: LOCATIVE.test(text.slice(Math.max(0, start - 12), start)) });
  }
  return out;
}
