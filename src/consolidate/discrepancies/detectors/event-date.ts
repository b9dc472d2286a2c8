import { withinEvent } from '../../event-window.js';
import type { DateMention } from '../../../model/pipeline.js';
import { marksAt, sameOccasion, type Marks } from '../occasion.js';
import { quote, tightQuote } from '../quote.js';
import { mergeFindings, type Finding } from '../sides.js';
import { eachPair, sameSubject, subjectKeys } from '../subject.js';
import type { Detector, Statement } from '../types.js';
import { dateWords, rangeWords, sayings, verb } from '../words.js';

/** Nouns specific enough that the same noun in two sources is the same occasion. */
const SPECIFIC = /\b(?:banquet|dinner|luncheon|lunch|reception|signing ceremony|ceremony|plenary|sitting|press conference|business forum)\b/gi;
/** Nouns that need one more shared word to be the same occasion. */
const GENERAL = /\b(?:talks|meeting|session|council|forum)\b/gi;
/** A date right after a reporting verb is when someone spoke ("saying Friday during a press conference"). */
const REPORTING = /\b(?:said|says|saying|reported|announced|told|stated|added|confirmed|noted|wrote|tweeted|statement)\s+(?:on\s+)?$/i;
const REACH = 110;
/** Words that can stand between an occasion and its date without the date belonging to something else. */
const TIGHT = /^(?:\s+|\s*['’]s\s+|\s+(?:(?:on|for|during|at|this|next|last|the|a|an|his|her|their|its|is|was|are|were|be|will|held|scheduled|planned|set|due|morning|evening|afternoon|night)\s+)+)$/i;
/** Between an occasion and a date, these end the clause the date belongs to. */
const BREAK = /;|,\s*(?:and|but|or|where|while|which|who|when|whereas|as|saying|before|after|ahead|then)\b/i;
/** A date before an occasion, then "to attend": the date is of the going ("arrived on Monday to attend the meeting"). */
const INFINITIVE = /\bto\s+\p{Ll}+/u;

interface Occasion {
  noun: string;
  specific: boolean;
  start: number;
  end: number;
  marks: Marks;
}

interface Dated {
  s: Statement;
  occasions: Occasion[];
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
      const days = s.a.dates.filter((d) => d.precision === 'day' && !REPORTING.test(s.text.slice(0, d.start)) && !insideQuotes(s.text, d.start));
      if (!days.length) continue;
      const linked = linkOccasions(s.text, days);
      for (const d of days) {
        // A visit statement's dates are the visit's own: the event block votes on those.
        if (s.a.visits.length && ctx.event.start && d.date >= ctx.event.start && d.date <= (ctx.event.end ?? ctx.event.start)) continue;
        const occasions = linked.get(d) ?? [];
        if (!occasions.length) continue;
        items.push({ s, occasions, date: d.weekday ? withinEvent(d.date, s.reference, ctx.event) : d.date, end: d.endDate, start: d.start, stop: d.end });
      }
    }
    const findings: Finding<{ date: string; end: string | null }>[] = [];
    eachPair(items, (x, y) => {
      if (overlaps(x, y)) return;
      const pair = sharedOccasion(x, y);
      if (!pair) return;
      const [ox, oy] = pair;
      const modifier = ox.marks.modifier && ox.marks.modifier === oy.marks.modifier && !ox.noun.includes(ox.marks.modifier) ? `${ox.marks.modifier} ` : '';
      const reading = (i: Dated, o: Occasion) => ({
        source: i.s.source,
        quote: quote(i.s, i.start, i.stop),
        short: tightQuote(i.s, [[i.start, i.stop], [o.start, o.end]]),
        value: i.date,
        datum: { date: i.date, end: i.end },
      });
      findings.push({ topic: `Date of the ${modifier}${ox.noun}`, readings: [reading(x, ox), reading(y, oy)] });
    }, (i) => i.occasions.flatMap((o) => (o.specific ? [`n:${o.noun}`] : subjectKeys(i.s).map((k) => `${o.noun}|${k}`))));
    return mergeFindings(findings, {
      kind: 'conflict',
      agree: (a, b) => a.date <= (b.end ?? b.date) && b.date <= (a.end ?? a.date),
      label: (d) => (d.end && d.end !== d.date ? rangeWords(d.date, d.end) : dateWords(d.date, true)),
      order: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
      note: (sides, topic) => sayings(sides, (v, p) => `${verb('put', p)} the ${topic.replace(/^Date of the /, '')} on ${v}`, (v) => `on ${v}`),
    });
  },
};

function sharedOccasion(x: Dated, y: Dated): [Occasion, Occasion] | null {
  for (const ox of x.occasions) {
    for (const oy of y.occasions) {
      if (ox.noun !== oy.noun || !sameOccasion(ox.marks, oy.marks)) continue;
      if (ox.specific || sameSubject(x.s, y.s, 1)) return [ox, oy];
    }
  }
  return null;
}

/**
 * Which occasions each date is the date of. A date that stands right by an occasion ("his Tuesday
 * meeting", "the ceremony on Monday") is that occasion's alone, and that occasion takes no other date;
 * any other date reaches the occasions of its own clause, not across "…, where" or "to attend".
 */
function linkOccasions(text: string, days: DateMention[]): Map<DateMention, Occasion[]> {
  const occasions: Occasion[] = [];
  for (const [re, specific] of [[SPECIFIC, true], [GENERAL, false]] as const) {
    for (const m of text.matchAll(re)) {
      const noun = m[0].toLowerCase().replace(/^signing /, '').replace(/^luncheon$/, 'lunch');
      const marks = marksAt(text, m.index, m.index + m[0].length);
      if (/^signing /i.test(m[0])) marks.modifier = 'signing';
      occasions.push({ noun, specific, start: m.index, end: m.index + m[0].length, marks });
    }
  }
  const between = (d: DateMention, o: Occasion) => (o.end <= d.start ? text.slice(o.end, d.start) : o.start >= d.end ? text.slice(d.end, o.start) : '');
  const adjacent = new Map(days.map((d) => [d, occasions.filter((o) => TIGHT.test(between(d, o)) || between(d, o) === '')]));
  const taken = new Set([...adjacent.values()].flat());
  const out = new Map<DateMention, Occasion[]>();
  for (const d of days) {
    const near = adjacent.get(d)!;
    if (near.length) {
      out.set(d, near);
      continue;
    }
    out.set(
      d,
      occasions.filter((o) => {
        if (taken.has(o)) return false;
        const gap = between(d, o);
        if (gap.length > REACH || BREAK.test(gap)) return false;
        return !(o.start >= d.end && INFINITIVE.test(gap));
      }),
    );
  }
  return out;
}

/** Inside quotation marks a date is the speaker's, read against a day we do not know, or part of a title ("… Sunday"). */
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}

function overlaps(a: Dated, b: Dated): boolean {
  const [as, ae] = [a.date, a.end ?? a.date];
  const [bs, be] = [b.date, b.end ?? b.date];
  return as <= be && bs <= ae;
}
