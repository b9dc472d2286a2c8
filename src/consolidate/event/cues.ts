import type { Annotated } from '../../extract/index.js';
import { Tally, type EventContext } from './context.js';

/** What the sentences about the event say of its shape: its type, a tour, an address, an occasion. */
export function typeOf(ctx: EventContext, about: (a: Annotated) => boolean): 'state' | 'official' | 'working' | null {
  const tally = new Tally<string>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const k of a.kinds) if (about(a) || /\bvisit\b/.test(k)) tally.add(k, k, a.sentence.source);
  }
  const best = tally.best()?.value.split(' ')[0];
  return best === 'state' || best === 'official' || best === 'working' ? best : null;
}

export function toursCue(ctx: EventContext, about: (a: Annotated) => boolean): boolean {
  const sources = new Set<string>();
  for (const a of ctx.annotated) if (ctx.counts(a.sentence.source) && a.cues.tour && about(a)) sources.add(a.sentence.source);
  for (const art of ctx.articles) if (ctx.counts(art.id) && /\btour\b/i.test(art.title)) sources.add(art.id);
  return sources.size >= 2;
}

/** The body addressed, when half the sources or more report the address. */
export function addressOf(ctx: EventContext, about: (a: Annotated) => boolean, counted: number): string | null {
  const tally = new Tally<string>();
  for (const a of ctx.annotated) if (ctx.counts(a.sentence.source) && a.cues.address && about(a)) tally.add(a.cues.address, a.cues.address, a.sentence.source);
  const best = tally.best();
  if (!best || best.sources.size < Math.max(2, counted / 2)) return null;
  // "the Assembly" is the "Assembly of Ocean States" that another sentence names in full.
  const full = tally.ranked().find((r) => r.value.length > best.value.length && r.value.startsWith(best.value))?.value ?? best.value;
  return `the ${full.replace(/^the\s+/i, '')}`;
}

export function occasionOf(ctx: EventContext, about: (a: Annotated) => boolean): { ordinal: string; name: string } | null {
  const tally = new Tally<{ ordinal: string; name: string }>();
  for (const a of ctx.annotated) {
    if (!ctx.counts(a.sentence.source)) continue;
    for (const o of a.occasions) tally.add(`${o.ordinal}|${o.name.toLowerCase()}`, { ordinal: o.ordinal, name: o.name }, a.sentence.source, about(a) ? 1.5 : 1);
  }
  // "their first summit" is not an occasion; "the 12th Harbour Dialogue" and "the 23rd annual summit" are.
  const best = tally.ranked().find((r) => /\p{Lu}/u.test(r.value.name) || (Number.parseInt(r.value.ordinal, 10) >= 2 && r.sources.size >= 2 && /\b(?:annual|bilateral|joint|intergovernmental)\b/i.test(r.value.name)));
  return best?.value ?? null;
}
