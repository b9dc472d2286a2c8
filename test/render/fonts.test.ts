import { describe, expect, it } from 'vitest';
import { breakPoints } from '../../src/render/fonts.js';

describe('breakPoints', () => {
  it('never splits a name or a designator', () => {
    for (const w of ['Kestrel-7', 'Intermediate-Range', 'Stabilisation-and-Association-Agreement', 'Президент']) expect(breakPoints(w)).toEqual([w]);
  });

  it('lets a link break after its slashes, dots and dashes, in pieces that put it back together', () => {
    const url = 'https://www.harbour-post.example/world/2031/03/09/chancellor-berg-arrives-in-vella-for-talks-on-ports-and-grain';
    const pieces = breakPoints(url);
    expect(pieces.join('')).toBe(url);
    expect(pieces.length).toBeGreaterThan(4);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(20);
    // Each break falls after punctuation, or after twenty letters of a stretch without any.
    for (const p of pieces.slice(0, -1)) expect(/[/._?&=,-]$/.test(p) || p.length === 20, p).toBe(true);
    expect(pieces.slice(0, 3)).toEqual(['https://www.harbour-', 'post.example/world/', '2031/03/09/']);
  });

  it('cuts a long run without punctuation every twenty letters', () => {
    const run = 'X'.repeat(50);
    expect(breakPoints(run)).toEqual(['X'.repeat(20), 'X'.repeat(20), 'X'.repeat(10)]);
  });
});
