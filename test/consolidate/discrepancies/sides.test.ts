import { describe, expect, it } from 'vitest';
import { mergeFindings, mostCommon, type Finding, type Reading, type SideRule } from '../../../src/consolidate/discrepancies/sides.js';
import { sayings, verb } from '../../../src/consolidate/discrepancies/words.js';

// Invented readings: a length in minutes as an interval, the way the value detectors compare them.
interface Span {
  low: number;
  high: number;
  text: string;
}

const read = (source: string, text: string, low: number, high = low): Reading<Span> => ({
  source,
  quote: `The talks lasted ${text}, aides said.`,
  short: `talks lasted ${text}`,
  value: text,
  datum: { low, high, text },
});

const RULE: SideRule<Span> = {
  kind: 'conflict',
  agree: (a, b) => a.low <= b.high && b.low <= a.high,
  label: (d) => d.text.replace(/^two-hour$/, 'two hours'),
  order: (a, b) => a.low - b.low,
  width: (d) => d.high - d.low,
  note: (sides) => sayings(sides, (v, p) => `${verb('put', p)} the length of the talks at ${v}`, (v) => `at ${v}`),
};

const pair = (topic: string, a: Reading<Span>, b: Reading<Span>): Finding<Span> => ({ topic, readings: [a, b] });

describe('mergeFindings', () => {
  it('makes one row of the pairs about one topic, every source on its side, largest side first', () => {
    const ninety = read('S3', '90 minutes', 81, 99);
    const rows = mergeFindings(
      [pair('Length of the talks', read('S1', 'two hours', 108, 132), ninety), pair('Length of the talks', read('S2', 'two hours', 108, 132), ninety)],
      RULE,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sides).toEqual([
      { value: 'two hours', sources: ['S1', 'S2'], quote: 'talks lasted two hours' },
      { value: '90 minutes', sources: ['S3'], quote: 'talks lasted 90 minutes' },
    ]);
    expect(rows[0]!.claims.map((c) => [c.source, c.value])).toEqual([
      ['S1', 'two hours'],
      ['S2', 'two hours'],
      ['S3', '90 minutes'],
    ]);
    expect(rows[0]!.note).toBe('Two sources put the length of the talks at two hours; another at 90 minutes.');
  });

  it('puts readings that can all be true on one side ("two hours", "two-hour", "more than two hours")', () => {
    const short = read('S4', '45 minutes', 40, 50);
    const rows = mergeFindings(
      [
        pair('Length of the talks', read('S1', 'more than two hours', 120, Infinity), short),
        pair('Length of the talks', read('S2', 'two hours', 108, 132), short),
        pair('Length of the talks', read('S3', 'two-hour', 108, 132), short),
      ],
      RULE,
    );
    expect(rows.map((r) => r.sides!.map((s) => [s.sources, s.value]))).toEqual([
      [
        [['S1', 'S2', 'S3'], 'two hours'],
        [['S4'], '45 minutes'],
      ],
    ]);
  });

  it('does not let a vague reading chain two sides that disagree into one', () => {
    // "more than an hour" fits both 90 minutes and two hours; those two still disagree.
    const rows = mergeFindings(
      [
        pair('Length of the talks', read('S1', '90 minutes', 81, 99), read('S2', 'two hours', 108, 132)),
        pair('Length of the talks', read('S3', 'more than an hour', 60, Infinity), read('S4', '45 minutes', 40, 50)),
      ],
      RULE,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sides!.length).toBeGreaterThanOrEqual(3);
    const sideOf = (src: string) => rows[0]!.sides!.findIndex((s) => s.sources.includes(src));
    expect(sideOf('S1')).not.toBe(sideOf('S2'));
  });

  it('joins pairs with different topics that share a reading (the same value in the same sentence)', () => {
    const shared = read('S2', '$3 billion', 2.7e9, 3.3e9);
    const rows = mergeFindings([pair('Value of the package', read('S1', '$300 million', 2.7e8, 3.3e8), shared), pair('Value of the credit line', shared, read('S3', '$300 million', 2.7e8, 3.3e8))], RULE);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sides!.map((s) => s.sources)).toEqual([['S1', 'S3'], ['S2']]);
  });

  it('keeps a source that says both on the side most sources take, and drops a row left with one side', () => {
    const rows = mergeFindings(
      [
        pair('Length of the talks', read('S1', 'two hours', 108, 132), read('S2', '90 minutes', 81, 99)),
        pair('Length of the talks', read('S2', 'two hours', 108, 132), read('S3', '90 minutes', 81, 99)),
        pair('Length of the talks', read('S4', 'two hours', 108, 132), read('S3', '90 minutes', 81, 99)),
      ],
      RULE,
    );
    // S2 gives both; two hours has S1, S2 and S4, 90 minutes S2 and S3: S2 stands once, with the larger side.
    expect(rows[0]!.sides!.map((s) => s.sources)).toEqual([['S1', 'S2', 'S4'], ['S3']]);
    expect(rows[0]!.claims.filter((c) => c.source === 'S2')).toHaveLength(1);
    const alone = mergeFindings([pair('Length of the talks', read('S1', 'two hours', 108, 132), read('S1', '90 minutes', 81, 99))], RULE);
    expect(alone).toEqual([]);
  });

  it('orders sides of equal weight by their values, never by source id', () => {
    const a = mergeFindings([pair('Length of the talks', read('S1', 'two hours', 108, 132), read('S2', '90 minutes', 81, 99))], RULE);
    const b = mergeFindings([pair('Length of the talks', read('S2', 'two hours', 108, 132), read('S1', '90 minutes', 81, 99))], RULE);
    expect(a[0]!.sides!.map((s) => s.value)).toEqual(['90 minutes', 'two hours']);
    expect(b[0]!.sides!.map((s) => s.value)).toEqual(['90 minutes', 'two hours']);
  });

  it('quotes each side with the shortest of its readings’ tight quotes', () => {
    const long = { ...read('S1', 'two hours', 108, 132), short: 'the two leaders’ talks lasted two hours' };
    const rows = mergeFindings([pair('Length of the talks', long, read('S3', '90 minutes', 81, 99)), pair('Length of the talks', read('S2', 'two hours', 108, 132), read('S3', '90 minutes', 81, 99))], RULE);
    expect(rows[0]!.sides![0]!.quote).toBe('talks lasted two hours');
    // The claims keep each source's own quote.
    expect(rows[0]!.claims[0]!.quote).toBe('The talks lasted two hours, aides said.');
  });
});

describe('mostCommon', () => {
  it('takes the most frequent, then the shorter, then the first alphabetically', () => {
    expect(mostCommon(['b', 'a', 'b'])).toBe('b');
    expect(mostCommon(['more than two hours', 'two hours'])).toBe('two hours');
    expect(mostCommon(['beta', 'alfa'])).toBe('alfa');
  });
});
