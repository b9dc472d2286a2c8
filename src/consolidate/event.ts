import { format } from 'date-fns';
import { titles } from '../data/index.js';
import { countryByName } from '../extract/countries.js';
import type { Annotated } from '../extract/index.js';
import type { Event, Person } from '../model/schema.js';
import type { PersonRecord } from './people.js';
import { sortIds } from './people.js';

const RANK = new Map(titles.titles.map((t) => [t.title, t.rank]));
const HOST_CUE = /(?:invitation of|talks? with|hosted by|host(?:s|ed|ing)?|meet(?:s|ing)? with|met with|welcomed by|received by|counterpart|meeting with|summit with|alongside)\s+(?:\S+\s+){0,3}$/i;

interface Tally<T> {
  value: T;
  sources: Set<string>;
  weight: number;
}

function vote<T>(tallies: Map<string, Tally<T>>, key: string, value: T, source: string, weight = 1): void {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { value, sources: new Set(), weight: 0 }));
  if (!t.sources.has(source)) t.weight += weight;
  t.sources.add(source);
}

function best<T>(tallies: Map<string, Tally<T>>): Tally<T> | null {
  let out: Tally<T> | null = null;
  let outKey = '';
  for (const [k, t] of tallies) {
    if (!out || t.weight > out.weight || (t.weight === out.weight && k < outKey)) {
      out = t;
      outKey = k;
    }
  }
  return out;
}

export interface EventResult {
  event: Event;
  /** Countries of people whose country the text never gave, inferred from the event (the host). */
  inferred: Map<string, string>;
}

