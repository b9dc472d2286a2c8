import { describe, expect, it } from 'vitest';
import { updateStamps } from '../../../src/ingest/inline/update-stamps.js';
import { afterRule } from './apply.js';

describe('update-stamps', () => {
  it.each([
    ['Updated at 10:21 a.m. ET: "The challenges facing us call for cooperation," the envoy said.', '"The challenges facing us call for cooperation," the envoy said.'],
    ['Updated 3:05 p.m. GMT — The minister left the hall.', 'The minister left the hall.'],
    ['--Updated at 9:40 am: Talks resumed after lunch.', 'Talks resumed after lunch.'],
  ])('cuts the stamp from %s', (text, want) => {
    expect(afterRule(updateStamps, text)).toBe(want);
  });

  it.each([
    'Updated figures show trade rose 12% last year.',
    'The minister updated reporters at 10:30 a.m. on the talks.',
    'At 10:21 a.m. the delegation arrived.',
  ])('keeps %s', (text) => {
    expect(updateStamps.cuts(text)).toEqual([]);
  });
});
