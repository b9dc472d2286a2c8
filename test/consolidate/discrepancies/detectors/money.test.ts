import { describe, expect, it } from 'vitest';
import { moneyConflict } from '../../../../src/consolidate/discrepancies/detectors/money.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('moneyConflict', () => {
  it('flags "$300 million" against "$3 billion" for the same named package', () => {
    const { found, articles } = detect(
      moneyConflict,
      outlets(
        ['Poland will extend a $300 million credit line for the Atacama copper smelter package.'],
        ['Warsaw is offering a $3 billion credit line to fund the Atacama copper smelter package.'],
      ),
    );
    const d = only(found);
    expect(d.kind).toBe('conflict');
    expect(d.topic).toMatch(/^Value of the /);
    expect(told(d)).toEqual([
      { source: 'S1', value: '$300 million' },
      { source: 'S2', value: '$3 billion' },
    ]);
    expectVerbatim(d, articles);
  });

  // The factor comes from the amounts as stated, not from the edges of their ±10% intervals (which give 8).
  it('says how far apart the amounts are as stated ($3 billion is ten times $300 million)', () => {
    const { found } = detect(
      moneyConflict,
      outlets(
        ['Poland will extend a $300 million credit line for the Atacama copper smelter package.'],
        ['Warsaw is offering a $3 billion credit line to fund the Atacama copper smelter package.'],
      ),
    );
    expect(only(found).note).toMatch(/^One source puts the value of .* at \$300 million; another at \$3 billion, the larger about ten times the smaller\.$/);
  });

  it('does not flag "$50 billion" against "50 billion dollars"', () => {
    const { found } = detect(
      moneyConflict,
      outlets(
        ['The lithium investment fund will be worth $50 billion over ten years, according to the plan.'],
        ['Negotiators put the lithium investment fund at 50 billion dollars over ten years.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not compare last year’s trade with a target for 2030', () => {
    const { found } = detect(
      moneyConflict,
      outlets(
        ['Bilateral trade between Chile and Poland reached $2 billion last year, customs data show.'],
        ['The two presidents set a target of $10 billion in bilateral trade between Chile and Poland by 2030.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does compare the same two figures when neither names a year (the control for the case above)', () => {
    const { found } = detect(
      moneyConflict,
      outlets(
        ['Bilateral trade between Chile and Poland is worth $2 billion a year, customs data show.'],
        ['The two presidents said bilateral trade between Chile and Poland is worth $10 billion a year.'],
      ),
    );
    expect(found.map((d) => d.kind)).toEqual(['conflict']);
  });

  it('does not compare amounts for unrelated things', () => {
    const { found } = detect(
      moneyConflict,
      outlets(['Poland will extend a $300 million credit line for the Atacama copper smelter package.'], ['A new lithium battery plant near Wrocław will cost $3 billion to build.']),
    );
    expect(found).toEqual([]);
  });
});