/** The event block: who visits whom, where and when, voted over independent sources. */
export function consolidateEvent(annotated: readonly Annotated[], people: readonly PersonRecord[]): EventResult {
  const mentionAt = (a: Annotated, p: PersonRecord): number => {
    const full = a.sentence.text.indexOf(p.name);
    if (full >= 0) return full;
    const m = new RegExp(`(?<![\\p{L}])${p.surname}(?![\\p{L}])`, 'u').exec(a.sentence.text);
    return m ? m.index : -1;
  };

  // Visitor and destination.
  const pairs = new Map<string, Tally<{ person: PersonRecord; country: string; place: string; placeKind: string }>>();
  for (const a of annotated) {
    for (const cue of a.visits) {
      let nearest: PersonRecord | null = null;
      let at = -1;
      for (const p of people) {
        if (!p.sentences.has(a.sentence.id)) continue;
        const i = mentionAt(a, p);
        if (i >= 0 && i < cue.start && i > at) {
          nearest = p;
          at = i;
        }
      }
      if (!nearest || nearest.country === cue.place.country) continue;
      const weight = 1 + (a.dates.some((d) => d.precision === 'day') ? 0.5 : 0);
      vote(pairs, `${nearest.name}|${cue.place.country}`, { person: nearest, country: cue.place.country, place: cue.place.text, placeKind: cue.place.kind }, a.sentence.source, weight);
    }
  }
  const chosen = best(pairs);
  const visitorRec = chosen?.value.person ?? null;
  const destination = chosen?.value.country ?? null;

  // Location: the city named in visit statements to the destination, else its capital.
  const places = new Map<string, Tally<string>>();
  const dateVotes = new Map<string, Tally<{ start: string; end: string | null }>>();
  const kinds = new Map<string, Tally<string>>();
  const occasionVotes = new Map<string, Tally<{ ordinal: string; name: string }>>();
  const eventSources = new Set<string>();
  for (const a of annotated) {
    const toDestination = a.visits.filter((v) => v.place.country === destination);
    const aboutVisitor = visitorRec ? visitorRec.sentences.has(a.sentence.id) : false;
    for (const v of toDestination) if (v.place.kind === 'capital' || v.place.text !== v.place.country) vote(places, v.place.text, v.place.text, a.sentence.source);
    for (const k of a.kinds) if (aboutVisitor || toDestination.length) vote(kinds, k, k, a.sentence.source);
    for (const o of a.occasions) vote(occasionVotes, `${o.ordinal}|${o.name.toLowerCase()}`, { ordinal: o.ordinal, name: o.name }, a.sentence.source, aboutVisitor || toDestination.length ? 1.5 : 1);
    // A statement about the visit: a visit cue to the destination, or the visitor named with the
    // visit, the summit or the destination itself ("X will be in Japan on 8–10 June").
    const mentionsDestination = a.countries.some((c) => c.country === destination && c.kind !== 'demonym');
    if (!toDestination.length && !(aboutVisitor && (/\b(?:visit|summit|trip|tour|talks|host|hosts|hosted)\b/i.test(a.sentence.text) || mentionsDestination))) continue;
    if (toDestination.length && aboutVisitor) eventSources.add(a.sentence.source);
    for (const d of a.dates) {
      if (d.precision !== 'day') continue;
      let end = d.endDate;
      if (!end && a.visitDays && a.visitDays > 1) end = addDays(d.date, a.visitDays - 1);
      // A weekday ("arrives on Monday") counts, less than a date written out.
      vote(dateVotes, `${d.date}|${end ?? ''}`, { start: d.date, end }, a.sentence.source, (end ? 1.2 : 1) * (d.weekday ? 0.6 : 1));
    }
  }
  const when = best(dateVotes);
  let start = when?.value.start ?? null;
  let end = when?.value.end ?? null;
  if (start && !end) {
    // A start alone: take the most voted end among statements with the same start.
    const ends = [...dateVotes.values()].filter((t) => t.value.start === start && t.value.end).sort((x, y) => y.weight - x.weight);
    end = ends[0]?.value.end ?? start;
  }
  const location = best(places)?.value ?? (destination ? (countryByName(destination)?.capitals[0] ?? null) : null);

  // Host: a head of state or government of the destination, named as inviting, meeting or hosting.
  let host: PersonRecord | null = null;
  let hostScore = 0;
  for (const p of people) {
    if (p === visitorRec || !p.role || (RANK.get(p.role) ?? 4) > 2) continue;
    if (p.country && p.country !== destination) continue;
    let score = p.mentions ?? 0;
    for (const a of annotated) {
      if (!p.sentences.has(a.sentence.id)) continue;
      const i = mentionAt(a, p);
      if (i > 0 && HOST_CUE.test(a.sentence.text.slice(Math.max(0, i - 60), i))) score += 3;
    }
    if (score > hostScore || (score === hostScore && host && p.name < host.name)) {
      host = p;
      hostScore = score;
    }
  }
  const inferred = new Map<string, string>();
  if (host && !host.country && destination) inferred.set(host.name, destination);

  const visitor: Person | null = visitorRec ? { name: visitorRec.name, role: visitorRec.role, country: visitorRec.country } : null;
  const hostPerson: Person | null = host ? { name: host.name, role: host.role, country: host.country ?? destination } : null;
  const kind = best(kinds)?.value ?? null;
  const occasion = best(occasionVotes)?.value ?? null;
  const event: Event = {
    summary: '',
    visitor,
    host: hostPerson,
    location,
    start,
    end,
    kind,
    ordinal: occasion?.ordinal ?? null,
    sources: sortIds(eventSources.size ? eventSources : (chosen?.sources ?? [])),
  };
  event.summary = summarise(event, destination, occasion);
  return { event: { ...event, ...(occasion ? { occasion: `${occasion.ordinal} ${occasion.name}` } : {}) }, inferred };
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function formatRange(start: string | null, end: string | null): string | null {
  if (!start) return null;
  const s = new Date(`${start}T00:00:00Z`);
  const day = (d: Date) => format(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), 'd MMMM yyyy');
  if (!end || end === start) return day(s);
  const e = new Date(`${end}T00:00:00Z`);
  if (s.getUTCFullYear() === e.getUTCFullYear() && s.getUTCMonth() === e.getUTCMonth()) return `${s.getUTCDate()}–${day(e)}`;
  return `${day(s)} – ${day(e)}`;
}

function describe(p: Person | null): string | null {
  if (!p) return null;
  return [p.country ? demonymOf(p.country) : null, p.role, p.name].filter(Boolean).join(' ');
}

function demonymOf(country: string): string {
  return countryByName(country)?.demonyms[0] ?? country;
}

/** One sentence, built only from the facts found. */
function summarise(e: Event, destination: string | null, occasion: { ordinal: string; name: string } | null): string {
  const who = describe(e.visitor);
  const where = [e.location, destination && destination !== e.location ? destination : null].filter(Boolean).join(', ');
  const when = formatRange(e.start, e.end);
  if (!who && !where) return 'The articles do not name a visit; see the overview.';
  const parts = [`${who ?? 'A delegation'} ${e.kind ? `makes ${/^[aeiou]/i.test(e.kind) ? 'an' : 'a'} ${e.kind}` : 'visits'}${where ? `${e.kind ? ' to' : ''} ${where}` : ''}`];
  if (when) parts.push(`on ${when}`);
  if (occasion) parts.push(`for the ${occasion.ordinal} ${occasion.name}`);
  let s = parts.join(' ');
  if (e.host) s += `, hosted by ${describe({ ...e.host, country: null })}`;
  return `${s}.`;
}
