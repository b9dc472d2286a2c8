import type { Annotated } from '../extract/index.js';
import type { Event, TimelineEntry } from '../model/schema.js';
import { withinEvent } from './event-window.js';
import { isStatement } from './claims.js';
import { sortIds } from './people.js';
import { standalone } from './items/standalone.js';
import { SentenceIndex, termsOf } from './items/support.js';
import { eachCandidatePair, Groups, jaccard, wordSet } from './text.js';

/** "said Friday", "reported on Tuesday": the day of the report, not an event. */
const REPORTING = /\b(?:said|says|reported|announced|told|stated|added|confirmed|noted|wrote|tweeted|posted)\s+(?:on\s+)?$/i;
/** "the first since 2019": a point of reference, not something that happened then. */
const REFERENCE = /\b(?:since|until|till)\s+(?:(?:early|late|mid|the end of|the start of)\s+)?(?:\w+\s+)?$/i;

/** Dated events the articles mention, in date order; the same event told twice is one entry. */
export function buildTimeline(annotated: readonly Annotated[], event: Event, referenceOf: (source: string) => string, index: SentenceIndex = new SentenceIndex(annotated)): TimelineEntry[] {
  const items: { a: Annotated; date: string; end: string | null; precision: TimelineEntry['precision'] }[] = [];
  for (const a of annotated) {
    if (!isStatement(a)) continue;
    const seen = new Set<string>();
    for (const d of a.dates) {
      const before = a.sentence.text.slice(0, d.start);
      if ((d.weekday && REPORTING.test(before)) || REFERENCE.test(before)) continue;
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
    for (const [i, j] of eachCandidatePair(sets, 2)) if (jaccard(sets[i]!, sets[j]!) >= 0.2) groups.union(i, j);
    if (spans.length) {
      const first = list[spans[0]!]!;
      for (let i = 0; i < list.length; i++) if ((list[i]!.end === first.end) || (!list[i]!.end && aboutTheSpan(list[i]!.a))) groups.union(spans[0]!, i);
    }
    for (const idx of groups.lists()) {
      // The shortest telling that reads alone; a source is cited only when it states the entry.
      const members = idx.map((i) => list[i]!);
      const ranged = members.filter((m) => m.end);
      const ordered = (ranged.length ? ranged : members).sort((x, y) => x.a.sentence.text.length - y.a.sentence.text.length || (x.a.sentence.text < y.a.sentence.text ? -1 : 1));
      // The telling the most sources state, shortest first among equals.
      let best: { entry: TimelineEntry; n: number } | null = null;
      for (const lead of ordered.slice(0, 6)) {
        const own = standalone(lead.a, index);
        if (!own) continue;
        const terms = termsOf(own.text);
        const others = [...new Set(members.filter((m) => m.a.sentence.source !== lead.a.sentence.source && index.states(terms, m.a)).map((m) => m.a.sentence.source))];
        if (best && others.length + 1 <= best.n) continue;
        const entry: TimelineEntry = { date: lead.date, text: own.text, sources: [lead.a.sentence.source, ...sortIds(others)], precision: lead.precision };
        if (lead.end) entry.end = lead.end;
        best = { entry, n: others.length + 1 };
      }
      if (best) entries.push(best.entry);
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

