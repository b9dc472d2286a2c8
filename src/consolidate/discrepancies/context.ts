import type { Annotated } from '../../extract/index.js';
import { referenceDate, type Article } from '../../model/pipeline.js';
import type { Event } from '../../model/schema.js';
import { isStatement, type ClaimGroup } from '../claims.js';
import { contentWords, wordSet } from '../text.js';
import type { Context, Statement } from './types.js';

/** Salient: a word found in at most this share of all statements; more common words name no subject. */
const COMMON_SHARE = 0.12;
const DIGITS = /^\d+$/;
/** Shared by every statement with no programme or no sentence before it: one empty set, not one each. */
const NOTHING: ReadonlySet<string> = new Set();

export function buildContext(articles: readonly Article[], annotated: readonly Annotated[], event: Event, groups: ClaimGroup[], fallbackDate: string): Context {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items = annotated.filter(isStatement);
  const statementsWith = new Map<string, number>();
  const words = items.map((a) => contentWords(a.sentence.text));
  for (const ws of words) for (const w of new Set(ws)) statementsWith.set(w, (statementsWith.get(w) ?? 0) + 1);
  const eventWords = wordSet(
    [event.visitor?.name, event.host?.name, event.visitor?.country, event.host?.country, event.location, event.visitor?.role, event.host?.role, 'visit', 'summit', 'leader', 'two', 'side', 'country', 'official', 'bilateral', 'president', 'minister', 'prime', 'government']
      .filter(Boolean)
      .join(' '),
  );
  const limit = Math.max(8, Math.ceil(items.length * COMMON_SHARE));
  const common = (w: string) => (statementsWith.get(w) ?? 0) > limit;
  const salient = words.map((ws) => new Set(ws.filter((w) => !eventWords.has(w) && !common(w) && !DIGITS.test(w))));
  const statements: Statement[] = items.map((a, i) => {
    const before = items[i - 1];
    const sameParagraph = before && before.sentence.source === a.sentence.source && before.sentence.paragraph === a.sentence.paragraph;
    return {
      a,
      source: a.sentence.source,
      text: a.sentence.text,
      salient: salient[i]!,
      near: sameParagraph ? salient[i - 1]! : NOTHING,
      programmes: a.programmes.length ? new Set(a.programmes.map((p) => p.key)) : NOTHING,
      reference: referenceDate(byId.get(a.sentence.source)!, fallbackDate),
    };
  });
  return { statements, articles: byId, event, groups, eventWords };
}
