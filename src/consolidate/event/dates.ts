import type { Annotated } from '../../extract/index.js';
import { Tally, type EventContext } from './context.js';

/** Verbs and nouns that put the event itself on a day ("met on Monday", "the summit on 12 June"). */
const HAPPENS = /\b(?:summit|meet(?:s|ing)?|met|talks|visit(?:s|ed|ing)?|trip|tour|arriv(?:e|es|ed|al|ing)|land(?:s|ed)|host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|address(?:es|ed|ing)?|speech|banquet|dinner|lunch|ceremony|parade|mass|service|news conference|press conference|communiqu[eé]|session|opens?|opened|begins?|began|ends?|ended|wraps?\s+up|wrapped\s+up|leaves?|left|depart(?:s|ed|ure)?|stop|visiting|will\s+be\s+in|was\s+in)\b/i;
const ARRIVAL = /\b(?:arriv(?:e|es|ed|al|ing)|land(?:s|ed)|kick(?:s|ed)?\s+off|begins?|began|opens?|opened|first day|start(?:s|ed)?)\b/i;
const DEPARTURE = /\b(?:leaves?|left|depart(?:s|ed|ure)?|wraps?\s+up|wrapped\s+up|ends?|ended|final day|last day|concludes?|concluded)\b/i;
/** Going somewhere is not being there: "will fly overnight on Tuesday, arrive on Wednesday". */
const TRAVEL = /\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew)|head(?:s|ed|ing)?\s+(?:to|for|home)|leav(?:e|es|ing)\s+for|set(?:s)?\s+off|return(?:s|ed|ing)?\s+(?:home|to))\b/gi;
const TRAVEL_TO = /\b(?:travel\w*|fl(?:y|ies|ew)|head\w*|go(?:es|ing)?|went)\s+(?:\w+\s+){0,2}(?:to|for)\s+(?:the\s+)?$/i;
/** "said on Tuesday", "told reporters Monday": the day something was said, not the event's day. */
const SAID_ON = /\b(?:said|says|told|tweeted|wrote|added|announced|insisted|claimed|argued|complained|warned|defended|responded|criticized|criticised|blasted|lambasted)\s+(?:[\w’'-]+\s+){0,6}(?:on\s+)?$/i;

export interface EventDays {
  start: string | null;
  end: string | null;
}

interface DayVote {
  date: string;
  end: string | null;
  arrival: boolean;
  departure: boolean;
}

/**
 * The first and last day of the event: days voted from sentences that put the event itself on a
 * day, near the most supported day; a stated length ("a three-day visit") widens a window that
 * most articles report only in the middle of.
 */
export function eventDays(ctx: EventContext, about: (a: Annotated) => boolean, opts: { arrivalCounts: boolean; length: number | null; destination: string | null }): EventDays {
  const tally = new Tally<DayVote>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !about(a)) continue;
    const text = a.sentence.text;
    for (const d of a.dates) {
      if (d.precision !== 'day') continue;
      const local = text.slice(Math.max(0, d.start - 80), Math.min(text.length, d.end + 80));
      if (!(HAPPENS.test(local) || new RegExp(TRAVEL.source, 'i').test(local)) || SAID_ON.test(text.slice(Math.max(0, d.start - 60), d.start))) continue;
      // An aside in parentheses is about something else ("(who visits on Friday)").
      if (insideParentheses(text, d.start)) continue;
      // "will meet Friday at a summit in Ruritania": that day belongs to another place's event.
      const elsewhere = a.countries.some(
        (c) =>
          opts.destination &&
          c.country !== opts.destination &&
          c.kind !== 'demonym' &&
          /\b(?:in|to|for)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.start - 8), c.start)) &&
          !/[,;:(]|\bbut\b|\bbefore\b|\bafter\b/.test(text.slice(Math.min(c.end, d.end), Math.max(c.start, d.start))),
      );
      if (elsewhere) continue;
      // The verb nearest the day says what happened on it.
      let nearest = nearestCue(text, d.start, d.start + d.text.replace(/[\s,;.:]+$/, '').length);
      // Travelling to the destination is the visit; travelling anywhere else is not.
      if (nearest === 'travel' && opts.destination && a.countries.some((c) => c.country === opts.destination && c.kind !== 'demonym' && Math.abs(c.start - d.start) < 60 && TRAVEL_TO.test(text.slice(Math.max(0, c.start - 40), c.start)))) nearest = 'happens';
      if (nearest === 'travel' || nearest === 'said') continue;
      const arrival = nearest === 'arrival' || (nearest === null && ARRIVAL.test(local));
      // Leaders arrive the day before a summit opens: for a summit only its opening counts.
      if (arrival && !opts.arrivalCounts && (!/\b(?:summit|talks|meeting|gathering)\b/i.test(local) || (nearest === 'arrival' && /\b(?:arriv\w*|land(?:s|ed)?)\b/i.test(local) && !/\b(?:open\w*|begin\w*|began|start\w*|kick\w*)\b/i.test(local)))) continue;
      // Real coverage names days by weekday ("met Friday"): nearly as good as a date written out.
      // An arrival or departure dates the visit's edge, the day most likely to be reported once.
      const edge = opts.arrivalCounts && (arrival || DEPARTURE.test(local)) ? 1.25 : 1;
      const weight = (d.endDate ? 1.2 : 1) * (d.weekday ? 0.8 : 1) * edge;
      tally.add(`${d.date}|${d.endDate ?? ''}`, { date: d.date, end: d.endDate, arrival, departure: DEPARTURE.test(local) }, a.sentence.source, weight);
    }
  }
  // Of two different ranges that overlap ("3–5 June" against "4–6 June"), the better supported stands alone.
  const ranked = tally.ranked().filter(
    (r, i, all) => !r.value.end || !all.slice(0, i).some((o) => o.value.end && o.weight > r.weight && o.value.date <= r.value.end! && r.value.date <= o.value.end),
  );
  const top = ranked[0];
  if (!top) return { start: null, end: null };
  // Days within a week or so of the best-supported day, each with enough support of its own.
  const days = new Map<string, { weight: number; arrival: number; departure: number }>();
  for (const r of ranked) {
    const span = r.value.end ? daysBetween(r.value.date, r.value.end) : 0;
    if (span > 14 || span < 0) continue;
    for (let k = 0; k <= span; k++) {
      const day = addDays(r.value.date, k);
      const d = days.get(day) ?? { weight: 0, arrival: 0, departure: 0 };
      d.weight += r.weight;
      if (r.value.arrival && k === 0) d.arrival += r.weight;
      if (r.value.departure && k === span) d.departure += r.weight;
      days.set(day, d);
    }
  }
  if (!days.size) return { start: null, end: null };
  const [mode] = [...days].sort((x, y) => y[1].weight - x[1].weight || (x[0] < y[0] ? -1 : 1))[0]!;
  const floor = Math.min(days.get(mode)!.weight, Math.max(0.75, days.get(mode)!.weight * 0.35));
  // The run of supported days around the best one; a gap of more than a day ends it.
  const strong = (day: string) => (days.get(day)?.weight ?? 0) >= floor;
  let start = mode;
  let end = mode;
  for (let k = 1; k <= 14; k++) {
    const before = addDays(start, -1);
    if (strong(before)) start = before;
    else if (strong(addDays(start, -2))) start = addDays(start, -2);
    else break;
  }
  for (let k = 1; k <= 14; k++) {
    const after = addDays(end, 1);
    if (strong(after)) end = after;
    else if (strong(addDays(end, 2))) end = addDays(end, 2);
    else break;
  }
  const length = opts.length;
  if (length && length <= 14) {
    const span = daysBetween(start, end) + 1;
    if (span < length) {
      // Of the windows of the stated length that hold the well-supported days, the one the weaker
      // votes support most; an arrival on its first day or a departure on its last breaks ties.
      let best = start;
      let bestW = -Infinity;
      for (let k = 0; k <= length - span; k++) {
        const s0 = addDays(start, -k);
        let w = 0;
        for (let i = 0; i < length; i++) w += days.get(addDays(s0, i))?.weight ?? 0;
        w += 0.5 * ((days.get(s0)?.arrival ?? 0) + (days.get(addDays(s0, length - 1))?.departure ?? 0));
        if (w > bestW) (best = s0), (bestW = w);
      }
      start = best;
      end = addDays(best, length - 1);
    } else if (span > length) {
      // The best-supported window of the stated length.
      let best = start;
      let bestW = -1;
      for (let s = start; s <= end; s = addDays(s, 1)) {
        let w = 0;
        for (let k = 0; k < length; k++) w += days.get(addDays(s, k))?.weight ?? 0;
        if (w > bestW) (best = s), (bestW = w);
      }
      start = best;
      end = addDays(best, length - 1);
    }
  }
  return { start, end };
}

