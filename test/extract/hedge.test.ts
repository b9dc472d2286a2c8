import { describe, expect, it } from 'vitest';
import { isHedged } from '../../src/extract/hedge.js';

describe('isHedged', () => {
  it.each([
    'The leaders are expected to sign a pact.',
    'The deal was reportedly worth $2 billion.',
    'The visit may be postponed.',
    'The talks could include a fighter deal.',
    'Sources said the talks had stalled.',
    'Officials are considering a new route.',
    'The two sides are set to sign three agreements.',
    'It is LIKELY that the talks will resume.',
  ])('is hedged: %s', (text) => {
    expect(isHedged(text)).toBe(true);
  });

  it.each([
    'The leaders signed the pact on Friday.',
    'The mayor spoke at the ceremony.',
    'The delegation arrived in the capital.',
    'Officials confirmed the deal was signed.',
  ])('is not hedged: %s', (text) => {
    expect(isHedged(text)).toBe(false);
  });

  it('matches cues on word boundaries only', () => {
    expect(isHedged('The Mayor of the city spoke.')).toBe(false);
    expect(isHedged('The Mightiest ship sailed.')).toBe(false);
  });

  // BUG: the cue "may" is matched case-insensitively, so the month May hedges a plain statement of fact.
  it('does not take the month "May" for the modal "may"', () => {
    expect(isHedged('The pact was signed in May.')).toBe(false);
  });
});
