import type { Annotated } from '../extract/index.js';
import type { Event, TimelineEntry } from '../model/schema.js';
import { withinEvent } from './event-window.js';
import { isStatement } from './claims.js';
import { sortIds } from './people.js';
import { candidatePairs, Groups, jaccard, wordSet } from './text.js';

/** "said Friday", "reported on Tuesday": the day of the report, not an event. */
const REPORTING = /\b(?:said|says|reported|announced|told|stated|added|confirmed|noted|wrote|tweeted|posted)\s+(?:on\s+)?$/i;

/** Dated events the articles mention, in date order; the same event told twice is one entry. */
export function buildTimeline(annotated: readonly Annotated[], event: Event, referenceOf: (source: string) => string): TimelineEntry[] {
  const items: { a: Annotated; date: string; end: string | null; precision: TimelineEntry['precision'] }[] = [];
  for (const a of annotated) {
    if (!isStatement(a)) continue;
    const seen = new Set<string>();
    for (const d of a.dates) {
      if (d.weekday && REPORTING.test(a.sentence.text.slice(0, d.start))) continue;
      const key = `${d.date}|${d.endDate ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ a, date: d.weekday ? withinEvent(d.date, referenceOf(a.sentence.source), event) : d.date, end: d.endDate, precision: d.precision });
    }
  }
  const byDate = new Map<string, typeof items>();
  for (const it of items) {
    const key = it.date;
    let l = byDate.get(key);
    if (!l) byDate.set(key, (l = []));
    l.push(it);
  }
  const entries: TimelineEntry[] = [];
  for (const list of byDate.values()) {
    const sets = list.map((it) => wordSet(it.a.sentence.text));
    const groups = new Groups(list.length);
    // A span of days starting that day is one event told several ways (the visit itself); other
    // mentions of one date are one event only when they share words.
    const spans = list.map((it, i) => (it.end ? i : -1)).filter((i) => i >= 0);
    for (const [i, j] of candidatePairs(sets, 2)) if (jaccard(sets[i]!, sets[j]!) >= 0.2) groups.union(i, j);
    if (spans.length) {
      const first = list[spans[0]!]!;
      for (let i = 0; i < list.length; i++) if ((list[i]!.end === first.end) || (!list[i]!.end && aboutTheSpan(list[i]!.a))) groups.union(spans[0]!, i);
    }
    for (const idx of groups.lists()) {
      // The shortest telling reads best on a timeline.
      const members = idx.map((i) => list[i]!);
      const ranged = members.filter((m) => m.end);
      const lead = (ranged.length ? ranged : members).sort((x, y) => x.a.sentence.text.length - y.a.sentence.text.length || order(x.a) - order(y.a))[0]!;
      const entry: TimelineEntry = {
        date: lead.date,
        text: lead.a.sentence.text,
        sources: sortIds(idx.map((i) => list[i]!.a.sentence.source)),
        precision: lead.precision,
      };
      if (lead.end) entry.end = lead.end;
      entries.push(entry);
    }
  }
  return entries.sort((x, y) => {
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    const [ex, ey] = [x.end ?? x.date, y.end ?? y.date];
    if (ex !== ey) return ex < ey ? -1 : 1;
    return y.sources.length - x.sources.length || (x.text < y.text ? -1 : 1);
  });
}

/** "a two-day visit starting December 4" tells the same span as "December 4–5". */
function aboutTheSpan(a: Annotated): boolean {
  return a.visitDays !== null || /\b(?:visit|trip|summit)\b/i.test(a.sentence.text);
}

function order(a: Annotated): number {
  return Number(a.sentence.source.slice(1)) * 100000 + a.sentence.index;
}