type Cue = 'travel' | 'arrival' | 'happens' | 'said';
const SAID = /\b(?:said|says|told|tweeted|wrote|announced|briefing|statement|interview|confirmed|insisted|warned|added|speaking\s+to|spoke\s+to|reporters)\b/gi;
const CUES: [RegExp, Cue][] = [
  [SAID, 'said'],
  [TRAVEL, 'travel'],
  [new RegExp(ARRIVAL.source, 'gi'), 'arrival'],
  [new RegExp(HAPPENS.source, 'gi'), 'happens'],
];

/** Which kind of cue stands nearest a date in its sentence, within a clause's reach. */
function nearestCue(text: string, start: number, end: number): Cue | null {
  let best: { gap: number; kind: Cue } | null = null;
  for (const [re, kind] of CUES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const gap = m.index >= end ? m.index - end : start - (m.index + m[0].length);
      if (gap < 0 || gap > 60 || /[,;]/.test(m.index >= end ? text.slice(end, m.index) : text.slice(m.index + m[0].length, start))) continue;
      if (!best || gap < best.gap) best = { gap, kind };
    }
  }
  return best?.kind ?? null;
}

function insideParentheses(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open && text.indexOf(')', at) > at;
}

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "a three-day visit", "the two-day summit": the length most sentences about the event state. */
export function statedLength(ctx: EventContext, about: (a: Annotated) => boolean, nouns: ReadonlySet<string>): number | null {
  const tally = new Tally<number>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !a.visitDays || !about(a)) continue;
    // "a twelve-day tour of the region" is not the length of a visit that is one of its stops.
    if (a.visitNoun ? !nouns.has(a.visitNoun) : !/\b(?:visit|trip|summit|stay)\b/i.test(a.sentence.text)) continue;
    tally.add(String(a.visitDays), a.visitDays, a.sentence.source);
  }
  const best = tally.best();
  return best && best.weight >= 1 ? best.value : null;
}
