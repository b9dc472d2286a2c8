import { titles } from '../../data/index.js';
import { countryByName } from '../../extract/countries.js';
import { eventCues } from '../../extract/event-cues.js';
import type { Annotated } from '../../extract/index.js';
import type { Article } from '../../model/pipeline.js';
import type { Event, EventKind, Person, Place } from '../../model/schema.js';
import type { PersonRecord } from '../people.js';
import { sortIds } from '../people.js';
import { Tally, type EventContext } from './context.js';
import { eventDays, statedLength } from './dates.js';
import { destinationOf, EVENT_WORDS, isBackground, venueOf } from './places.js';
import { strays } from './relevance.js';
import { rankOf, standings, type Standing } from './salience.js';
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

/** Of a grouping named this share of sources or more, the event is that grouping's summit. */
const GROUP_SHARE = 0.35;
const HOST_CUE = /(?:invitation of|hosted by|host(?:s|ed|ing)?|welcomed by|received by|chaired by|welcom(?:e|es|ed|ing))\s+(?:\S+\s+){0,4}$|^\S*\s*(?:,\s*)?(?:who\s+(?:is\s+|was\s+)?)?(?:(?:will|to)\s+)?(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|greet(?:s|ed)?|receiv(?:e|es|ed|ing)|chair(?:s|ed|ing)?)\b|(?:host|chair)\s+(?:of\s+the\s+\S+\s+)?\S*,?\s*$/i;
/** "the second day of the visit", "the summit's final session": the event itself, named by its noun. */
const THE_EVENT = /\bthe\s+(?:(?:state|official|working|two-day|three-day|one-day|four-day|five-day|six-day)\s+)?(?:visit|summit|trip|tour)\b/i;
const HEAD_OF_STATE = new Set(titles.titles.filter((t) => t.rank === 1).map((t) => t.title));

/**
 * The event block: what kind of event, its principals, where and when. Decided from the people
 * the corpus is most about, where the event is said to happen, and the shape cues of its
 * sentences; then decided again without the articles that turn out to be about something else.
 */
