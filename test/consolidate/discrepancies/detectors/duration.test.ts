import { describe, expect, it } from 'vitest';
import { durationConflict } from '../../../../src/consolidate/discrepancies/detectors/duration.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('durationConflict', () => {
  it('flags "lasted 90 minutes" against "two hours of talks", quoting each source verbatim', () => {
    const { found, articles } = detect(
      durationConflict,
      outlets(
        ['The talks between Quilodrán and Wilczek lasted 90 minutes in the presidential palace.'],
        ['Quilodrán and Wilczek held two hours of talks at the presidential palace, officials said.'],
      ),
    );
    const d = only(found);
    expect(d).toMatchObject({ kind: 'conflict', topic: 'Length of the talks' });
    expect(told(d)).toEqual([
      { source: 'S1', value: '90 minutes' },
      { source: 'S2', value: 'two hours' },
    ]);
    expectVerbatim(d, articles);
  });

  it('does not flag "more than two hours" against "three hours": both can be true', () => {
    const { found } = detect(
      durationConflict,
      outlets(
        ['The talks between Quilodrán and Wilczek lasted more than two hours in the presidential palace.'],
        ['Quilodrán and Wilczek held three hours of talks at the presidential palace, officials said.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not compare the length of the talks with the length of a different occasion', () => {
    const { found } = detect(
      durationConflict,
      outlets(
        ['The talks between Quilodrán and Wilczek lasted 90 minutes in the presidential palace.'],
        ['Quilodrán and Wilczek then sat down to a state dinner that ran for three hours at the presidential palace.'],
      ),
    );
    expect(found).toEqual([]);
  });

  // BUG: readValues reads "an hour and a half" as "an hour" (60 minutes), so "about 90 minutes"
  // (67.5–112.5) and the same length in words are reported as a conflict. Expected: no conflict.
  it('does not flag "about 90 minutes" against "an hour and a half"', () => {
    const { found } = detect(
      durationConflict,
      outlets(
        ['The talks between Quilodrán and Wilczek lasted about 90 minutes in the presidential palace.'],
        ['Quilodrán and Wilczek held an hour and a half of talks at the presidential palace.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not read "2 hours and 11 minutes after the talks began" as talks of 11 minutes', () => {
    const { found } = detect(
      durationConflict,
      outlets(
        ['Quilodrán and Wilczek moved into expanded talks with ministers 2 hours and 11 minutes after their one-on-one talks began.'],
        ['Quilodrán and Wilczek held more than two hours of one-on-one talks at the presidential palace.'],
        ['A special edition was handed out in Warsaw 90 minutes after the talks between Quilodrán and Wilczek began.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('makes one row of every source on the length of the talks, and says it in words', () => {
    const { found, articles } = detect(
      durationConflict,
      outlets(
        ['The talks between Quilodrán and Wilczek lasted more than two hours in the presidential palace.'],
        ['Quilodrán and Wilczek held two-hour talks at the presidential palace, officials said.'],
        ['The talks between Quilodrán and Wilczek lasted 45 minutes in the presidential palace.'],
        ['The talks between Quilodrán and Wilczek lasted 2 hours and 11 minutes, the palace said.'],
      ),
    );
    const d = only(found);
    expect(d.sides!.map((x) => [x.sources, x.value])).toEqual([
      [['S1', 'S2', 'S4'], 'two hours'],
      [['S3'], '45 minutes'],
    ]);
    expect(d.claims.map((c) => c.source)).toEqual(['S1', 'S2', 'S4', 'S3']);
    expect(d.note).toBe('Three sources put the length of the talks at two hours; another at 45 minutes.');
    expectVerbatim(d, articles);
  });
});

