/** Plain words for notes: a desk officer reads "two sources" and "13 July 2018", not "2" and "2018-07-13". */

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 2 → "two", 14 → "14": words up to twelve, as house style writes numbers in prose. */
export function numberWord(n: number): string {
  return SMALL[n] ?? String(n);
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "2018-07-13" → "13 July 2018"; "2024-07" → "July 2024"; "2024" → "2024". Pure: no locale, no clock. */
export function dateWords(iso: string, withWeekday = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  const day = `${d} ${MONTHS[m - 1]} ${y}`;
  return withWeekday ? `${WEEKDAYS[new Date(Date.UTC(y!, m - 1, d)).getUTCDay()]} ${day}` : day;
}

/** Sides a note tells one by one. */
const MAX_SAID = 3;

/** "21–22 January 2027", "30 January – 2 February 2027", "30 December 2026 – 2 January 2027". */
export function rangeWords(start: string, end: string): string {
  if (start === end) return dateWords(start);
  const [a, b] = [dateWords(start).split(' '), dateWords(end).split(' ')];
  if (a.length !== 3 || b.length !== 3) return `${dateWords(start)} – ${dateWords(end)}`;
  if (a[2] !== b[2]) return `${a.join(' ')} – ${b.join(' ')}`;
  if (a[1] !== b[1]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${a[0]}–${b.join(' ')}`;
}

/** A side's sources as the subject of a clause: "One source", "Two sources"; later sides "another", "two others". */
function who(n: number, first: boolean): { subject: string; plural: boolean } {
  if (first) return { subject: `${capitalise(numberWord(n))} source${n === 1 ? '' : 's'}`, plural: n !== 1 };
  return { subject: n === 1 ? 'another' : `${numberWord(n)} others`, plural: n !== 1 };
}

/**
 * One sentence from the sides of a disagreement, largest first:
 * `sayings(sides, (v, p) => `${verb('say', p)} the talks lasted ${v}`, (v, p) => `${verb('say', p)} ${v}`)`
 * → "Two sources say the talks lasted more than two hours; another says 45 minutes."
 * `first` words the first side in full; `rest` words the others, short, since the reader has the frame.
 */
export function sayings(sides: readonly { sources: readonly string[]; value: string }[], first: (value: string, plural: boolean) => string, rest: (value: string, plural: boolean) => string = first): string {
  const clauses = sides.slice(0, MAX_SAID).map((s, i) => {
    const w = who(s.sources.length, i === 0);
    return `${w.subject} ${(i === 0 ? first : rest)(s.value, w.plural)}`;
  });
  // A note is one sentence: past the third side, the rest are counted, not told (the sides list them all).
  const others = sides.slice(MAX_SAID);
  if (others.length) {
    const n = others.reduce((sum, s) => sum + s.sources.length, 0);
    clauses.push(`${n === 1 ? 'one more source gives' : `${numberWord(n)} more sources give`} ${others.length === 1 ? 'yet another' : `${numberWord(others.length)} other`} ${others.length === 1 ? 'answer' : 'answers'}`);
  }
  return `${clauses.join('; ')}.`;
}

/** "say"/"says" after a subject of that number. */
export function verb(base: string, plural: boolean): string {
  if (plural) return base;
  if (/(?:s|sh|ch|x)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** "Length of the talks" → "the length of the talks": a topic inside a sentence. */
export function inSentence(topic: string): string {
  return /^\p{Lu}\p{Ll}/u.test(topic) ? `the ${topic.charAt(0).toLowerCase()}${topic.slice(1)}` : `the ${topic}`;
}
