import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../src/consolidate/items/figures.js';

describe('figuresOf', () => {
  it('reads digits, thousands and decimals as plain numbers', () => {
    expect([...figuresOf('They signed 11 deals worth $1,200 million, up 4.5 percent.')]).toEqual(['11', '1200', '4.5']);
  });

  it('reads number words, but not "one"', () => {
    expect([...figuresOf('eleven agreements and one roadmap, three of them new')].sort()).toEqual(['11', '3']);
  });

  it('does not take the digit of a name for a figure', () => {
    expect([...figuresOf('At the G7 summit, the F-35 and Type 26 were discussed.')].sort()).toEqual(['26', '35']);
  });
});
