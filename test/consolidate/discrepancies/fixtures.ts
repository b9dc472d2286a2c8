import { expect } from 'vitest';
import { groupClaims, isStatement } from '../../../src/consolidate/claims.js';
import { buildContext } from '../../../src/consolidate/discrepancies/index.js';
import type { Context, Detector } from '../../../src/consolidate/discrepancies/types.js';
import { consolidateEvent } from '../../../src/consolidate/event.js';
import { mergePeople } from '../../../src/consolidate/people.js';
import type { Article } from '../../../src/model/pipeline.js';
import type { Discrepancy } from '../../../src/model/schema.js';
import { prepare, type StoryInput } from '../helpers.js';

// Every person, outlet and event in these fixtures is invented; countries and cities are real.

export const FALLBACK = '2026-06-01';

/** One short invented article: `story('a', '2026-03-09', 'Vistula Courier', ['First paragraph.', …])`. */
export function story(name: string, date: string, outlet: string, paragraphs: string[]): StoryInput {
  return { path: `${name}.txt`, date, outlet, title: `${outlet} report`, paragraphs };
}

/** The invented visit every fixture is about: a Chilean president in Poland, Tuesday 10 – Thursday 12 March 2026. */
export const VISIT_START = '2026-03-10';
export const VISIT_END = '2026-03-12';
const LEAD = 'Chilean President Marta Quilodrán will visit Poland on March 10-12 at the invitation of Polish President Jerzy Wilczek';
/** Each outlet opens in its own words, so no story reads as a copy of another. */
const TAILS = ['the foreign ministry said', 'officials in Santiago confirmed', 'aides to both presidents said', 'according to the presidential office'];
export const OUTLETS = ['Vistula Courier', 'Andes Ledger', 'Baltic Digest', 'Cordillera Post'];

/**
 * One story per entry, each opening with the visit and then its own paragraphs:
 * `outlets(['Talks lasted 90 minutes …'], ['Two hours of talks …'])`. Dates default to the eve of the visit.
 */
export function outlets(...bodies: (string[] | { date: string; paragraphs: string[] })[]): StoryInput[] {
  return bodies.map((b, i) => {
    const { date, paragraphs } = Array.isArray(b) ? { date: '2026-03-09', paragraphs: b } : b;
    return story(String.fromCharCode(97 + i), date, OUTLETS[i]!, [`${LEAD}, ${TAILS[i]}.`, ...paragraphs]);
  });
}

export interface Built {
  ctx: Context;
  articles: Article[];
}

/**
 * The detectors' input built the way `consolidate` builds it: ingest → copies marked → segment →
 * extract (copies left out), then people, the event block and claim groups, then `buildContext`.
 */
export function contextOf(stories: readonly StoryInput[], fallbackDate = FALLBACK): Built {
  const { articles, annotated } = prepare(stories, fallbackDate);
  const people = mergePeople(annotated);
  const { event } = consolidateEvent(annotated, people);
  const groups = groupClaims(annotated.filter(isStatement));
  return { ctx: buildContext(articles, annotated, event, groups, fallbackDate), articles };
}

/** What one detector finds in the stories, with the articles to check quotes against. */
export function detect(detector: Detector, stories: readonly StoryInput[], fallbackDate = FALLBACK): { found: Discrepancy[]; articles: Article[]; ctx: Context } {
  const { ctx, articles } = contextOf(stories, fallbackDate);
  return { found: detector.detect(ctx), articles, ctx };
}

/** Every claim's quote is an exact substring of its own source's cleaned article text. */
export function expectVerbatim(d: Discrepancy, articles: readonly Article[]): void {
  for (const c of d.claims) {
    const article = articles.find((a) => a.id === c.source);
    expect(article, `source ${c.source}`).toBeDefined();
    expect(c.quote.length).toBeGreaterThan(0);
    expect(article!.text.includes(c.quote), `“${c.quote}” is not verbatim in ${c.source}`).toBe(true);
  }
}

/** The claims' sources and values, for compact assertions. */
export const told = (d: Discrepancy) => d.claims.map((c) => ({ source: c.source, value: c.value }));

/** The one discrepancy found, asserted to be the only one. */
export function only(found: Discrepancy[]): Discrepancy {
  expect(found.map((d) => d.topic)).toHaveLength(1);
  return found[0]!;
}
