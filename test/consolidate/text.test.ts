import { describe, expect, it } from 'vitest';
import { candidatePairs, containment, contentWords, Groups, jaccard, stem, wordSet } from '../../src/consolidate/text.js';

const set = (...words: string[]) => new Set(words);

describe('contentWords', () => {
  it('lower-cases and drops stop words and one-letter words', () => {
    expect(contentWords('The President said that a deal WILL be signed in Santiago.')).toEqual(['president', 'deal', 'signed', 'santiago']);
  });

  it('drops a possessive "’s" or "\'s" before stemming', () => {
    expect(contentWords("Japan's ports and Chile’s mines")).toEqual(['japan', 'port', 'chile', 'mine']);
  });

  it('keeps numbers and hyphenated words whole', () => {
    expect(contentWords('The 2026 Japan-Chile accord')).toEqual(['2026', 'japan-chile', 'accord']);
  });

  it('returns nothing for punctuation or stop words only', () => {
    expect(contentWords('— and, of the! —')).toEqual([]);
  });
});

describe('stem', () => {
  it('meets singular and plural', () => {
    expect(stem('systems')).toBe('system');
    expect(stem('policies')).toBe('policy');
    expect(stem('boxes')).toBe('box');
    expect(stem('marches')).toBe('march');
    expect(stem('classes')).toBe('class');
  });

  it('leaves "ss" endings and short words alone', () => {
    expect(stem('press')).toBe('press');
    expect(stem('gas')).toBe('gas');
    expect(stem('ties')).toBe('tie');
  });
});

describe('wordSet', () => {
  it('is the set of content words, without repeats', () => {
    expect([...wordSet('Trade talks, trade deals and more trade.')].sort()).toEqual(['deal', 'talk', 'trade']);
  });
});

describe('jaccard', () => {
  it('is shared over union', () => {
    expect(jaccard(set('a', 'b', 'c'), set('b', 'c', 'd'))).toBeCloseTo(2 / 4);
    expect(jaccard(set('a', 'b'), set('a', 'b'))).toBe(1);
    expect(jaccard(set('a'), set('b'))).toBe(0);
  });

  it('is symmetric', () => {
    const a = set('port', 'mine', 'deal');
    const b = set('deal', 'port', 'copper', 'lithium', 'tariff');
    expect(jaccard(a, b)).toBe(jaccard(b, a));
    expect(jaccard(a, b)).toBeCloseTo(2 / 6);
  });

  it('is 0 when either set is empty', () => {
    expect(jaccard(set(), set('a'))).toBe(0);
    expect(jaccard(set(), set())).toBe(0);
  });
});

describe('containment', () => {
  it('is the share of the smaller set found in the larger, either way round', () => {
    const small = set('port', 'deal');
    const large = set('port', 'deal', 'copper', 'lithium');
    expect(containment(small, large)).toBe(1);
    expect(containment(large, small)).toBe(1);
    expect(containment(set('port', 'tariff'), large)).toBe(0.5);
  });

  it('is 0 when either set is empty', () => {
    expect(containment(set(), set('a'))).toBe(0);
  });
});

describe('candidatePairs', () => {
  it('pairs only items sharing at least minShared words, each pair once, ordered', () => {
    const sets = [set('port', 'deal', 'copper'), set('lithium', 'tariff'), set('copper', 'deal', 'mine'), set('port', 'tariff')];
    expect(candidatePairs(sets, 2)).toEqual([[0, 2]]);
    expect(candidatePairs(sets, 1)).toEqual([[0, 2], [0, 3], [1, 3]]);
  });

  it('defaults to two shared words', () => {
    expect(candidatePairs([set('a', 'b'), set('a', 'c'), set('a', 'b', 'c')])).toEqual([[0, 2], [1, 2]]);
  });

  it('never pairs through a word whose posting list is longer than maxPosting', () => {
    // "visit" is in all four sets; "summit" in two.
    const sets = [set('visit', 'summit'), set('visit', 'summit'), set('visit', 'port'), set('visit', 'mine')];
    expect(candidatePairs(sets, 1, 3)).toEqual([[0, 1]]);
    expect(candidatePairs(sets, 2, 3)).toEqual([]);
    // With the limit at four, "visit" pairs everything.
    expect(candidatePairs(sets, 1, 4)).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
  });

  it('keeps indices apart beyond 65,536 items (keys do not collide)', () => {
    const sets: Set<string>[] = Array.from({ length: 70_000 }, (_, i) => set(`w${i}`));
    sets[3] = set('x', 'y');
    sets[69_999] = set('x', 'y');
    expect(candidatePairs(sets, 2)).toEqual([[3, 69_999]]);
  });

  it('returns nothing for no items or empty sets', () => {
    expect(candidatePairs([])).toEqual([]);
    expect(candidatePairs([set(), set()], 1)).toEqual([]);
  });
});

describe('Groups (union-find)', () => {
  it('starts with every item alone', () => {
    expect(new Groups(3).lists()).toEqual([[0], [1], [2]]);
  });

  it('joins transitively and lists each group sorted, ordered by its first member', () => {
    const g = new Groups(6);
    g.union(4, 1);
    g.union(5, 2);
    g.union(1, 3);
    expect(g.lists()).toEqual([[0], [1, 3, 4], [2, 5]]);
    expect(g.find(4)).toBe(g.find(3));
    expect(g.find(0)).not.toBe(g.find(1));
  });

  it('uses the smallest index as the root', () => {
    const g = new Groups(5);
    g.union(4, 3);
    g.union(3, 2);
    g.union(2, 1);
    expect(g.find(4)).toBe(1);
  });

  it('is unchanged by repeated or self unions', () => {
    const g = new Groups(3);
    g.union(0, 2);
    g.union(2, 0);
    g.union(1, 1);
    expect(g.lists()).toEqual([[0, 2], [1]]);
  });

  it('handles a long chain', () => {
    const g = new Groups(1000);
    for (let i = 999; i > 0; i--) g.union(i, i - 1);
    expect(g.lists()).toEqual([Array.from({ length: 1000 }, (_, i) => i)]);
  });
});
