import { extractCountries, isCountryForm } from '../../../extract/countries.js';
import type { Discrepancy } from '../../../model/schema.js';
import { contentWords } from '../../text.js';
import { quote } from '../quote.js';
import { eachPair, sameSubject, sharedWords, subjectKeys } from '../subject.js';
import type { Detector, Statement } from '../types.js';

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

/** "a fresh offer from Ankara" against "Chile is looking at procuring": who initiated it. */
export const attributionConflict: Detector = {
  name: 'attribution',
  kind: 'attribution',
  detect(ctx) {
    const items = ctx.statements.flatMap(initiatives);
    const out: Discrepancy[] = [];
    const seen = new Set<string>();
    eachPair(items, (x, y) => {
      if (x.country === y.country || !(sameSubject(x.s, y.s, 2) || sameObject(x, y))) return;
      const shared = [...x.s.programmes].find((p) => y.s.programmes.has(p));
      const subject = shared ? x.s.a.programmes.find((p) => p.key === shared)!.form : sharedObject(x, y).slice(0, 3).join(' ') || sharedWords(x.s, y.s, 3);
      const key = `${subject}|${[x.country, y.country].sort().join()}`;
      if (seen.has(key)) return;
      seen.add(key);
      // Every source that says who moved first on this subject, one quote each.
      const told = [x, y];
      for (const i of items) if (!told.some((t) => t.s.source === i.s.source) && (i.country === x.country || i.country === y.country) && (sameSubject(i.s, x.s, 2) || sameObject(i, x))) told.push(i);
      out.push({
        topic: `Who initiated the ${subject || 'initiative'}${shared ? ' deal' : ''}`,
        kind: 'attribution',
        claims: told.slice(0, 5).map((i) => ({ source: i.s.source, quote: quote(i.s, i.start, i.end), value: i.country })),
        note: `One source credits ${x.country} with the initiative (${x.cue}), another ${y.country} (${y.cue}).`,
      });
    }, (i) => [...subjectKeys(i.s), ...objectWords(i).map((w) => `o:${w}`)]);
    return out;
  },
};
