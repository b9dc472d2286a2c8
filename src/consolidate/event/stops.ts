import { countryByName } from '../../extract/countries.js';
import type { Annotated } from '../../extract/index.js';
import type { Place, Stop } from '../../model/schema.js';
import { sortIds } from '../people.js';
import { Tally, type EventContext } from './context.js';
import { daysBetween } from './dates.js';
import { placesIn } from './places.js';

/**
 * The stops of a visit: cities of the destination that sentences about the visitor put on a day
 * ("arrived in Port Alvar on 14 May"), in the order of their days. Two names of one city
 * ("New Town", "New Town City") are one stop.
 */
export function stopsOf(ctx: EventContext, destination: string, about: (a: Annotated) => boolean, window: { start: string; end: string } | null, avoid: ReadonlySet<string>): Stop[] {
  const capitals = new Set(countryByName(destination)?.capitals ?? []);
  // A place the gazetteer does not know is a stop only when two sources name it.
  const named = new Map<string, Set<string>>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const p of a.places) named.set(p.name, (named.get(p.name) ?? new Set()).add(a.sentence.source));
  }
  const days = new Map<string, { place: Place; dates: Tally<string> }>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !about(a)) continue;
    const dated = a.dates.filter((d) => d.precision === 'day' && (!window || (d.date >= addSlack(window.start, -1) && d.date <= addSlack(window.end, 1))));
    if (!dated.length) continue;
    const places: { place: Place; at: number }[] = [];
    for (const c of a.countries) if (c.country === destination && (c.kind === 'capital' || capitals.has(c.text))) places.push({ place: { name: c.text.replace(/,?\s+D\.?C\.?$/, ''), region: null, country: destination }, at: c.start });
    for (const p of placesIn(a, destination, avoid).filter((x) => (named.get(x.name)?.size ?? 0) >= 2)) places.push({ place: p, at: a.places.find((x) => x.name === p.name)?.start ?? 0 });
    for (const { place, at } of places) {
      // The date nearest the place in the sentence is the day the visitor is there.
      const d = [...dated].sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0]!;
      const key = canonical(place.name, days);
      let rec = days.get(key);
      if (!rec) days.set(key, (rec = { place, dates: new Tally() }));
      rec.dates.add(d.date, d.date, a.sentence.source);
      if (d.endDate) rec.dates.add(d.endDate, d.endDate, a.sentence.source);
    }
  }
  const stops: Stop[] = [];
  for (const { place, dates } of days.values()) {
    const ds = dates.ranked().map((r) => r.value).sort();
    if (!ds.length) continue;
    const sources = new Set(dates.ranked().flatMap((r) => [...r.sources]));
    stops.push({ place, start: ds[0]!, end: ds[ds.length - 1]!, sources: sortIds(sources) });
  }
  stops.sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : a.end! < b.end! ? -1 : 1));
  // A stop must not swallow the next: a city's last day is at most the next city's first.
  for (let i = 0; i + 1 < stops.length; i++) if (stops[i]!.end! > stops[i + 1]!.start!) stops[i]!.end = stops[i + 1]!.start;
  return stops.filter((s) => daysBetween(s.start!, s.end!) >= 0);
}

function canonical(name: string, known: Map<string, unknown>): string {
  for (const k of known.keys()) if (name.startsWith(`${k} `) || k.startsWith(`${name} `)) return k.length <= name.length ? k : k;
  return name;
}

function addSlack(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
