import type { Discrepancy } from '../../../model/schema.js';
import { withinEvent } from '../../event-window.js';
import type { DateMention } from '../../../model/pipeline.js';
import { humanDate } from '../../../render/view.js';
import { quote } from '../quote.js';
import { eachPair, sameSubject, subjectKeys } from '../subject.js';
import type { Detector, Statement } from '../types.js';

/** Nouns specific enough that the same noun in two sources is the same occasion. */
const SPECIFIC = /\b(?:banquet|dinner|luncheon|lunch|reception|signing ceremony|ceremony|plenary|sitting|press conference|business forum)\b/gi;
/** Nouns that need one more shared word to be the same occasion. */
const GENERAL = /\b(?:talks|meeting|session|council|forum)\b/gi;
const REPORTING = /\b(?:said|says|reported|announced|told|stated|added|confirmed|noted|wrote|statement)\s+(?:on\s+)?$/i;
const REACH = 110;

interface Dated {
  s: Statement;
  specific: Set<string>;
  general: Set<string>;
  date: string;
  end: string | null;
  start: number;
  stop: number;
}

/** "The banquet on Wednesday" against "the banquet on Thursday": weekdays resolved against each article's date. */
export const eventDateConflict: Detector = {
  name: 'event-date-conflict',
  kind: 'conflict',
  detect(ctx) {
    const items: Dated[] = [];
    for (const s of ctx.statements) {
      for (const d of s.a.dates) {
        if (d.precision !== 'day' || REPORTING.test(s.text.slice(0, d.start))) continue;
        // A visit statement's dates are the visit's own: the event block votes on those.
        if (s.a.visits.length && ctx.event.start && d.date >= ctx.event.start && d.date <= (ctx.event.end ?? ctx.event.start)) continue;
        const specific = nounsNear(s.text, d, SPECIFIC);
        const general = nounsNear(s.text, d, GENERAL);
        if (!specific.size && !general.size) continue;
        items.push({ s, specific, general, date: d.weekday ? withinEvent(d.date, s.reference, ctx.event) : d.date, end: d.endDate, start: d.start, stop: d.end });
      }
    }
    const out: Discrepancy[] = [];
    const seen = new Set<string>();
    eachPair(items, (x, y) => {
      if (overlaps(x, y)) return;
      const noun = [...x.specific].find((n) => y.specific.has(n)) ?? ([...x.general].find((n) => y.general.has(n) && sameSubject(x.s, y.s, 1)) || null);
      if (!noun) return;
      const key = `${noun}|${[x.s.source, y.s.source].sort().join()}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        topic: `Date of the ${noun}`,
        kind: 'conflict',
        claims: [
          { source: x.s.source, quote: quote(x.s, x.start, x.stop), value: x.date },
          { source: y.s.source, quote: quote(y.s, y.start, y.stop), value: y.date },
        ],
        note: `Read against each article's date, one source puts the ${noun} on ${humanDate(x.date)}, the other on ${humanDate(y.date)}.`,
      });
    }, (i) => [...[...i.specific].map((n) => `n:${n}`), ...[...i.general].flatMap((n) => subjectKeys(i.s).map((k) => `${n}|${k}`))]);
    return out;
  },
};

function nounsNear(text: string, d: DateMention, re: RegExp): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const gap = m.index < d.start ? d.start - (m.index + m[0].length) : m.index - d.end;
    if (gap <= REACH) out.add(m[0].toLowerCase().replace(/^signing /, '').replace(/^luncheon$/, 'lunch'));
  }
  return out;
}

function overlaps(a: Dated, b: Dated): boolean {
  const [as, ae] = [a.date, a.end ?? a.date];
  const [bs, be] = [b.date, b.end ?? b.date];
  return as <= be && bs <= ae;
}
