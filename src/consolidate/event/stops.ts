import { countryByName } from '../../extract/countries.js';
import type { Annotated } from '../../extract/index.js';
import type { Place, Stop } from '../../model/schema.js';
import { sortIds } from '../people.js';
import { Tally, type EventContext } from './context.js';
import { placesIn } from './places.js';

/** A place named with one of these is a site within a city, not a stop of a tour. */
const SITE = /\b(?:Mall|Parkway|Seminary|Base|Field|Arena|Airport|Station|Plaza|Boulevard|Cemetery|Prison|Hospital|Harbor|Harbour|Pier|Bridge|Campus)\b/;
const BETWEEN = /\b(?:then|before|after|and\s+then|ahead\s+of|later)\b|[;:]/i;

/**
 * The stops of a visit: cities of the destination listed as its stops or put on a day in
 * sentences about the visit ("arrived in Port Alvar on 14 May"), in the order of their days.
 * A name the corpus also uses as a region ("Elm, Westshire") is a region, not a stop; two
 * names of one city ("New Town", "New Town City") are one stop.
 */
export function stopsOf(ctx: EventContext, destination: string, about: (a: Annotated) => boolean, window: { start: string; end: string } | null, avoid: ReadonlySet<string>): Stop[] {
  const capitals = new Set((countryByName(destination)?.capitals ?? []).flatMap((c) => [c, fold(c)]));
  const regions = new Map<string, Set<string>>();
  const named = new Map<string, Set<string>>();
  const listed = new Set<string>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const p of a.places) {
      if (p.region) regions.set(fold(p.region), (regions.get(fold(p.region)) ?? new Set()).add(a.sentence.source));
      named.set(fold(p.name), (named.get(fold(p.name)) ?? new Set()).add(a.sentence.source));
      if (p.listed && about(a)) listed.add(fold(p.name));
    }
  }
  // A name used as a region ("Elm, Westshire") more often than as a place of its own is a region.
  const region = (name: string) => (regions.get(fold(name))?.size ?? 0) >= (named.get(fold(name))?.size ?? 0);
  // The order of the longest list of stops ("stops in A, B and C") places stops the text never dates.
  let order: string[] = [];
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !about(a)) continue;
    const listedHere = a.places.filter((x) => x.listed);
    if (listedHere.length < 2) continue;
    // The list may open with the capital, which the gazetteer holds rather than the place reader.
    const capitalsHere = a.countries.filter((c) => c.country === destination && (c.kind === 'capital' || capitals.has(c.text)) && c.end <= listedHere[0]!.start).map((c) => ({ name: c.text, start: c.start }));
    const all = [...capitalsHere.slice(-1), ...listedHere].sort((x, y) => x.start - y.start).map((x) => fold(x.name));
    if (all.length > order.length) order = all;
  }
  const ok = (name: string) => !region(name) && !SITE.test(name) && (capitals.has(name) || listed.has(fold(name)) || (named.get(fold(name))?.size ?? 0) >= 2);
  const stops = new Map<string, { place: Place; dates: Tally<string> }>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !about(a)) continue;
    const text = a.sentence.text;
    const dated = a.dates.filter((d) => d.precision === 'day' && (!window || (d.date >= window.start && d.date <= window.end)));
    const places: { place: Place; at: number; end: number; undated?: boolean }[] = [];
    for (const c of a.countries) {
      if (c.country === destination && (c.kind === 'capital' || capitals.has(c.text))) places.push({ place: { name: c.text.replace(/,?\s+D\.?C\.?$/, ''), region: null, country: destination }, at: c.start, end: c.end, undated: a.places.filter((x) => x.listed).length >= 2 });
    }
    // A place listed among the stops is not put on the day of the whole list's sentence.
    const listing = a.places.filter((x) => x.listed).length >= 2;
    for (const p of placesIn(a, destination, avoid)) {
      const m = a.places.find((x) => x.name === p.name)!;
      if (ok(p.name)) places.push({ place: p, at: m.start, end: m.end, undated: listing });
    }
    for (const { place, at, end, undated } of places) {
      const key = fold(place.name);
      let rec = stops.get(key);
      if (!rec) stops.set(key, (rec = { place, dates: new Tally() }));
      if (undated) continue;
      // The date beside the place, in the same clause, is a day the visitor is there.
      const near = dated
        .map((d) => ({ d, gap: d.start >= end ? text.slice(end, d.start) : text.slice(d.end, at) }))
        .filter(({ gap }) => gap.length <= 40 && !BETWEEN.test(gap))
        .sort((x, y) => x.gap.length - y.gap.length)[0];
      if (!near) continue;
      rec.dates.add(near.d.date, near.d.date, a.sentence.source);
      if (near.d.endDate) rec.dates.add(near.d.endDate, near.d.endDate, a.sentence.source);
    }
  }
  // "New Town City" and "New Town" are one stop, filed under the shorter name.
  for (const key of [...stops.keys()].sort((a, b) => a.length - b.length)) {
    const rec = stops.get(key);
    if (!rec) continue;
    for (const [other, o] of [...stops]) {
      if (other === key || !other.startsWith(`${key} `)) continue;
      for (const r of o.dates.ranked()) for (const src of r.sources) rec.dates.add(r.key, r.value, src);
      stops.delete(other);
    }
  }
  const dated: Stop[] = [];
  const undated: { key: string; place: Place }[] = [];
  for (const [key, { place, dates }] of stops) {
    const ds = dates.ranked().map((r) => r.value).sort();
    const sources = new Set(dates.ranked().flatMap((r) => [...r.sources]));
    if (!ds.length) {
      // Listed as a stop, never put on a day: its place in the list says when.
      if (order.includes(key)) undated.push({ key, place });
      continue;
    }
    // A place put on a day by one source only is a stop when listed as one or widely named.
    if (sources.size < 2 && !listed.has(key) && !capitals.has(key) && (named.get(key)?.size ?? 0) < 3) continue;
    dated.push({ place, start: ds[0]!, end: ds[ds.length - 1]!, sources: sortIds(sources) });
  }
  dated.sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : a.end! < b.end! ? -1 : 1));
  const out = placeUndated(dated, undated, order);
  // A stop runs until the next begins (the travel day belongs to both); the first opens the visit, the last closes it.
  for (let i = 0; i + 1 < out.length; i++) {
    out[i]!.end = out[i + 1]!.start ?? out[i]!.end;
    if (!out[i + 1]!.start) out[i + 1]!.start = out[i]!.end;
  }
  if (window && out.length) {
    if (!out[0]!.start || out[0]!.start > window.start) out[0]!.start = window.start;
    if (!out[out.length - 1]!.end || out[out.length - 1]!.end! < window.end) out[out.length - 1]!.end = window.end;
  }
  return out.filter((s) => s.start && s.end);
}

/** Undated listed stops go where the list puts them among the dated ones. */
function placeUndated(dated: Stop[], undated: { key: string; place: Place }[], order: readonly string[]): Stop[] {
  const out = [...dated];
  for (const u of undated) {
    const rank = order.indexOf(u.key);
    // Before the first dated stop that the list puts after it.
    let at = out.findIndex((s) => order.indexOf(fold(s.place.name)) > rank);
    if (at < 0) at = out.length;
    out.splice(at, 0, { place: u.place, start: null, end: null, sources: [] });
  }
  return out;
}

/** "São Paulo" and "Sao Paulo" are one place. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}
