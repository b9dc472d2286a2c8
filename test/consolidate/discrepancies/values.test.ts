import { describe, expect, it } from 'vitest';
import { disjoint, readValues, valueWords, type Value } from '../../../src/consolidate/discrepancies/values.js';

const one = (text: string, kind?: Value['kind']): Value => {
  const found = readValues(text).filter((v) => !kind || v.kind === kind);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const range = (v: Value) => [v.unit, v.low, v.high];
const approx = (v: Value) => [v.unit, Math.round(v.low), Math.round(v.high)];

describe('readValues: durations', () => {
  it('reads minutes and hours in minutes, with ±10% for a plain figure', () => {
    expect(approx(one('The talks lasted 90 minutes.'))).toEqual(['minutes', 81, 99]);
    expect(approx(one('They held two hours of talks.'))).toEqual(['minutes', 108, 132]);
    expect(approx(one('a 45-minute meeting'))).toEqual(['minutes', 41, 50]);
    expect(approx(one('half an hour of questions'))).toEqual(['minutes', 27, 33]);
  });

  it('widens "about" to ±25% and opens "more than" upwards', () => {
    expect(approx(one('The talks lasted about 90 minutes.'))).toEqual(['minutes', 68, 113]);
    expect(range(one('The talks lasted more than two hours.'))).toEqual(['minutes', 120, Infinity]);
    expect(range(one('The call lasted less than an hour.'))).toEqual(['minutes', 0, 60]);
  });

  it('gives the exact span of the value in the text', () => {
    const text = 'The talks lasted more than two hours, aides said.';
    const v = one(text);
    expect(text.slice(v.start, v.end)).toBe('more than two hours');
    expect(v.text).toBe('more than two hours');
  });

  // BUG: "an hour and a half" is read as "an hour" (60 minutes), which contradicts "90 minutes".
  // Got: ['minutes', 54, 66]. Expected: an interval holding 90.
  it('reads "an hour and a half" as 90 minutes', () => {
    const v = one('They held an hour and a half of talks.');
    expect(v.low <= 90 && v.high >= 90).toBe(true);
  });
});

describe('readValues: money', () => {
  it('reads symbols, scale words and currency words to one currency and amount', () => {
    expect(approx(one('a $300 million credit line'))).toEqual(['USD', 270e6, 330e6]);
    expect(approx(one('a $3 billion credit line'))).toEqual(['USD', 2.7e9, 3.3e9]);
    expect(approx(one('worth €2bn over five years'))).toEqual(['EUR', 1.8e9, 2.2e9]);
    expect(approx(one('a fund of 50 billion dollars'))).toEqual(['USD', 45e9, 55e9]);
    expect(approx(one('a loan of one billion dollars'))).toEqual(['USD', 0.9e9, 1.1e9]);
    expect(approx(one('Rs 500 crore for the port'))).toEqual(['INR', 4.5e9, 5.5e9]);
  });

  it('reads "$50 billion" and "50 billion dollars" as the same amount', () => {
    expect(range(one('$50 billion'))).toEqual(range(one('50 billion dollars')));
  });

  // BUG: MAGNITUDE tries "hundreds" before "hundreds of thousands"/"hundreds of millions", so
  // "hundreds of millions of dollars" also yields a magnitude of 200–999 "million of" beside the
  // money value. Got: [money 'millions of dollars', magnitude 'million of' 200–999]. Expected: money only.
  it('reads "hundreds of millions of dollars" as money only, not also as a magnitude of things', () => {
    expect(readValues('hundreds of millions of dollars').map((v) => v.kind)).toEqual(['money']);
  });
});

describe('readValues: counts of agreements', () => {
  it('reads a number of agreements exactly, in figures or words, through a few modifiers', () => {
    expect(range(one('They will sign five agreements.'))).toEqual(['agreements', 5, 5]);
    expect(range(one('a dozen MoUs will be signed'))).toEqual(['agreements', 12, 12]);
    expect(range(one('12 new bilateral agreements'))).toEqual(['agreements', 12, 12]);
    expect(range(one('half a dozen memoranda of understanding'))).toEqual(['agreements', 6, 6]);
  });

  it('does not read "a deal" or "an agreement" as a count of one', () => {
    expect(readValues('They signed a deal on ports and an agreement on science.').filter((v) => v.kind === 'count')).toEqual([]);
  });

  it('bounds "up to" from zero', () => {
    expect(range(one('up to ten agreements'))).toEqual(['agreements', 0, 10]);
  });
});

describe('readValues: rough magnitudes', () => {
  it('reads "thousands of workers" and "millions of workers" as ranges of the same unit that do not meet', () => {
    const thousands = one('thousands of workers', 'magnitude');
    const millions = one('millions of workers', 'magnitude');
    expect(range(thousands)).toEqual(['worker', 2e3, 999_999]);
    expect(range(millions)).toEqual(['worker', 2e6, 999e6]);
    expect(disjoint(thousands, millions)).toBe(true);
  });

  // BUG: the unit takes the word after the noun ("thousands of workers from Chile" → "worker from"),
  // so it no longer matches "workers" elsewhere. Got unit 'worker from'. Expected 'worker'.
  it('reads the counted noun alone when a preposition follows it', () => {
    expect(one('thousands of workers from Chile', 'magnitude').unit).toBe('worker');
  });

  it('reads "tens of thousands of jobs" as 20,000–99,999 jobs', () => {
    expect(range(one('tens of thousands of jobs', 'magnitude'))).toEqual(['job', 2e4, 99_999]);
  });

  // BUG: the alternation tries "hundreds" before "hundreds of thousands", so the 'hundreds of
  // thousands' range is never used: "hundreds of thousands of workers" is read as 200–999 of a unit
  // "thousand of". Got ['thousand of', 200, 999]. Expected ['worker', 200000, 999999].
  it('reads "hundreds of thousands of workers" as 200,000–999,999 workers', () => {
    expect(range(one('hundreds of thousands of workers', 'magnitude'))).toEqual(['worker', 2e5, 999_999]);
  });

  it('keeps a two-word noun ("seasonal workers")', () => {
    expect(one('thousands of seasonal workers', 'magnitude').unit).toBe('seasonal worker');
  });
});

describe('disjoint', () => {
  it('is true only when no single value satisfies both', () => {
    expect(disjoint(one('90 minutes'), one('two hours'))).toBe(true);
    expect(disjoint(one('more than two hours'), one('three hours'))).toBe(false);
    expect(disjoint(one('hundreds of workers'), one('hundreds of workers'))).toBe(false);
    expect(disjoint(one('five agreements'), one('a dozen MoUs'))).toBe(true);
  });
});

describe('readValues: lengths told in parts, and moments that are not lengths', () => {
  it('reads "2 hours and 11 minutes" as one length of 131 minutes, not as 11 minutes', () => {
    const v = one('The talks lasted 2 hours and 11 minutes.');
    expect(v.text).toBe('2 hours and 11 minutes');
    expect(v.low <= 131 && v.high >= 131).toBe(true);
    expect(approx(one('They spoke for an hour and 15 minutes.'))).toEqual(['minutes', 68, 83]);
    expect(readValues('three hours, 20 minutes of talks').map((v) => v.text)).toEqual(['three hours, 20 minutes']);
  });

  it('reads no length in "90 minutes after the meeting began" or "two hours later"', () => {
    expect(readValues('The leaflet was handed out 90 minutes after the meeting began.')).toEqual([]);
    expect(readValues('Aides joined them 1 hour and 5 minutes after the talks opened.')).toEqual([]);
    expect(readValues('Two hours later the delegations sat down.')).toEqual([]);
    expect(readValues('The meeting ended 20 minutes ago.')).toEqual([]);
  });
});

describe('readValues: ranges of money', () => {
  it('reads "$300-to-500-billion" and "$2bn–$3bn" as one amount between two bounds', () => {
    expect(range(one('a $300-to-500-billion trade gap'))).toEqual(['USD', 300e9, 500e9]);
    expect(range(one('a deal worth $2bn–$3bn'))).toEqual(['USD', 2e9, 3e9]);
    expect(range(one('between $300 to $500 billion a year'))).toEqual(['USD', 300e9, 500e9]);
  });

  it('reads "from $3 million to $3 billion" as two amounts (a change, not a range)', () => {
    expect(readValues('The fund grew from $3 million to $3 billion.').map((v) => v.text)).toEqual(['$3 million', '$3 billion']);
  });

  it('lets "$300bn" and "$300-to-500-billion" agree', () => {
    expect(disjoint(one('$300bn'), one('$300-to-500-billion'))).toBe(false);
  });
});

describe('valueWords', () => {
  it('writes a value as a reader says it', () => {
    expect(valueWords(one('a two-hour meeting'))).toBe('two hours');
    expect(valueWords(one('a 45-minute call'))).toBe('45 minutes');
    expect(valueWords(one('a one-hour call'))).toBe('one hour');
    expect(valueWords(one('Hundreds of workers', 'magnitude'))).toBe('hundreds of workers');
    expect(valueWords(one('US$5 billion'))).toBe('US$5 billion');
  });
});