export function consolidateEvent(annotated: readonly Annotated[], people: readonly PersonRecord[], articles?: readonly Article[]): EventResult {
  const arts = articles ?? pseudoArticles(annotated);
  const lower = lowerWords(annotated);
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

/**
 * The grouping whose summit it is: named by enough independent sources, in headlines, and not
 * mostly as a summit somewhere other than the destination ("before the CSF summit in Vanuatu").
 */
function groupName(ctx: EventContext, counted: number, destination: string | null): string | null {
  // "Coral Sea Forum" and "CSF" are one grouping: a full name is filed under its initials.
  const full = new Map<string, string>();
  for (const a of ctx.annotated) for (const g of a.cues.groups) if (g.includes(' ')) full.set(initials(g), g);
  // "Leaders of the Coral Sea Forum (CSF)": a name spelt out beside its initials.
  for (const a of ctx.annotated) for (const m of a.sentence.text.matchAll(SPELT_OUT)) if (initials(m[1]!) === m[2]) full.set(m[2]!, m[1]!);
  const acronyms = new Set<string>();
  for (const a of ctx.annotated) for (const g of a.cues.groups) if (/^[A-Z]{2,6}$/.test(g) && !full.has(g)) acronyms.add(g);
  // "Leaders of the Coral Sea Forum opened…": a capitalised name whose initials are a grouping's acronym.
  if (acronyms.size) for (const a of ctx.annotated) for (const m of a.sentence.text.matchAll(CAPITALISED)) if (acronyms.has(initials(m[0])) && !full.has(initials(m[0]))) full.set(initials(m[0]), m[0]);
  const keyOf = (g: string) => (g.includes(' ') ? initials(g) : g);
  const tally = new Tally<string>();
  const elsewhere = new Map<string, number>();
  // A headline naming the grouping's summit counts as much as a sentence does.
  for (const art of ctx.articles) if (ctx.counts(art.id)) for (const g of eventCues(art.title).groups) tally.add(keyOf(g), keyOf(g), art.id);
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const g of a.cues.groups) {
      const key = keyOf(g);
      tally.add(key, key, a.sentence.source);
      if (isBackground(a, ctx.year(a.sentence.source))) continue;
      const where = a.countries.filter((c) => c.kind !== 'demonym' && /\b(?:in|at)\s+(?:the\s+)?$/i.test(a.sentence.text.slice(Math.max(0, c.start - 8), c.start)));
      if (where.length) elsewhere.set(key, (elsewhere.get(key) ?? 0) + (where.every((c) => c.country !== destination) ? 1 : -1));
    }
  }
  for (const r of tally.ranked()) {
    const names = [r.key, full.get(r.key)].filter((n): n is string => !!n).map((n) => n.replace(/^G(\d)/, 'G-?$1'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const inHeadlines = ctx.articles.filter((art) => ctx.counts(art.id) && re.test(art.title)).length;
    const share = r.sources.size / Math.max(1, counted);
    if (r.sources.size < 2 || share < GROUP_SHARE || (elsewhere.get(r.key) ?? 0) > 0) continue;
    if (inHeadlines >= 2 || (inHeadlines >= 1 && share >= 0.5)) return full.get(r.key) ?? r.value;
  }
  return null;
}

const CAPITALISED = /(?:\p{Lu}[\p{L}’'-]+\s+){1,4}\p{Lu}[\p{L}’'-]+/gu;
const SPELT_OUT = /((?:\p{Lu}[\p{L}’'-]+\s+){1,5}\p{Lu}[\p{L}’'-]+)\s+\(([A-Z]{2,6})\)/gu;

/** "Coral Sea Forum" → "CSF". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * A leader takes part in a grouping's summit when sentences put them there (named with the
 * grouping, the summit, its venue or its country, or among the leaders), and no more often
 * as staying away, shut out, or meeting someone elsewhere.
 */
function attends(ctx: EventContext, s: Standing, group: string, destination: string | null, venue: string | null): boolean {
  let there = 0;
  let away = 0;
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !s.person.sentences.has(a.sentence.id)) continue;
    const text = a.sentence.text;
    if (ABSENT.test(text)) {
      away++;
      continue;
    }
    const atSummit =
      a.cues.groups.some((g) => g === group || initialsOf(g) === initialsOf(group)) ||
      a.cues.summit ||
      /\b(?:leaders|attend(?:s|ed|ing)?|arrived|opening|communiqu[eé]|declaration|sidelines)\b/i.test(text) ||
      (!!venue && text.includes(venue)) ||
      (!!destination && a.countries.some((c) => c.country === destination && c.kind !== 'demonym'));
    if (!atSummit) continue;
    // "leaves for Ruritania ahead of his meeting with X": X is met somewhere else.
    const present = new Set(ctx.people.filter((p) => p.sentences.has(a.sentence.id)).map((p) => p.country));
    const other = a.countries.some((c) => c.country !== destination && !present.has(c.country) && c.kind !== 'demonym' && /\b(?:to|in|for|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.start - 8), c.start)));
    if (other) away++;
    else there++;
  }
  return there >= 1 && there > away;
}

const ABSENT = /\b(?:pull(?:s|ed)?\s+out|absen(?:t|ce)|skip(?:s|ped|ping)?|stay(?:s|ed)?\s+away|(?:did|will|would)\s+not\s+attend|won[’']t\s+attend|not\s+attending|declin(?:ed|es)\s+(?:to|the|an)|ousted|expelled|kicked\s+out|suspended|readmit(?:ted)?|back\s+in(?:to)?\b|rejoin|return\s+to\s+the|excluded|not\s+invited|uninvited|sent\s+(?:his|her)\s+(?:deputy|foreign\s+minister))\b/i;

function initialsOf(name: string): string {
  return name.includes(' ') ? initials(name) : name;
}

function venueName(ctx: EventContext, destination: string | null, avoid: ReadonlySet<string>): string | null {
  return venueOf(ctx, destination, avoid).place?.name ?? null;
}

/** Two leaders in the order the corpus names them together ("Doe and Roe", "the Doe-Roe summit"). */
function writtenOrder(ctx: EventContext, a: Standing, b: Standing): [Standing, Standing] {
  let first = 0;
  for (const s of ctx.annotated) {
    if (!ctx.counts(s.sentence.source) || !a.person.sentences.has(s.sentence.id) || !b.person.sentences.has(s.sentence.id)) continue;
    const i = s.sentence.text.indexOf(a.person.surname);
    const j = s.sentence.text.indexOf(b.person.surname);
    if (i >= 0 && j >= 0) first += i < j ? 1 : -1;
  }
  return first < 0 ? [b, a] : [a, b];
}

/** Named as hosting, welcoming or receiving somewhere in the corpus. */
function hostedBy(ctx: EventContext, s: Standing): boolean {
  return hostSources(ctx, s).length > 0;
}

/** The sources that name the person hosting, chairing, welcoming or receiving. */
function hostSources(ctx: EventContext, s: Standing): string[] {
  const out = new Set<string>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source) || !s.person.sentences.has(a.sentence.id)) continue;
    const text = a.sentence.text;
    const at = text.indexOf(s.person.surname);
    if (at < 0) continue;
    if (HOST_CUE.test(text.slice(Math.max(0, at - 50), at)) || HOST_CUE.test(text.slice(at + s.person.surname.length, at + s.person.surname.length + 40))) out.add(a.sentence.source);
  }
  return [...out];
}

