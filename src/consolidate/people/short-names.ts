import { titles } from '../../data/index.js';

const TITLE_WORDS = new Set(titles.titles.flatMap((t) => t.title.split(/\s+/)).concat(Object.keys(titles.abbreviations), titles.honorifics));
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}’'\-.]*)(?:\s+\p{Lu}[\p{L}’'\-.]*)*/gu;

/**
 * How often each capitalised word stands alone (after any title): the word a corpus uses for a
 * person on second mention ("Park" of "Park Min Jun", "Doe" of "Jane Doe").
 */
export function standaloneCounts(sentences: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of sentences) {
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const tokens = m[0].split(/\s+/).filter((t) => !TITLE_WORDS.has(t));
      if (tokens.length !== 1) continue;
      const t = tokens[0]!.replace(/['’]s$|[.,]$/g, '');
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The family name by the usual rule, unless the corpus plainly uses another word of the name
 * alone ("Park" of "Park Min Jun", "Wen" of "Wen Li"): more than twice as often.
 */
export function shortNameOf(name: string, counts: ReadonlyMap<string, number>, fallback: (name: string) => string): string {
  const tokens = name.split(/\s+/).filter((t) => !/^\p{Lu}\.$/u.test(t) && !/^(?:[IVX]{1,5}|Jr|Sr)$/.test(t));
  if (tokens.length <= 1) return tokens[0] ?? name;
  let best = fallback(tokens.join(' '));
  const base = counts.get(best) ?? 0;
  let bestN = base;
  for (const t of tokens) {
    const n = counts.get(t) ?? 0;
    if (n > bestN && n > 2 * base + 1) {
      best = t;
      bestN = n;
    }
  }
  return best;
}
