import { countryByName } from '../../extract/countries.js';
import type { Annotated } from '../../extract/index.js';
import type { Article } from '../../model/pipeline.js';
import type { Event, EventKind, Person, Place } from '../../model/schema.js';
import type { PersonRecord } from '../people.js';
import { sortIds } from '../people.js';
import type { EventContext } from './context.js';
import { addressOf, occasionOf, toursCue, typeOf } from './cues.js';
import { attends, groupName } from './grouping.js';
import { hostedBy, hostSources, pickHost, writtenOrder } from './hosts.js';
import { lowerCaseWords } from '../text.js';
import { eventDays, statedLength } from './dates.js';
import { destinationOf, EVENT_WORDS, venueOf } from './places.js';
import { strays } from './relevance.js';
import { standings, type Standing } from './salience.js';
import { stopsOf } from './stops.js';
import { summarise, titleOf } from './summary.js';

export { formatRange, summarise, titleOf } from './summary.js';

export interface EventResult {
  event: Event;
  /** A title for the brief made from the event, naming principals by the word the corpus uses. */
  title: string;
  /** Countries of people whose country the text never gave, inferred from the event (the host). */
  inferred: Map<string, string>;
  /** Sources about something else, with the reason, left out of the event and of the brief's facts. */
  strays: Map<string, string>;
}

/** "the second day of the visit", "the summit's final session": the event itself, named by its noun. */
const THE_EVENT = /\bthe\s+(?:(?:state|official|working|two-day|three-day|one-day|four-day|five-day|six-day)\s+)?(?:visit|summit|trip|tour)\b/i;

/**
 * The event block: what kind of event, its principals, where and when. Decided from the people
 * the corpus is most about, where the event is said to happen, and the shape cues of its
 * sentences; then decided again without the articles that turn out to be about something else.
 */
export function consolidateEvent(annotated: readonly Annotated[], people: readonly PersonRecord[], articles?: readonly Article[]): EventResult {
  const arts = articles ?? pseudoArticles(annotated);
  const lower = lowerCaseWords(annotated);
  const byId = new Map(arts.map((a) => [a.id, a]));
  const all = (s: string) => !byId.get(s)?.duplicateOf;
  const year = (s: string) => (byId.get(s)?.published ? Number(byId.get(s)!.published!.slice(0, 4)) : null);
  const base = { articles: arts, annotated, people, lower, year };
  const first = analyse({ ...base, counts: all });
  const out = strays({ ...base, counts: all }, first.event);
  if (!out.size) return { ...first, strays: out };
  const second = analyse({ ...base, counts: (s) => all(s) && !out.has(s) });
  return { ...second, strays: out };
}

