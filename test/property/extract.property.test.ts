import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/pipeline.js';
import { segment } from '../../src/segment/index.js';
import { anyText, asOfDay, dateSentence, hostileText, isValidIso } from './arbitraries.js';

const RUNS = 300;

/** An article whose cleaned text is exactly `text` (no ingest in between). */
function articleOf(text: string, published: string | null): Article {
  return {
    id: 'S1',
    file: 'a.txt',
    format: 'txt',
    raw: text,
    text,
    offsets: { clean: [0], orig: [0] },
    title: 'Title',
    outlet: 'unattributed',
    url: null,
    published,
    dateline: null,
    words: text.split(/\s+/).filter(Boolean).length,
    duplicateOf: null,
  };
}

/** Cleaned text is one paragraph per line with no carriage returns: what ingest hands on. */
const cleanedText = fc
  .oneof(anyText(400), hostileText(400))
  .map((t) => t.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).join('\n'));

/** Paragraphs of arbitrary or hostile text mixed with sentences that carry dates. */
const paragraphs = (maxDay: number) =>
  fc
    .array(fc.oneof(cleanedText, anyText(200), dateSentence(maxDay), dateSentence(maxDay)), { minLength: 1, maxLength: 4 })
    .map((ps) => ps.join('\n'));

/** Articles two ways: the text as given, and the text as ingest cleans it from a .txt file. */
const articleWith = (maxDay: number) =>
  fc
    .record({
      text: paragraphs(maxDay),
      published: fc.option(asOfDay, { nil: null }),
      viaIngest: fc.boolean(),
    })
    .map(({ text, published, viaIngest }) => {
      if (!viaIngest) return articleOf(text, published);
      const date = published ? `date: ${published}\n` : '';
      return ingest([{ path: 'a.txt', bytes: new TextEncoder().encode(date + text) }]).articles[0] ?? articleOf(text, published);
    });
const article = articleWith(31);

const run = (a: Article, fallbackDate: string) => {
  const sentences = segment(a);
  return { sentences, annotated: extractArticle(a, sentences, { fallbackDate }) };
};

describe('segment + extractArticle (property)', () => {
  it('never throw on arbitrary article texts', () => {
    fc.assert(
      fc.property(article, asOfDay, (a, fallback) => {
        const { sentences, annotated } = run(a, fallback);
        expect(annotated).toHaveLength(sentences.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every sentence span within the article text', () => {
    fc.assert(
      fc.property(article, (a) => {
        for (const s of segment(a)) {
          expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.end).toBeLessThanOrEqual(a.text.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every date mention span within its sentence text', () => {
    fc.assert(
      fc.property(article, asOfDay, (a, fallback) => {
        for (const { sentence, dates } of run(a, fallback).annotated) {
          for (const d of dates) {
            expect(d.start).toBeGreaterThanOrEqual(0);
            expect(d.start).toBeLessThanOrEqual(d.end);
            expect(d.end).toBeLessThanOrEqual(sentence.text.length);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  // BUG (src/extract/dates.ts): day numbers are checked against 31 at most, never against the month,
  // so impossible calendar days come out as "valid" day-precision dates. fast-check found (shrunk):
  //  - "They met from 30 to 31 February." (any reference) → date "2025-02-30", endDate "2025-02-31"
  //    (DAY_SPAN branch);
  //  - "They met from 1 to 29 Feb." with reference 1990-01-01 → endDate "1990-02-29" (not a leap year);
  //  - "The talks were held on April 30 and 31." → endDate "2025-04-31" ("and" branch);
  //  - "The visit ran from 29 Feb to 1 Feb 1990." with reference 2007-09-01 → date "1989-02-29"
  //    (chrono range: the start year is put back one year without re-checking the day).
  // The first is given as an explicit example so this fails on every run, not only when the
  // generator happens upon such a day.
  it.fails('emits only valid ISO dates of the declared precision', () => {
    fc.assert(
      fc.property(article, asOfDay, (a, fallback) => {
        for (const { dates } of run(a, fallback).annotated) {
          for (const d of dates) {
            expect(isValidIso(d.date, d.precision), `${d.date} (${d.precision}) from "${d.text}"`).toBe(true);
            if (d.endDate !== null) expect(isValidIso(d.endDate, d.precision), `${d.endDate} (${d.precision}) from "${d.text}"`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS, examples: [[articleOf('They met from 30 to 31 February.', '2025-03-01'), '2025-03-01']] },
    );
  });

  it('emits ISO dates of the declared precision when no day-of-month is impossible', () => {
    // The same property with days kept to 1–28, so the month-overflow bug above stays out.
    const noLateDay = articleWith(28).filter((a) => !/(?<!\d)(?:29|30|31)(?!\d)/.test(a.text));
    fc.assert(
      fc.property(noLateDay, asOfDay, (a, fallback) => {
        for (const { dates } of run(a, fallback).annotated) {
          for (const d of dates) {
            expect(isValidIso(d.date, d.precision), `${d.date} (${d.precision}) from "${d.text}"`).toBe(true);
            if (d.endDate !== null) expect(isValidIso(d.endDate, d.precision), `${d.endDate} (${d.precision}) from "${d.text}"`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
