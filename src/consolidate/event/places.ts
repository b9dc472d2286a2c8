import { countryByName } from '../../extract/countries.js';
import type { Annotated } from '../../extract/index.js';
import type { Place } from '../../model/schema.js';
import { peopleIn, Tally, type EventContext } from './context.js';

/** Words that make a sentence about the event itself rather than about its background. */
export const EVENT_WORDS = /\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew)|stay(?:s|ed)?|spend(?:s)?|spent|summit|visit(?:s|ed|ing)?|trip|tour|talks|meet(?:s|ing)?|met|arriv(?:e|es|ed|al|ing)|landed|host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|address(?:es|ed)?|banquet|ceremony|gathering|stop|news conference|press conference)\b/i;

export interface Destination {
  country: string;
  weight: number;
}

/**
 * The country the event happens in: where the visit cues point, where the summit or talks are
 * said to be held, where the datelines of the articles were filed, where the headlines put it.
 */
export function destinationOf(ctx: EventContext, hosts: readonly { country: string | null; sources: readonly string[] }[] = [], home: string | null = null): Tally<string> {
  const votes = new Tally<string>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || isBackground(a, ctx.year(a.sentence.source))) continue;
    for (const v of a.visits) if (!goingHome(ctx, a, v.start, v.place.country)) votes.add(`${v.place.country}|visit`, v.place.country, a.sentence.source, 1);
    if (!EVENT_WORDS.test(a.sentence.text)) continue;
    for (const c of a.countries) {
      if (c.kind === 'demonym' || c.kind === 'combining') continue;
      // "the summit in Reykjavik", "talks at the White House", "on Ruritania's coast": a place the event is held in.
      const before = a.sentence.text.slice(Math.max(0, c.start - 8), c.start);
      const possessive = /^['’]s\b/.test(a.sentence.text.slice(c.end));
      if (/\b(?:in|at)\s+(?:the\s+)?$/i.test(before) || (possessive && /\b(?:on|in|at)\s+$/i.test(before))) votes.add(`${c.country}|in`, c.country, a.sentence.source, 1);
    }
  }
  // A leader named as hosting or chairing the event hosts it in their own country.
  for (const h of hosts) if (h.country) for (const s of h.sources) votes.add(`${h.country}|host`, h.country, s, 1);
  for (const art of ctx.articles) {
    if (!ctx.counts(art.id)) continue;
    const c = art.dateline ? countryByName(art.dateline) : undefined;
    // A story filed from the leading figure's own capital is often written before they leave.
    if (c) votes.add(`${c.name}|dateline`, c.name, art.id, c.name === home ? 0.5 : 1.5);
    const inTitle = /\b(?:in|to|at|visits?)\s+((?:\p{Lu}[\p{L}.’'-]+\s?){1,3})/u.exec(art.title);
    const t = inTitle ? countryByName(inTitle[1]!.trim()) : undefined;
    if (t) votes.add(`${t.name}|title`, t.name, art.id, 1.5);
  }
  // Sum the signals per country: a country named in every way wins over one named in one way often.
  return sumByValue(votes);
}

/** "Doe will fly to Ruritania": the person named nearest before a trip to their own country is going home. */
function goingHome(ctx: EventContext, a: Annotated, at: number, country: string): boolean {
  let nearest: { at: number; country: string | null } | null = null;
  for (const p of peopleIn(ctx, a.sentence.id)) {
    const i = a.sentence.text.lastIndexOf(p.surname, at);
    if (i >= 0 && i < at && (!nearest || i > nearest.at)) nearest = { at: i, country: p.country };
  }
  return nearest?.country === country;
}

function sumByValue(t: Tally<string>): Tally<string> {
  const sums = new Map<string, number>();
  for (const r of t.ranked()) sums.set(r.value, (sums.get(r.value) ?? 0) + r.weight);
  const out = new Tally<string>();
  for (const [country, w] of sums) out.add(country, country, 'all', w);
  return out;
}

/**
 * The city or site the event is held in, within the destination: its capital or another place
 * named where the event is said to happen ("the summit in Port Alvar, Queensland"), and datelines.
 */
export function venueOf(ctx: EventContext, destination: string | null, avoid: ReadonlySet<string>): { place: Place | null; tally: Tally<Place> } {
  const tally = new Tally<Place>();
  if (!destination) return { place: null, tally };
  const data = countryByName(destination);
  const capitals = new Set(data?.capitals ?? []);
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !EVENT_WORDS.test(a.sentence.text) || isBackground(a, ctx.year(a.sentence.source))) continue;
    for (const c of a.countries) {
      if (c.country !== destination) continue;
      if (c.kind === 'capital' || (c.kind === 'name' && capitals.has(c.text))) tally.add(c.text, { name: cityName(c.text), region: null, country: destination }, a.sentence.source, 1);
    }
    for (const p of placesIn(a, destination, avoid)) tally.add(p.name, p, a.sentence.source, 1);
  }
  const regions = new Map<string, string>();
  for (const a of ctx.annotated) for (const p of placesIn(a, destination, avoid)) if (p.region && !regions.has(p.name)) regions.set(p.name, p.region);
  for (const art of ctx.articles) if (ctx.counts(art.id) && art.dateline && art.datelineRegion && !countryByName(art.datelineRegion) && !regions.has(art.dateline)) regions.set(art.dateline, art.datelineRegion);
  for (const art of ctx.articles) {
    if (!ctx.counts(art.id) || !art.dateline || avoid.has(art.dateline)) continue;
    const c = countryByName(art.dateline);
    if (c && c.name !== destination) continue;
    if (c && !c.capitals.includes(art.dateline) && c.name !== art.dateline) continue;
    tally.add(art.dateline, { name: cityName(art.dateline), region: null, country: destination }, art.id, 1);
  }
  const best = tally.best()?.value ?? null;
  // The region is written with some mentions of a place and not others: any one of them gives it.
  const region = best && !best.region ? (regions.get(best.name) ?? null) : null;
  return { place: best && region ? { ...best, region } : best, tally };
}

/**
 * A sentence about an earlier time ("the last summit, in Vienna in 2022", "under former President
 * Doe"): its places are the background's, not the event's.
 */
export function isBackground(a: Annotated, year: number | null): boolean {
  if (/\b(?:former|the late|last (?:summit|visit|meeting)|previous (?:summit|visit|meeting))\b/i.test(a.sentence.text)) return true;
  return year !== null && a.dates.some((d) => d.precision === 'year' && Number(d.date) !== year);
}

/** Places in a sentence that may lie in the destination: unknown to the gazetteer, or said to be there. */
export function placesIn(a: Annotated, destination: string, avoid: ReadonlySet<string>): Place[] {
  const out: Place[] = [];
  for (const p of a.places) {
    if (avoid.has(p.name) || avoid.has(p.name.split(' ')[0]!)) continue;
    const regionCountry = p.region ? countryByName(p.region) : undefined;
    if (regionCountry && regionCountry.name !== destination) continue;
    out.push({ name: p.name, region: p.region && !regionCountry ? p.region : null, country: destination });
  }
  return out;
}

/** "Washington D.C." is written "Washington" in a brief's title. */
function cityName(text: string): string {
  return text.replace(/,?\s+D\.?C\.?$/, '');
}