function analyse(ctx: EventContext): Omit<EventResult, 'strays'> {
  const ranked = standings(ctx);
  const hosting = ranked.filter((s) => s.leader).map((s) => ({ country: s.person.country, sources: hostSources(ctx, s) }));
  const destination = destinationOf(ctx, hosting, ranked.find((s) => s.leader)?.person.country ?? null).best()?.value ?? null;
  const counted = ctx.articles.filter((a) => ctx.counts(a.id) && !a.duplicateOf).length;
  const group = groupName(ctx, counted, destination);
  const avoid = new Set(ctx.people.flatMap((p) => p.name.split(' ')));

  const leaders = ranked.filter((s) => s.leader);
  let kind: EventKind | null = null;
  let principals: Standing[] = [];
  let visitor: Standing | null = null;
  let host: Standing | null = null;
  const countryOf = (s: Standing) => s.person.country ?? (destination && hostedBy(ctx, s) ? destination : null);

  if (group) {
    kind = 'multilateral summit';
    const top = leaders[0]?.score ?? 0;
    host = leaders.find((s) => countryOf(s) === destination) ?? null;
    principals = leaders.filter((s) => s === host || (s.score >= top * 0.05 && attends(ctx, s, group, destination, venueName(ctx, destination, avoid))));
  } else {
    const [p1, ...rest] = leaders;
    const p2 = p1 ? rest.find((s) => countryOf(s) && countryOf(s) !== countryOf(p1)) : undefined;
    if (p1 && p2 && destination && countryOf(p1) !== destination && countryOf(p2) !== destination) {
      kind = 'summit';
      principals = writtenOrder(ctx, p1, p2);
      const local = leaders.find((s) => countryOf(s) === destination && hostedBy(ctx, s));
      host = local ?? null;
    } else if (p1) {
      visitor = [p1, p2].find((s) => s && countryOf(s) !== destination) ?? null;
      const locals = leaders.filter((s) => destination && countryOf(s) === destination && s.score >= p1.score * 0.15);
      principals = [...(visitor ? [visitor] : []), ...locals.slice(0, 2)];
      if (!visitor && p1 && !destination) visitor = p1;
      kind = 'visit';
      host = pickHost(ctx, locals);
    }
  }

  const venue = venueOf(ctx, destination, avoid).place;
  const principalSet = new Set(principals.map((s) => s.person));
  const about = (a: Annotated) =>
    [...principalSet].some((p) => p.sentences.has(a.sentence.id)) ||
    THE_EVENT.test(a.sentence.text) ||
    (venue ? a.sentence.text.includes(venue.name) : false) ||
    (group ? a.cues.groups.includes(group) : false);
  // "A twelve-day regional tour" is not the length of this stop: the sentence must name the place or the summit.
  const placeWords = [venue?.name, destination, ...(countryByName(destination ?? '')?.demonyms ?? [])].filter((w): w is string => !!w);
  const nouns = new Set(kind === 'summit' || kind === 'multilateral summit' ? ['summit', 'meeting', 'gathering', 'talks', 'conference', 'session'] : ['visit', 'trip', 'stay', 'sojourn', 'journey', 'programme', 'program', 'talks']);
  const length = statedLength(ctx, (a) => about(a) && (placeWords.some((w) => a.sentence.text.includes(w)) || /\bsummit\b/i.test(a.sentence.text)), nouns);
  const visitType = typeOf(ctx, about);
  if (kind === 'visit' && visitType) {
    kind = `${visitType} visit` as EventKind;
    if (visitType === 'state') host = pickHost(ctx, principals.filter((s) => s !== visitor), true) ?? host;
  }
  const days = eventDays(ctx, about, { arrivalCounts: kind !== 'summit' && kind !== 'multilateral summit', length, destination });

  let stops: Event['stops'] = [];
  if (visitor && destination) {
    const window = days.start && days.end ? { start: days.start, end: days.end } : null;
    stops = stopsOf(ctx, destination, (a) => visitor!.person.sentences.has(a.sentence.id) || EVENT_WORDS.test(a.sentence.text), window, avoid);
    const toured = toursCue(ctx, about);
    if (stops.length >= 3 || (stops.length >= 2 && toured)) {
      if (!visitType) kind = 'tour';
    } else stops = [];
  }

  const address = addressOf(ctx, about, counted);
  if (kind === 'visit' && !visitType && address && stops.length === 0 && (length ?? 1) <= 1) {
    // An address is the visitor's alone: the host country's leaders may sit in the gallery.
    kind = 'address';
    principals = principals.filter((s) => s === visitor);
    host = null;
  }

  const person = (s: Standing | null): Person | null =>
    s ? { name: s.person.name, role: s.person.role, country: s.person.country ?? (s === host ? destination : null) } : null;
  const location = stops[0]?.place.name ?? venue?.name ?? (destination ? (countryByName(destination)?.capitals[0]?.replace(/,?\s+D\.?C\.?$/, '') ?? null) : null);
  const occasion = occasionOf(ctx, about);
  const eventSources = new Set<string>();
  for (const a of ctx.annotated) if (ctx.counts(a.sentence.source) && about(a) && EVENT_WORDS.test(a.sentence.text)) eventSources.add(a.sentence.source);

  const venuePlace: Place | null = (kind === 'tour' ? stops[0]?.place : null) ?? venue ?? (location && destination ? { name: location, region: null, country: destination } : destination ? { name: destination, region: null, country: destination } : null);
  const event: Event = {
    summary: '',
    visitor: person(visitor),
    host: person(host),
    location: kind ? location : null,
    start: kind ? days.start : null,
    end: kind ? days.end : null,
    kind,
    ordinal: occasion?.ordinal ?? null,
    ...(kind === 'address' && address ? { occasion: address } : occasion ? { occasion: `${occasion.ordinal} ${occasion.name}` } : {}),
    sources: sortIds(eventSources),
    visitType: visitType ?? null,
    principals: principals.map((s) => person(s)!),
    venue: kind ? venuePlace : null,
    name: group,
    stops,
  };
  event.summary = summarise(event);
  const inferred = new Map<string, string>();
  if (host && !host.person.country && destination) inferred.set(host.person.name, destination);
  const short = new Map(ctx.people.map((p) => [p.name, p.surname]));
  return { event, inferred, title: titleOf(event, (p) => short.get(p.name) ?? p.name) };
}

function venueName(ctx: EventContext, destination: string | null, avoid: ReadonlySet<string>): string | null {
  return venueOf(ctx, destination, avoid).place?.name ?? null;
}

/** Unit tests hand in sentences without articles: each source becomes an untitled article. */
function pseudoArticles(annotated: readonly Annotated[]): Article[] {
  const ids = sortIds(annotated.map((a) => a.sentence.source));
  return ids.map((id) => ({ id, file: id, format: 'txt', raw: '', text: '', offsets: { clean: [], orig: [] }, title: '', outlet: '', url: null, published: null, dateline: null, words: 0, duplicateOf: null }));
}

