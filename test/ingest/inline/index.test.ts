import { describe, expect, it } from 'vitest';
import { cutsOf, inlineRules, keptParts } from '../../../src/ingest/inline/index.js';

describe('inline rules', () => {
  it('registers rules with distinct names', () => {
    const names = inlineRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['name-tooltips', 'tweet-links', 'photo-credits', 'update-stamps']));
  });

  it('merges touching and overlapping cuts', () => {
    const text = 'Crowds cheered (Example Images) https://t.co/Ab12 as the envoy arrived.';
    expect(cutsOf(text)).toEqual([[14, 49]]);
    expect(text.slice(0, 14) + text.slice(49)).toBe('Crowds cheered as the envoy arrived.');
  });

  it('keeps each part at its true offset', () => {
    const raw = 'xx\nThe minister Ada Voss Ada VossThe Report: Parties dig in MORE were greeted (Example Images) at the palace.\n';
    const line = { text: raw.slice(3, raw.length - 1), orig: 3 };
    const parts = keptParts(line);
    expect(parts.map((p) => p.text).join('')).toBe('The minister Ada Voss were greeted at the palace.');
    for (const p of parts) expect(raw.slice(p.orig, p.orig + p.text.length)).toBe(p.text);
  });

  it('trims what a cut leaves at the edges, and returns nothing for a line that is all furniture', () => {
    expect(keptParts({ text: 'pic.twitter.com/Ab12 The envoy arrived.', orig: 10 })).toEqual([{ text: 'The envoy arrived.', orig: 31 }]);
    expect(keptParts({ text: 'https://t.co/Ab12 pic.twitter.com/Cd34', orig: 0 })).toEqual([]);
  });

  it('returns the line itself when nothing is cut', () => {
    const line = { text: 'The envoy arrived.', orig: 5 };
    expect(keptParts(line)).toEqual([line]);
  });
});
