import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusFile } from '../../src/model/pipeline.js';
import { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { ROOT } from '../helpers/run.js';
import { anyText, asOfDay, dateSentence, HOSTILE, hostileText, REDOS_RISK, smallCorpus } from './arbitraries.js';

const RUNS = 150;

/** Paragraphs of the sample corpus: real article text for the later stages to find things in. */
const PARAGRAPHS = readdirSync(join(ROOT, 'corpus'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter((l) => l.length > 40 && l.length < 600);

/** A real paragraph with a hostile fragment spliced in somewhere. */
const spliced = fc
  .record({ p: fc.constantFrom(...PARAGRAPHS), at: fc.nat(), bit: fc.oneof(fc.constantFrom(...HOSTILE), hostileText(40)) })
  .map(({ p, at, bit }) => {
    const i = at % (p.length + 1);
    return p.slice(0, i) + bit + p.slice(i);
  });

/** News-like article text: a header now and then, real and spliced paragraphs, dates, hostile text. */
const newsText = fc
  .record({
    header: fc.option(fc.oneof(asOfDay.map((d) => `date: ${d}`), fc.constantFrom('date: 2025-13-45', 'source: http://', 'title: {{constructor}}')), { nil: null }),
    paragraphs: fc.array(fc.oneof(fc.constantFrom(...PARAGRAPHS), spliced, dateSentence(), hostileText(200)), { minLength: 1, maxLength: 6 }),
  })
  .map(({ header, paragraphs }) => [...(header ? [header] : []), ...paragraphs].join('\n\n'));

function checkBrief(files: CorpusFile[], asOf: string): void {
  const brief = analyse(files, { asOf, title: null });
  const parsed = Brief.safeParse(brief);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(brief.asOf).toBe(asOf);
  expect(brief.sources.length).toBeLessThanOrEqual(files.length);
}

/** Years written with an era ("5 AD", "4 BE"): the known bug below, kept out of the passing properties. */
const ERA_YEAR = /\d\s{0,2}(?:BE|AD|BC|CE)/i;
const decoded = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes) + new TextDecoder('utf-16le').decode(bytes);
const noEra = (corpus: fc.Arbitrary<CorpusFile[]>) => corpus.filter((files) => files.every((f) => !ERA_YEAR.test(decoded(f.bytes))));
/** Long dash runs set off the known backtracking bug in extract (see extract.property.test.ts). */
const fast = (corpus: fc.Arbitrary<CorpusFile[]>) => corpus.filter((files) => files.every((f) => !REDOS_RISK.test(decoded(f.bytes))));

describe('analyse (property)', () => {
  it('never throws and yields a valid Brief on arbitrary and hostile corpora', () => {
    fc.assert(
      fc.property(fast(noEra(smallCorpus(400, anyText(400)))), asOfDay, (files, asOf) => checkBrief(files, asOf)),
      { numRuns: RUNS },
    );
  });

  it('never throws and yields a valid Brief on news-like corpora with hostile text spliced in', () => {
    fc.assert(
      fc.property(fast(noEra(smallCorpus(4000, newsText))), asOfDay, (files, asOf) => checkBrief(files, asOf)),
      { numRuns: RUNS },
    );
  });

  // BUG (src/extract/dates.ts format() → consolidate/timeline → model/build): a year that chrono
  // reads with an era ("5 AD", "44 BC", "4 BE" = Buddhist Era, 4 − 543) reaches the timeline as
  // "5-06", "-44-06" or "-539-12", and Brief.parse inside analyse() throws a ZodError at
  // timeline[0].date — an uncaught crash, not an AttacheError. fast-check found it in real text with
  // a fragment spliced in ("… are anticipated to December 4 be signed, …", asOf 1990-01-01) and,
  // with the era fragments in the generator, shrank it to one file "0.txt" = "They met in June 5 AD."
  // (asOf 1990-01-01; any asOf fails). The shrunk case is given as an example so this fails on
  // every run.
  it('never throws on corpora with era-marked years', () => {
    const example: CorpusFile[] = [{ path: '0.txt', bytes: new TextEncoder().encode('They met in June 5 AD.') }];
    fc.assert(
      fc.property(fast(smallCorpus(4000, newsText)), asOfDay, (files, asOf) => checkBrief(files, asOf)),
      { numRuns: RUNS, examples: [[example, '1990-01-01']] },
    );
  });
});
