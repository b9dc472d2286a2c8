import { describe, expect, it } from 'vitest';
import { bylines } from '../../../src/ingest/noise/bylines.js';
import { at, middle, top } from './place.js';

describe('bylines', () => {
  it.each(['By Jane Doe', 'By JANE DOE', 'By Jane Doe and Li Wei, Example News', 'By Jane Doe | Daily Example', 'BY Ana Souza, Staff Writer'])(
    'drops a "By" line anywhere: %s',
    (line) => {
      expect(bylines.test(line, middle)).toBe(true);
    },
  );

  it.each(['Jane Doe and Li Wei', 'Lena Marsh, Tomas Reyes, and Ana Souza', 'Jane Doe | Daily Example'])('drops bare names under the headline: %s', (line) => {
    expect(bylines.test(line, top)).toBe(true);
  });

  it('drops an outlet in capitals right under the names', () => {
    expect(bylines.test('DAILY EXAMPLE', at(2, 30, 'Jane Doe and Li Wei'))).toBe(true);
    expect(bylines.test('DAILY EXAMPLE', at(2, 30, 'By Jane Doe'))).toBe(true);
  });

  it.each([
    ['a section heading in capitals', 'SURPRISE REVERSAL', at(2, 30, 'The talks collapsed on Monday.')],
    ['capitals far from the top, even under names', 'NERVOUS INVESTORS', at(12, 10, 'Jane Doe and Li Wei')],
    ['two names as the headline itself', 'Arkady Velmonov and Ostrava Benedek', at(0, 30)],
    ['two names as a heading deep in the text', 'Arkady Velmonov and Ostrava Benedek', middle],
    ['a sentence that starts with "By"', 'By ordering his envoys to walk out, the president upset the talks.', top],
    ['"By" and a year', 'By 1981, the two countries had restored ties.', top],
    ['"By" and a lower-case phrase', 'By contrast', top],
    ['a heading under the headline', 'Trade and economic concerns', top],
    ['a title-case heading', 'The Complicated History Of Envoys And Kings', top],
  ])('keeps %s', (_, line, place) => {
    expect(bylines.test(line, place)).toBe(false);
  });
});
