import { countries } from '../data/index.js';

/** "LIMA:", "Buenos Aires:", "Seoul, March 4 (Agency) -", "PARIS —" at the head of the first paragraph. */
const DATELINE = /^([A-Z][\p{L}’'.-]+(?: [A-Z][\p{L}’'.-]+){0,2})(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)([A-Z][\p{L}.]+(?: [A-Z][\p{L}.]+)?)(?=,|\s*\(|\s*[-—–:]))?(?:,\s*((?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?))?\s*(?:\(([^)]{1,40})\))?\s*(?::|—|–|--?)\s+(?=\S)/u;
/** "Washington (Agency) President Doe said…": some outlets set the agency in brackets and no dash. */
const BRACKETED = /^([A-Z][\p{L}’'.-]+(?: [A-Z][\p{L}’'.-]+){0,2}) \((\p{Lu}[\p{L} .&]{1,24})\)\s*(?=\p{Lu}|[“"‘])/u;

const places = new Set<string>();
for (const c of countries) for (const p of [c.name, ...c.capitals]) places.add(p.toLowerCase());

export interface Dateline {
  place: string;
  /** "Queensland" of "PORT ALVAR, Queensland (Wire) -". */
  region: string | null;
  agency: string | null;
  /** "March 7" or "7 March, 2026" as printed after the place, if any. */
  date: string | null;
  /** Characters to drop from the front of the line. */
  length: number;
}

export function readDateline(text: string): Dateline | null {
  const b = BRACKETED.exec(text);
  if (b && !DATELINE.test(text)) {
    const place = b[1]!;
    const allCaps = place === place.toUpperCase() && /[A-Z]{3}/.test(place);
    return { place: allCaps ? titleCase(place) : place, region: null, agency: b[2]!.trim(), date: null, length: b[0].length };
  }
  const m = DATELINE.exec(text);
  if (!m) return null;
  const place = m[1]!;
  const allCaps = place === place.toUpperCase() && /[A-Z]{3}/.test(place);
  if (!allCaps && !m[3] && !m[4] && !places.has(place.toLowerCase())) return null;
  return { place: allCaps ? titleCase(place) : place, region: m[2] ?? null, agency: m[4]?.trim() ?? null, date: m[3] ?? null, length: m[0].length };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

const CREDIT = [
  /^\(?\s*(?:with inputs from|inputs from|source|courtesy|agencies)\s*:?\s*([\p{L} .&-]{2,40}?)\s*\)?\.?$/iu,
  /^[—–-]\s*([A-Z][\p{L} .&-]{1,30})$/u,
  /^([A-Z]{2,6}(?:\s*\/\s*[A-Z]{2,6})?)$/,
];

/** A wire or agency credit alone on the last line ("PTI", "— AFP", "(With inputs from Reuters)"). */
export function readCredit(text: string): string | null {
  const t = text.trim();
  for (const re of CREDIT) {
    const m = re.exec(t);
    if (m) return m[1]!.trim();
  }
  return null;
}
