import { countryByName } from '../../../extract/countries.js';
import { marksAt, sameOccasion, type Marks } from '../occasion.js';
import { quote, tightQuote } from '../quote.js';
import { mergeFindings, type Finding } from '../sides.js';
import { eachPair, sameTimeFrame } from '../subject.js';
import type { Detector, Statement } from '../types.js';
import { sayings, verb } from '../words.js';

const NOUN = /\b(signing ceremony|ceremony|banquet|state dinner|dinner|reception|business forum|forum|press conference|plenary|summit|talks)\b/giu;
/** "in" or "at" and a capitalised name, a short way after the occasion. */
const AT = /^([^.;]{0,30}?)\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/u;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The)$/;

interface Placed {
  s: Statement;
  noun: string;
  place: string;
  marks: Marks;
  start: number;
  end: number;
}

/** "the signing ceremony in Kraków" against "the signing ceremony in Gdańsk". */
export const placeConflict: Detector = {
  name: 'place-conflict',
  kind: 'conflict',
  detect(ctx) {
    const items: Placed[] = [];
    for (const s of ctx.statements) {
      const nouns = [...s.text.matchAll(NOUN)];
      for (const [i, m] of nouns.entries()) {
        const end = m.index + m[0].length;
        const at = AT.exec(s.text.slice(end));
        if (!at) continue;
        // The place belongs to the occasion nearest it: "a welcoming ceremony and a state dinner at the palace" places the dinner.
        const next = nouns[i + 1];
        if (next && next.index < end + at[1]!.length) continue;
        const place = at[2]!.replace(/^the\s+/, '');
        if (NOT_PLACE.test(place.split(/\s+/)[0]!)) continue;
        const marks = marksAt(s.text, m.index, end);
        if (/^signing /i.test(m[0])) marks.modifier = 'signing';
        items.push({ s, noun: m[0].toLowerCase(), place, marks, start: m.index, end: end + at[0].length });
      }
    }
    const findings: Finding<string>[] = [];
    eachPair(items, (x, y) => {
      if (x.noun !== y.noun || samePlace(x.place, y.place) || !sameTimeFrame(x.s, y.s) || !sameOccasion(x.marks, y.marks)) return;
      if (x.noun === 'talks' || x.noun === 'summit') return;
      const reading = (i: Placed) => ({ source: i.s.source, quote: quote(i.s, i.start, i.end), short: tightQuote(i.s, [[i.start, i.end]]), value: i.place, datum: i.place });
      findings.push({ topic: `Place of the ${x.noun}`, readings: [reading(x), reading(y)] });
    }, (i) => [`n:${i.noun}`]);
    return mergeFindings(findings, {
      kind: 'conflict',
      agree: samePlace,
      label: (p) => p,
      note: (sides, topic) => sayings(sides, (v, p) => `${verb('place', p)} the ${topic.replace(/^Place of the /, '')} in ${v}`, (v) => `in ${v}`),
    });
  },
};

function samePlace(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const [x, y] = [norm(a), norm(b)];
  if (x.includes(y) || y.includes(x)) return true;
  // A city and the country it is in do not disagree.
  const cx = countryByName(a);
  const cy = countryByName(b);
  return !!cx && !!cy && cx.code === cy.code;
}
