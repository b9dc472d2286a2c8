import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { toOriginal } from '../../src/ingest/offsets.js';
import type { Article, CorpusFile } from '../../src/model/pipeline.js';
import { anyText, hostileText, longRun, smallCorpus, utf16le } from './arbitraries.js';

const RUNS = 300;

/** Offsets in cleaned text where a paragraph begins. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function checkArticle(a: Article): void {
  expect(a.text.includes('\u0000')).toBe(false);
  expect(Number.isInteger(a.words) && a.words >= 0).toBe(true);
  for (const start of paragraphStarts(a.text)) {
    const orig = toOriginal(a.offsets, start);
    expect(orig).toBeGreaterThanOrEqual(0);
    expect(orig).toBeLessThanOrEqual(a.raw.length);
  }
}

/** Files in every format from the same text or bytes. */
const sameInAllFormats = (bytes: Uint8Array): CorpusFile[] => ['a.txt', 'b.md', 'c.html'].map((path) => ({ path, bytes }));

describe('ingest (property)', () => {
  it('never throws on arbitrary corpora of .txt, .md and .html files', () => {
    fc.assert(
      fc.property(smallCorpus(), (files) => {
        const r = ingest(files);
        expect(r.articles.length).toBeLessThanOrEqual(files.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary byte arrays in any format', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        ingest(sameInAllFormats(bytes));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps word counts non-negative integers', () => {
    fc.assert(
      fc.property(smallCorpus(), (files) => {
        for (const a of ingest(files).articles) expect(Number.isInteger(a.words) && a.words >= 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('maps every paragraph start back inside the raw text', () => {
    fc.assert(
      fc.property(smallCorpus(), (files) => {
        for (const a of ingest(files).articles) {
          for (const start of paragraphStarts(a.text)) {
            const orig = toOriginal(a.offsets, start);
            expect(orig).toBeGreaterThanOrEqual(0);
            expect(orig).toBeLessThanOrEqual(a.raw.length);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves no NUL in article text of UTF-8 files and arbitrary bytes', () => {
    const utf8File = fc.record({ text: anyText(), ext: fc.constantFrom('txt', 'md', 'html') }).map(({ text, ext }) => ({
      path: `x.${ext}`,
      bytes: new TextEncoder().encode(text),
    }));
    const byteFile = fc.record({ bytes: fc.uint8Array({ maxLength: 400 }), ext: fc.constantFrom('txt', 'md', 'html') }).map(({ bytes, ext }) => ({
      path: `y.${ext}`,
      bytes,
    }));
    fc.assert(
      fc.property(fc.oneof(utf8File, byteFile), (file) => {
        for (const a of ingest([file]).articles) expect(a.text.includes('\u0000')).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  // BUG (src/ingest/index.ts looksBinary + src/ingest/decode.ts): a UTF-16 file with a BOM is never
  // checked for NUL, and decode() keeps U+0000, so the NUL lands in article.text.
  // fast-check shrank to text "\u0000President " as x.txt; by hand the minimum is "a\u0000" as UTF-16 LE
  // with BOM, path "x.txt": bytes [0xff,0xfe,0x61,0x00,0x00,0x00] → article.text === "a\u0000".
  it('leaves no NUL in article text of UTF-16 files', () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom('txt', 'md', 'html'), (text, ext) => {
        for (const a of ingest([{ path: `x.${ext}`, bytes: utf16le(text) }]).articles) expect(a.text.includes('\u0000')).toBe(false);
      }),
      // The shrunk counterexample, so this fails on every run.
      { numRuns: RUNS, examples: [['a\u0000', 'txt']] },
    );
  });

  it('holds every invariant on a few long files (up to 20k characters)', () => {
    const long = fc
      .array(fc.oneof(longRun(5000), hostileText(400), anyText(400)), { minLength: 1, maxLength: 10 })
      .map((parts) => parts.join('').slice(0, 20_000));
    fc.assert(
      fc.property(long, fc.constantFrom('txt', 'md', 'html'), (text, ext) => {
        // NULs become spaces here: a NUL past 8 KiB is a known bug with its own property below.
        const clean = text.replace(/\u0000/g, ' ');
        for (const a of ingest([{ path: `long.${ext}`, bytes: new TextEncoder().encode(clean) }]).articles) checkArticle(a);
      }),
      { numRuns: 25 },
    );
  });

  // BUG (src/ingest/index.ts looksBinary): only the first 8 KiB are searched for NUL bytes, so a
  // UTF-8 file with a NUL after byte 8192 is ingested and the NUL stays in article.text.
  // Counterexample (fast-check: [8192, "", "txt"], found on the first run): "word ".repeat(…) cut to
  // 8192 characters + "\u0000" as "late.txt" → article.text ends with "\u0000" (also "a".repeat(8192) + "\u0000").
  it('leaves no NUL in article text when the NUL comes after the first 8 KiB', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8192, max: 12_000 }), hostileText(200), fc.constantFrom('txt', 'md', 'html'), (n, tail, ext) => {
        const text = 'word '.repeat(Math.ceil(n / 5)).slice(0, n) + '\u0000' + tail;
        for (const a of ingest([{ path: `late.${ext}`, bytes: new TextEncoder().encode(text) }]).articles) {
          expect(a.text.includes('\u0000')).toBe(false);
        }
      }),
      { numRuns: 50, examples: [[8192, '', 'txt']] },
    );
  });
});
