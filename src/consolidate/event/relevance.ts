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
  const bySource = new Map<string, { total: number; hits: number; principals: number }>();
  for (const a of ctx.annotated) {
    const s = bySource.get(a.sentence.source) ?? { total: 0, hits: 0, principals: 0 };
    s.total++;
    if (names(a.sentence.text)) s.hits++;
    if (pairs.some((p) => p.test(a.sentence.text))) s.principals++;
    bySource.set(a.sentence.source, s);
  }
  const similarity = similarities(ctx);
  const sorted = [...similarity.values()].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  for (const art of ctx.articles) {
    const s = bySource.get(art.id);
    if (art.duplicateOf || !s || s.total < 4 || names(art.title)) continue;
    // Both tests must agree: few sentences name the event, and the words are not the corpus's words;
    // or no principal is named at all and the words are far from the corpus's (a local story datelined in the host city).
    const sim = similarity.get(art.id) ?? 0;
    const low = s.hits / s.total < MIN_SHARE && sim < median * MIN_SIMILARITY;
    const unrelated = !s.principals && sim < median * FAR_SIMILARITY;
    if (low || unrelated) out.set(art.id, 'not about this event');
  }
  return out;
}

/** An article this much less like the rest than the median article is is about something else. */
const MIN_SIMILARITY = 0.78;
const FAR_SIMILARITY = 0.6;
const STOP = new Set(
  'that this with from have will they their there which would about been were what when said says also more than into after over some other could them only just like most even very such being while where because should those these does under again before between against during through your ours year years people told'.split(' '),
);

/**
 * How like the rest of the corpus each article is: the cosine of its TF-IDF vector with the sum
 * of all the others (words of four letters or more, in at least two articles).
 */
function similarities(ctx: EventContext): Map<string, number> {
  const arts = ctx.articles.filter((a) => !a.duplicateOf);
  const counts = arts.map((a) => {
    const m = new Map<string, number>();
    for (const w of `${a.title} ${a.text}`.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []) if (!STOP.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = arts.length;
  const vectors = counts.map((m) => {
    const v = new Map<string, number>();
    for (const [w, c] of m) {
      const d = df.get(w)!;
      if (d >= 2) v.set(w, (1 + Math.log(c)) * Math.log(1 + n / d));
    }
    return v;
  });
  // The sum vector as an array in first-seen order, so that the norm of "all but this one" is a
  // tight loop over numbers, summed in the same order (and so to the same bits) as over the map.
  const id = new Map<string, number>();
  const sums: number[] = [];
  for (const v of vectors) {
    for (const [w, x] of v) {
      const k = id.get(w);
      if (k === undefined) id.set(w, sums.push(x) - 1);
      else sums[k] = sums[k]! + x;
    }
  }
  const total = Float64Array.from(sums);
  const own = new Float64Array(total.length);
  const out = new Map<string, number>();
  vectors.forEach((v, i) => {
    let dot = 0;
    let nv = 0;
    let nr = 0;
    for (const [w, x] of v) {
      const k = id.get(w)!;
      nv += x * x;
      dot += x * (total[k]! - x);
      own[k] = x;
    }
    for (let k = 0; k < total.length; k++) {
      const r = total[k]! - own[k]!;
      nr += r * r;
    }
    for (const w of v.keys()) own[id.get(w)!] = 0;
    out.set(arts[i]!.id, nv && nr ? dot / Math.sqrt(nv * nr) : 0);
  });
  return out;
}

/** A phrase as a literal in a regular expression. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
