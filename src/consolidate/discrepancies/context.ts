import type { Annotated } from '../../extract/index.js';
import type { Article } from '../../model/pipeline.js';
import type { Event } from '../../model/schema.js';
import { isStatement, type ClaimGroup } from '../claims.js';
import { contentWords, wordSet } from '../text.js';
import type { Context, Statement } from './types.js';

/** Salient: a word found in fewer than this share of the sources (and at least two letters long). */
const COMMON_SHARE = 0.6;

export function buildContext(articles: readonly Article[], annotated: readonly Annotated[], event: Event, groups: ClaimGroup[], fallbackDate: string): Context {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items = annotated.filter(isStatement);
  const sourcesOf = new Map<string, Set<string>>();
  for (const a of items) for (const w of new Set(contentWords(a.sentence.text))) {
    let s = sourcesOf.get(w);
    if (!s) sourcesOf.set(w, (s = new Set()));
    s.add(a.sentence.source);
  }
  const nSources = new Set(items.map((a) => a.sentence.source)).size;
  const eventWords = wordSet(
    [event.visitor?.name, event.host?.name, event.visitor?.country, event.host?.country, event.location, event.visitor?.role, event.host?.role, 'visit', 'summit', 'leader', 'two', 'side', 'country', 'official', 'bilateral', 'president', 'minister', 'prime', 'government']
      .filter(Boolean)
      .join(' '),
  );
  const common = (w: string) => nSources >= 3 && (sourcesOf.get(w)?.size ?? 0) >= Math.max(2, Math.ceil(nSources * COMMON_SHARE));
  const statements: Statement[] = items.map((a) => ({
    a,
    source: a.sentence.source,
    text: a.sentence.text,
    salient: new Set(contentWords(a.sentence.text).filter((w) => !eventWords.has(w) && !common(w) && !/^\d+$/.test(w))),
    programmes: new Set(a.programmes.map((p) => p.key)),
    reference: byId.get(a.sentence.source)?.published ?? fallbackDate,
  }));
  return { statements, articles: byId, event, groups, eventWords };
}
