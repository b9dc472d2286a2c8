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
});
