import { describe, expect, it } from 'vitest';
import { classify, sectionScores } from '../../src/extract/sections.js';

describe('classify', () => {
  it('puts trade and energy claims in energyTrade', () => {
    expect(classify('Bilateral trade rose and oil exports doubled.')).toBe('energyTrade');
  });

  it('puts war and sanctions claims in geopolitics', () => {
    expect(classify('The war and sanctions dominated the debate about alignment.')).toBe('geopolitics');
  });

  it('puts talks, signings and summits in agenda', () => {
    expect(classify('The leaders will hold talks and sign agreements at the summit.')).toBe('agenda');
  });

  it('returns null when no cue reaches the threshold', () => {
    expect(classify('The weather was pleasant.')).toBeNull();
    // "visit" weighs 1, under the threshold of 2.
    expect(classify('The visit ended.')).toBeNull();
  });

  it('accepts a score exactly at the threshold', () => {
    // "meeting" weighs 2.
    expect(classify('The meeting ended.')).toBe('agenda');
  });

  it('gives a tie to the section listed first (energyTrade before geopolitics)', () => {
    const text = 'Trade and the war';
    expect(sectionScores(text).energyTrade).toBe(sectionScores(text).geopolitics);
    expect(classify(text)).toBe('energyTrade');
  });

  it('adds extra weight from the caller', () => {
    expect(classify('The weather was pleasant.', { geopolitics: 3 })).toBe('geopolitics');
    expect(classify('Oil and gas talks.', { agenda: 10 })).toBe('agenda');
  });
});

describe('sectionScores', () => {
  it('counts each cue once per claim', () => {
    expect(sectionScores('oil, oil and more oil').energyTrade).toBe(sectionScores('oil').energyTrade);
  });

  it('matches cues case-insensitively on word boundaries', () => {
    expect(sectionScores('OIL prices').energyTrade).toBeGreaterThan(0);
    expect(sectionScores('The boiler was fixed.').energyTrade).toBe(0);
  });

  it('prefers the longest cue ("bilateral trade" over "trade")', () => {
    expect(sectionScores('bilateral trade').energyTrade).toBe(3);
  });

  it('scores every section, zero when nothing matches', () => {
    expect(sectionScores('Nothing to see here.')).toEqual({ agenda: 0, energyTrade: 0, geopolitics: 0 });
  });
});
