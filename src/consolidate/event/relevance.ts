import { countryByName } from '../../extract/countries.js';
import type { Event } from '../../model/schema.js';
import { personPattern, type EventContext } from './context.js';

/** Below this share of sentences naming the event, an article whose headline does not is about something else. */
const MIN_SHARE = 0.1;
const EVENT_NOUN = /\b(?:summit|state visit|official visit|visit|trip|tour)\b/i;

/**
 * Terms that single the event out of everything else its principals do: the destination and
 * its people for a visit (a visiting leader is in the news for many things), the venue, the
 * grouping's name, both principals of a summit together.
 */
function specificTerms(ctx: EventContext, e: Event): { re: RegExp | null; hosts: RegExp[]; pairs: RegExp[] } {
  const words = new Set<string>();
  if (e.venue?.name) words.add(e.venue.name);
  if (e.venue?.region) words.add(e.venue.region);
  if (e.name) words.add(e.name);
  for (const s of e.stops ?? []) words.add(s.place.name);
  const country = e.venue?.country ?? null;
  if (country && e.kind !== 'multilateral summit') {
    const c = countryByName(country);
    for (const n of [country, ...(c?.names ?? []), ...(c?.demonyms ?? []), ...(c?.capitals ?? [])]) if (n.length > 2) words.add(n);
  }
  const re = words.size ? new RegExp(`(?<![\\p{L}])(?:${[...words].map(escape).join('|')})(?![\\p{L}])`, 'u') : null;
  const principals = ctx.people.filter((p) => (e.principals ?? []).some((q) => q.name === p.name));
  const hosts = principals.filter((p) => country && p.country === country && e.kind !== 'summit').map((p) => personPattern(p, ctx.lower));
  const pairs = principals.map((p) => personPattern(p, ctx.lower));
  return { re, hosts, pairs };
}

/**
 * Articles about something else: neither the headline nor a tenth of the sentences name what
 * singles the event out. Read against the event found from every article, then the event is
 * found again without them.
 */
export function strays(ctx: EventContext, e: Event): Map<string, string> {
  const out = new Map<string, string>();
  if (!e.kind) return out;
  const { re, hosts, pairs } = specificTerms(ctx, e);
  const names = (text: string) => {
    if (re?.test(text) || hosts.some((h) => h.test(text))) return true;
    const n = pairs.filter((p) => p.test(text)).length;
    return n >= 2 || (n >= 1 && EVENT_NOUN.test(text) && e.kind !== 'multilateral summit') || (e.kind === 'multilateral summit' && /\bsummit\b/i.test(text));
  };
  const bySource = new Map<string, { total: number; hits: number }>();
  for (const a of ctx.annotated) {
    const s = bySource.get(a.sentence.source) ?? { total: 0, hits: 0 };
    s.total++;
    if (names(a.sentence.text)) s.hits++;
    bySource.set(a.sentence.source, s);
  }
  for (const art of ctx.articles) {
    const s = bySource.get(art.id);
    if (art.duplicateOf || !s || s.total < 4 || names(art.title)) continue;
    if (s.hits / s.total < MIN_SHARE) out.set(art.id, 'not about this event');
  }
  return out;
}

/** A phrase as a literal in a regular expression. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
