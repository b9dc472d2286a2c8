import { describe, expect, it } from 'vitest';
import { states, termsOf } from '../../../src/consolidate/items/support.js';

const item = termsOf('Ruritania and Vale signed 11 agreements on energy, shipping and fisheries.');

describe('states', () => {
  it('holds when a sentence gives every figure and most of the words', () => {
    expect(states(item, ['The two countries, Ruritania and Vale, signed 11 agreements covering energy, shipping and fisheries.'])).toBe(true);
  });

  it('fails when the source gives another figure, whatever the words', () => {
    expect(states(item, ['Ruritania and Vale signed 14 agreements on energy, shipping and fisheries.'])).toBe(false);
  });

  it('fails when the source shares the figure but not the claim', () => {
    expect(states(item, ['The summit lasted 11 hours and ended with a dinner.'])).toBe(false);
  });

  it('holds across two adjacent sentences, not across a gap', () => {
    expect(states(item, ['Ruritania and Vale signed 11 agreements.', 'They cover energy, shipping and fisheries.'])).toBe(true);
    expect(states(item, ['Ruritania and Vale signed 11 agreements.', 'The weather was fine.', 'They cover energy, shipping and fisheries.'])).toBe(false);
  });
});
