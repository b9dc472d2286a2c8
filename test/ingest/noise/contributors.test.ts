import { describe, expect, it } from 'vitest';
import { contributors } from '../../../src/ingest/noise/contributors.js';
import { last, middle } from './place.js';

describe('contributors', () => {
  it.each([
    'Example News’ Lena Marsh and The Example Press contributed to this report.',
    'The Example Press contributed to this report.',
    '⦁ A.B. Ortiz and Tomas Reyes Jr. contributed to this report.',
    'Jane Doe and Li Wei contributed reporting to this story.',
    'Contributing: Nicola Brandt, Daily Example',
    '⦁ This article is based in part on wire-service reports.',
  ])('drops anywhere: %s', (line) => {
    expect(contributors.test(line, middle)).toBe(true);
  });

  it.each(['Jordan Vale contributed.', 'Jordan Vale and Ana Souza also contributed.', 'Lena Marsh reported from Velmont.'])('drops as the last line: %s', (line) => {
    expect(contributors.test(line, last)).toBe(true);
    expect(contributors.test(line, middle)).toBe(false);
  });

  it.each([
    'Ruritania and Velmonia also contributed funds to the programme.',
    'Ruritania and Velmonia also contributed.',
    'The ministry contributed $3 billion to the fund, officials said.',
    'Several factors contributed to the collapse of the talks.',
    'The envoy reported from the front lines for a decade before joining the ministry.',
  ])('keeps %s', (line) => {
    expect(contributors.test(line, last)).toBe(false);
  });
});

describe('contributors: case', () => {
  it('keeps a lower-case subject that "contributed to this report"', () => {
    expect(contributors.test('Several factors contributed to this report of a slowdown.', last)).toBe(false);
    expect(contributors.test('several officials contributed to this report', middle)).toBe(false);
  });
});
