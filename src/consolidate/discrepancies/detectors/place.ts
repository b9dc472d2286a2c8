import { countryByName } from '../../../extract/countries.js';
import type { Discrepancy } from '../../../model/schema.js';
import { quote } from '../quote.js';
import { eachPair, sameTimeFrame } from '../subject.js';
import type { Detector, Statement } from '../types.js';

const PLACED = /\b(signing ceremony|ceremony|banquet|state dinner|dinner|reception|business forum|forum|press conference|plenary|summit|talks)\b[^.;]{0,30}?\b(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The)$/;

interface Placed {
  s: Statement;
  noun: string;
  place: string;
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
      for (const m of s.text.matchAll(PLACED)) {
        const place = m[2]!.replace(/^the\s+/, '');
        if (NOT_PLACE.test(place.split(/\s+/)[0]!)) continue;
        items.push({ s, noun: m[1]!.toLowerCase(), place, start: m.index, end: m.index + m[0].length });
      }
    }
    const out: Discrepancy[] = [];
    const seen = new Set<string>();
    eachPair(items, (x, y) => {
      if (x.noun !== y.noun || samePlace(x.place, y.place) || !sameTimeFrame(x.s, y.s)) return;
      if (x.noun === 'talks' || x.noun === 'summit') return;
      const key = `${x.noun}|${[x.s.source, y.s.source].sort().join()}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        topic: `Place of the ${x.noun}`,
        kind: 'conflict',
        claims: [
          { source: x.s.source, quote: quote(x.s, x.start, x.end), value: x.place },
          { source: y.s.source, quote: quote(y.s, y.start, y.end), value: y.place },
        ],
        note: `One source places the ${x.noun} in ${x.place}, the other in ${y.place}.`,
      });
    }, (i) => [`n:${i.noun}`]);
    return out;
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
