import { extractCountries, isCountryForm } from '../../../extract/countries.js';
import { contentWords } from '../../text.js';
import { quote, tightQuote } from '../quote.js';
import { mergeFindings, mostCommon, type Finding, type Reading } from '../sides.js';
import { eachPair, sameSubject, sharedWords, subjectKeys } from '../subject.js';
import type { Detector, Statement } from '../types.js';
import { sayings, verb } from '../words.js';

/** Who moved first: an offer or proposal from X, or X asking, requesting or looking to buy. */
const ACTOR = String.raw`(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)`;
const CUES: RegExp[] = [
  new RegExp(String.raw`\b(offer|proposal|pitch|request|bid)\s+(?:from|by)\s+${ACTOR}`, 'gu'),
  new RegExp(String.raw`${ACTOR}(?:['’]s)?\s+(?:has\s+|had\s+|have\s+)?(?:formally\s+|reportedly\s+|now\s+|also\s+)?(offered|proposed|pitched|requested|asked for|sought|initiated)\b`, 'gu'),
  new RegExp(String.raw`${ACTOR}['’]s\s+(offer|proposal|request)\b`, 'gu'),
  new RegExp(String.raw`${ACTOR}\s+(?:is|was|has been|had been|remains)?\s*(?:reportedly\s+|also\s+|now\s+)?(?:likely\s+to\s+)?(considering|looking at|keen on|keen to|seeking to|planning to|hoping to|exploring|eyeing|may explore)\s+(?:the possibility of\s+)?(?:procuring|buying|acquiring|ordering|purchasing|procure|buy|acquire|order|purchase|additional|more|further)`, 'gu'),
];

interface Initiative {
  s: Statement;
  country: string;
  cue: string;
  start: number;
  end: number;
}

export function initiatives(s: Statement): Initiative[] {
  const out: Initiative[] = [];
  for (const re of CUES) {
    for (const m of s.text.matchAll(re)) {
      const actor = (re === CUES[0] ? m[2] : m[1])!;
      const country = extractCountries(actor).find((c) => c.kind !== 'combining')?.country;
      if (!country) continue;
      out.push({ s, country, cue: (re === CUES[0] ? m[1] : m[2])!.toLowerCase(), start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

const VAGUE = new Set(['talk', 'dialogue', 'formal', 'additional', 'more', 'further', 'new', 'opening', 'structured', 'possibility', 'batche', 'batch', 'unit', 'system', 'deal', 'plan', 'how', 'could', 'would', 'contribute', 'protection']);

/** What was offered or asked for: the words right after the cue. Two initiatives about the same thing share one. */
function sameObject(x: Initiative, y: Initiative): boolean {
  return sharedObject(x, y).length > 0;
}

const objects = new WeakMap<Initiative, string[]>();

function objectWords(i: Initiative): string[] {
  let words = objects.get(i);
  if (!words) objects.set(i, (words = readObject(i)));
  return words;
}

function readObject(i: Initiative): string[] {
  return contentWords(i.s.text.slice(i.end, i.end + 90)).filter((w) => !VAGUE.has(w) && !isCountryForm(w.charAt(0).toUpperCase() + w.slice(1)));
}

function sharedObject(x: Initiative, y: Initiative): string[] {
  const b = new Set(objectWords(y));
  return [...new Set(objectWords(x).filter((w) => b.has(w)))];
}

/** What a cue says the country did, in words: "offer" → "offered it", "looking at" → "sought it". */
function deed(cue: string): string {
  if (/^(?:offer|offered|pitch|pitched)$/.test(cue)) return 'offered it';
  if (/^(?:proposal|proposed|initiated)$/.test(cue)) return 'proposed it';
  if (/^(?:request|requested|asked for|bid)$/.test(cue)) return 'asked for it';
  return 'sought it';
}

interface Credit {
  country: string;
  deed: string;
}

/** "a fresh offer from Ankara" against "Chile is looking at procuring": who initiated it. */
export const attributionConflict: Detector = {
  name: 'attribution',
  kind: 'attribution',
  detect(ctx) {
    const items = ctx.statements.flatMap(initiatives);
    const findings: Finding<Credit>[] = [];
    const seen = new Set<string>();
    // One reading per initiative, quoted with what it shares with the first it is compared with.
    const readings = new Map<Initiative, Reading<Credit>>();
    const reading = (i: Initiative, other: Initiative) => {
      let r = readings.get(i);
      if (!r) {
        const object = objectSpan(i, other);
        r = { source: i.s.source, quote: quote(i.s, i.start, i.end), short: tightQuote(i.s, object ? [[i.start, i.end], object] : [[i.start, i.end]]), value: i.country, datum: { country: i.country, deed: deed(i.cue) } };
        readings.set(i, r);
      }
      return r;
    };
    eachPair(items, (x, y) => {
      if (x.country === y.country || !(sameSubject(x.s, y.s, 2) || sameObject(x, y))) return;
      const shared = [...x.s.programmes].find((p) => y.s.programmes.has(p));
      // The programme by its shortest spelling in either statement, whichever is read first.
      const forms = shared ? [x, y].flatMap((i) => i.s.a.programmes.filter((p) => p.key === shared).map((p) => p.form)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1)) : [];
      const subject = forms[0] ?? (sharedObject(x, y).slice(0, 3).join(' ') || sharedWords(x.s, y.s, 3));
      const key = `${subject}|${[x.country, y.country].sort().join()}`;
      if (seen.has(key)) return;
      seen.add(key);
      // Every source that says who moved first on this subject.
      const told = [x, y];
      for (const i of items) if (!told.some((t) => t.s.source === i.s.source) && (i.country === x.country || i.country === y.country) && (sameSubject(i.s, x.s, 2) || sameObject(i, x))) told.push(i);
      findings.push({ topic: `Who initiated the ${subject || 'initiative'}${shared ? ' deal' : ''}`, readings: told.map((i) => reading(i, i === x ? y : x)) });
    }, (i) => [...subjectKeys(i.s), ...objectWords(i).map((w) => `o:${w}`)]);
    return mergeFindings(findings, {
      kind: 'attribution',
      agree: (a, b) => a.country === b.country,
      key: (c) => c.country,
      label: (c) => c.country,
      note: (sides) => {
        const deedOf = new Map(sides.map((x) => [x.value, mostCommon(x.readings.map((r) => r.datum.deed))]));
        return sayings(sides, (v, p) => `${verb('say', p)} ${v} ${deedOf.get(v)}`);
      },
    });
  },
};

/** Where the thing offered or asked for is named: the first word after the cue that the other initiative's object shares, or else its first. */
function objectSpan(i: Initiative, other: Initiative): readonly [number, number] | null {
  const words = new Set(objectWords(i));
  const shared = new Set(objectWords(other).filter((w) => words.has(w)));
  let first: [number, number] | null = null;
  for (const m of i.s.text.slice(i.end, i.end + 90).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const w = contentWords(m[0])[0] ?? '';
    const span: [number, number] = [i.end + m.index, i.end + m.index + m[0].length];
    if (shared.has(w)) return span;
    if (!first && words.has(w)) first = span;
  }
  return first;
}
