import { describe, expect, it } from 'vitest';
import { countConflict } from '../../../../src/consolidate/discrepancies/detectors/count.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('countConflict', () => {
  it('flags "five agreements" against "a dozen MoUs" to be signed', () => {
    const { found, articles } = detect(
      countConflict,
      outlets(
        ['The two sides are expected to sign five agreements on mining, ports and science during the visit.'],
        ['Officials said a dozen MoUs on mining and ports will be signed in Warsaw.'],
      ),
    );
    const d = only(found);
    expect(d.note).toBe('One source counts five agreements; another a dozen MoUs.');
    expect(d).toMatchObject({ kind: 'conflict', topic: 'Number of agreements' });
    expect(told(d)).toEqual([
      { source: 'S1', value: 'five agreements' },
      { source: 'S2', value: 'a dozen MoUs' },
    ]);
    expectVerbatim(d, articles);
  });

  it('does not read "a deal" as a count of one', () => {
    const { found } = detect(
      countConflict,
      outlets(
        ['The two sides are expected to sign five agreements on mining, ports and science during the visit.'],
        ['Officials said a deal on mining and ports will be signed in Warsaw.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag the same count in other words ("five" and "5")', () => {
    const { found } = detect(
      countConflict,
      outlets(
        ['The two sides are expected to sign five agreements on mining, ports and science during the visit.'],
        ['Officials said 5 new agreements on mining and ports will be signed in Warsaw.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not compare agreements signed in earlier years with those of this visit', () => {
    const { found } = detect(
      countConflict,
      outlets(
        ['The two sides are expected to sign five agreements on mining, ports and science during the visit.'],
        ['The two countries have signed twelve agreements since 2015, officials said.'],
      ),
    );
    expect(found).toEqual([]);
  });
});
