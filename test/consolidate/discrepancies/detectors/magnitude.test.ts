import { describe, expect, it } from 'vitest';
import { magnitudeConflict } from '../../../../src/consolidate/discrepancies/detectors/magnitude.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('magnitudeConflict', () => {
  it('flags "thousands of workers" against "millions of workers"', () => {
    const { found, articles } = detect(
      magnitudeConflict,
      outlets(
        ['The new seasonal visa scheme could bring Polish farms thousands of workers.'],
        ['Supporters say the seasonal visa scheme will open Polish farms to millions of workers.'],
      ),
    );
    const d = only(found);
    expect(d).toMatchObject({ kind: 'conflict', topic: 'How many workers' });
    expect(d.note).toBe('One source speaks of thousands of workers; another of millions of workers.');
    expect(told(d)).toEqual([
      { source: 'S1', value: 'thousands of workers' },
      { source: 'S2', value: 'millions of workers' },
    ]);
    expectVerbatim(d, articles);
  });

  // BUG: the magnitude's unit takes the next word too when one follows ("thousands of workers from
  // Chile" → unit "worker from"), so it never meets "millions of workers" (unit "worker").
  // Input: "…could bring thousands of workers from Chile to Polish farms." / "…open Polish farms to
  // millions of workers." Got: no discrepancy. Expected: one conflict.
  it('flags the same contrast when a word follows the noun ("thousands of workers from Chile")', () => {
    const { found } = detect(
      magnitudeConflict,
      outlets(
        ['The new seasonal visa scheme could bring thousands of workers from Chile to Polish farms.'],
        ['Supporters say the seasonal visa scheme will open Polish farms to millions of workers.'],
      ),
    );
    expect(found.map((d) => d.kind)).toEqual(['conflict']);
  });

  it('does not flag "hundreds" against "hundreds"', () => {
    const { found } = detect(
      magnitudeConflict,
      outlets(
        ['The new seasonal visa scheme could bring Polish farms hundreds of workers.'],
        ['Supporters say the seasonal visa scheme will open Polish farms to hundreds of workers.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag "tens of thousands" against "thousands": the ranges overlap', () => {
    const { found } = detect(
      magnitudeConflict,
      outlets(
        ['The new seasonal visa scheme could bring Polish farms tens of thousands of workers.'],
        ['Supporters say the seasonal visa scheme will open Polish farms to thousands of workers.'],
      ),
    );
    expect(found).toEqual([]);
  });

  // BUG: "hundreds of thousands of workers" is read as "hundreds" of a unit "thousand of" (200–999),
  // so it never meets "hundreds of workers". Input: "…could bring Polish farms hundreds of thousands
  // of workers." / "…open Polish farms to hundreds of workers." Got: nothing. Expected: one conflict.
  it('flags "hundreds of thousands of workers" against "hundreds of workers"', () => {
    const { found } = detect(
      magnitudeConflict,
      outlets(
        ['The new seasonal visa scheme could bring Polish farms hundreds of thousands of workers.'],
        ['Supporters say the seasonal visa scheme will open Polish farms to hundreds of workers.'],
      ),
    );
    expect(found.map((d) => d.kind)).toEqual(['conflict']);
  });
});
