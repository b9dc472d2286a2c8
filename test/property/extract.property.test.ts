import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/pipeline.js';
import { segment } from '../../src/segment/index.js';
import { extractProgrammes } from '../../src/extract/programmes.js';
import { anyText, asOfDay, dateSentence, hostileText, isValidIso, REDOS_RISK } from './arbitraries.js';

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
const paragraphs = (maxDay: number, eras: boolean) =>
  fc
    .array(fc.oneof(cleanedText, anyText(200), dateSentence(maxDay, eras), dateSentence(maxDay, eras)), { minLength: 1, maxLength: 4 })
    .map((ps) => ps.join('\n'));

/** Articles two ways: the text as given, and the text as ingest cleans it from a .txt file. */
const articleWith = (maxDay: number, eras: boolean) =>
  fc
    .record({
      text: paragraphs(maxDay, eras),
      published: fc.option(asOfDay, { nil: null }),
      viaIngest: fc.boolean(),
    })
    .map(({ text, published, viaIngest }) => {
      if (!viaIngest) return articleOf(text, published);
      const date = published ? `date: ${published}\n` : '';
      return ingest([{ path: 'a.txt', bytes: new TextEncoder().encode(date + text) }]).articles[0] ?? articleOf(text, published);
    })
    // Long dash runs are the known backtracking bug (last property below): kept out to stay fast.
    .filter((a) => !REDOS_RISK.test(a.text));
const article = articleWith(31, true);

const ERA_YEAR = /\d\s{0,2}(?:BE|AD|BC|CE)/i;
const LATE_DAY = /(?<!\d)(?:29|30|31)(?!\d)/;

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

  // BUG (src/extract/dates.ts, format()): chrono reads years written with an era ("5 AD",
  // "44 BC", "4 BE" = Buddhist Era, i.e. 4 − 543) and the year is printed as it comes, so the date
  // is not four digits: "5-06", "-44-06", "-539-12". fast-check found it in spliced real text,
  // "… are anticipated to December 4 be signed, …" → date "-539-12" (precision month); by hand the
  // minimum is "They met in June 5 AD." (any reference) → date "5-06". In analyse() this becomes a
  // ZodError thrown from Brief.parse (see model.property.test.ts).
  it('emits dates with four-digit years in the shape of the declared precision', () => {
    const SHAPE = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ } as const;
    fc.assert(
      fc.property(article, asOfDay, (a, fallback) => {
        for (const { dates } of run(a, fallback).annotated) {
          for (const d of dates) {
            expect(d.date, `from "${d.text}"`).toMatch(SHAPE[d.precision]);
            if (d.endDate !== null) expect(d.endDate, `from "${d.text}"`).toMatch(SHAPE[d.precision]);
          }
        }
      }),
      { numRuns: RUNS, examples: [[articleOf('They met in June 5 AD.', '2025-03-01'), '2025-03-01']] },
    );
  });

  // BUG (src/extract/dates.ts): day numbers are checked against 31 at most, never against the month,
  // so impossible calendar days come out as day-precision dates. fast-check found (shrunk):
  //  - "They met from 30 to 31 February." (any reference) → date "2025-02-30", endDate "2025-02-31"
  //    (DAY_SPAN branch);
  //  - "They met from 1 to 29 Feb." with reference 1990-01-01 → endDate "1990-02-29" (not a leap year);
  //  - "The visit ran from 29 Feb to 1 Feb 1990." with reference 2007-09-01 → date "1989-02-29"
  //    (chrono range: the start year is put back one year without re-checking the day).
  // By hand, the "and" branch too: "The talks were held on April 30 and 31." → endDate "2025-04-31".
  // The first is given as an explicit example so this fails on every run, not only when the
  // generator happens upon such a day.
  it('emits only real calendar days (for dates with a four-digit year)', () => {
    fc.assert(
      fc.property(article, asOfDay, (a, fallback) => {
        for (const { dates } of run(a, fallback).annotated) {
          for (const d of dates) {
            for (const iso of d.endDate === null ? [d.date] : [d.date, d.endDate]) {
              if (!/^\d{4}/.test(iso)) continue; // the era bug above
              expect(isValidIso(iso, d.precision), `${iso} (${d.precision}) from "${d.text}"`).toBe(true);
            }
          }
        }
      }),
      { numRuns: RUNS, examples: [[articleOf('They met from 30 to 31 February.', '2025-03-01'), '2025-03-01']] },
    );
  });

  it('emits valid ISO dates of the declared precision when neither bug above is in the text', () => {
    // Days kept to 1–28 and no era-marked years, so the two bugs above stay out: what else holds.
    const clear = articleWith(28, false).filter((a) => !LATE_DAY.test(a.text) && !ERA_YEAR.test(a.text));
    fc.assert(
      fc.property(clear, asOfDay, (a, fallback) => {
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

  // BUG (src/extract/programmes.ts, STRONG_AHEAD): `^(?:[\s,-]+[\p{L}\p{N}-]+){0,4}?[\s-]+(?:…)\b` lets
  // both inner classes match "-", so a run of dashes after a designator backtracks catastrophically
  // (no match is found, every way of splitting the run is tried). fast-check first met it in
  // analyse() as one .md file "</article>Su-57" + 49 "-" + 13 "é" + "Narendra Modi...." that took
  // 18–108 s in extract. Measured on this machine with extractProgrammes alone: "The S-400 " + 40 "-"
  // ≈ 1 s, "Su-57" + 45 "-" ≈ 16 s, "Su-57" + 50 "-" + "é" ≈ 13 s; 20 dashes ≈ 2 ms. A separator
  // line of dashes after a system's name is ordinary in scraped text, so one article can stall a
  // build. The property: one sentence is annotated in under 200 ms. The example is given so this
  // fails on every run (endOnFailure: no shrinking, each failing try costs seconds).
  it('annotates a sentence with a designator and a run of dashes in bounded time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('The S-400 ', 'Su-57', 'MiG-29 ', 'Su-30 MKI ', 'India buys the S-400 '),
        fc.array(fc.constantFrom('-', '--', ' -', '- ', ','), { minLength: 20, maxLength: 40 }).map((a) => a.join('')),
        fc.constantFrom('', 'é', '.', ' Narendra Modi.'),
        (designator, dashes, tail) => {
          const t0 = performance.now();
          extractProgrammes(designator + dashes + tail);
          expect(performance.now() - t0).toBeLessThan(200);
        },
      ),
      { numRuns: 100, endOnFailure: true, examples: [['The S-400 ', '-'.repeat(40), '']] },
    );
  });
});
