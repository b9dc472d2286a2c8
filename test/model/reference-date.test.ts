import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { referenceDate } from '../../src/model/pipeline.js';

const file = (text: string) => ({ path: 'wire.txt', bytes: new TextEncoder().encode(text) });

describe('the date relative dates are read against', () => {
  it('takes the month and day of a wire dateline when the article prints no year', () => {
    const [a] = ingest([file('Seoul, March 7 (Harbour Wire) - The president will arrive on Tuesday for talks on trade and defence with his counterpart.\n')]).articles;
    expect(a!.published).toBeNull();
    expect(a!.datelineDay).toBe('03-07');
    expect(a!.dateline).toBe('Seoul');
    expect(referenceDate(a!, '2026-03-04')).toBe('2026-03-07');
    // Near the turn of a year, the nearer year wins.
    expect(referenceDate({ published: null, datelineDay: '12-30' }, '2027-01-03')).toBe('2026-12-30');
  });

  it('prefers a full date in the dateline, and the published date above all', () => {
    const [a] = ingest([file('PARIS, January 19, 2027 (Rive Wire) - Ministers met on Monday to prepare the council on defence and energy.\n')]).articles;
    expect(a!.published).toBe('2027-01-19');
    expect(referenceDate({ published: '2027-01-20', datelineDay: '01-19' }, '2026-06-01')).toBe('2027-01-20');
    expect(referenceDate({ published: null, datelineDay: null }, '2026-06-01')).toBe('2026-06-01');
  });
});