/** The host among the destination's leaders: a head of state for a state visit, else the one named hosting, else the most salient. */
function pickHost(ctx: EventContext, locals: readonly Standing[], stateVisit = false): Standing | null {
  if (!locals.length) return null;
  if (stateVisit) {
    const head = locals.find((s) => s.person.role && HEAD_OF_STATE.has(s.person.role));
    if (head) return head;
  }
  return locals.find((s) => hostedBy(ctx, s)) ?? locals[0]!;
}

function typeOf(ctx: EventContext, about: (a: Annotated) => boolean): 'state' | 'official' | 'working' | null {
  const tally = new Tally<string>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const k of a.kinds) if (about(a) || /\bvisit\b/.test(k)) tally.add(k, k, a.sentence.source);
  }
  const best = tally.best()?.value.split(' ')[0];
  return best === 'state' || best === 'official' || best === 'working' ? best : null;
}

function toursCue(ctx: EventContext, about: (a: Annotated) => boolean): boolean {
  const sources = new Set<string>();
  for (const a of ctx.annotated) if (ctx.counts(a.sentence.source) && a.cues.tour && about(a)) sources.add(a.sentence.source);
  for (const art of ctx.articles) if (ctx.counts(art.id) && /\btour\b/i.test(art.title)) sources.add(art.id);
  return sources.size >= 2;
}

/** The body addressed, when half the sources or more report the address. */
function addressOf(ctx: EventContext, about: (a: Annotated) => boolean, counted: number): string | null {
  const tally = new Tally<string>();
  for (const a of ctx.annotated) if (ctx.counts(a.sentence.source) && a.cues.address && about(a)) tally.add(a.cues.address, a.cues.address, a.sentence.source);
  const best = tally.best();
  if (!best || best.sources.size < Math.max(2, counted / 2)) return null;
  // "the Assembly" is the "Assembly of Ocean States" that another sentence names in full.
  const full = tally.ranked().find((r) => r.value.length > best.value.length && r.value.startsWith(best.value))?.value ?? best.value;
  return `the ${full.replace(/^the\s+/i, '')}`;
}

function occasionOf(ctx: EventContext, about: (a: Annotated) => boolean): { ordinal: string; name: string } | null {
  const tally = new Tally<{ ordinal: string; name: string }>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const o of a.occasions) tally.add(`${o.ordinal}|${o.name.toLowerCase()}`, { ordinal: o.ordinal, name: o.name }, a.sentence.source, about(a) ? 1.5 : 1);
  }
  // "their first summit" is not an occasion; "the 12th Harbour Dialogue" and "the 23rd annual summit" are.
  const best = tally.ranked().find((r) => /\p{Lu}/u.test(r.value.name) || (Number.parseInt(r.value.ordinal, 10) >= 2 && r.sources.size >= 2 && /\b(?:annual|bilateral|joint|intergovernmental)\b/i.test(r.value.name)));
  return best?.value ?? null;
}

function lowerWords(annotated: readonly Annotated[]): Set<string> {
  const out = new Set<string>();
  for (const a of annotated) for (const w of a.sentence.text.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]+/gu)) out.add(w[0]);
  return out;
}

/** Unit tests hand in sentences without articles: each source becomes an untitled article. */
function pseudoArticles(annotated: readonly Annotated[]): Article[] {
  const ids = sortIds(annotated.map((a) => a.sentence.source));
  return ids.map((id) => ({ id, file: id, format: 'txt', raw: '', text: '', offsets: { clean: [], orig: [] }, title: '', outlet: '', url: null, published: null, dateline: null, words: 0, duplicateOf: null }));
}

export { rankOf };
