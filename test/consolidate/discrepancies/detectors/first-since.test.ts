import { describe, expect, it } from 'vitest';
import { firstSinceConflict } from '../../../../src/consolidate/discrepancies/detectors/first-since.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('firstSinceConflict', () => {
  it('flags "first visit to Poland in a decade" against another source’s visit in July 2023', () => {
    const { found, articles } = detect(
      firstSinceConflict,
      outlets(
        ['It will be her first visit to Poland in a decade, aides in Santiago said.'],
        ['Quilodrán last visited Poland in July 2023, when she toured the Gdańsk shipyards.'],
      ),
    );
    const d = only(found);
    expect(d.note).toBe('One source calls this the first visit to Poland in a decade, so none since March 2016; another dates one to July 2023.');
    expect(d).toMatchObject({ kind: 'conflict', topic: 'Last visit to Poland' });
    expect(told(d)).toEqual([
      { source: 'S1', value: undefined },
      { source: 'S2', value: '2023-07' },
    ]);
    expect(d.claims[0]!.quote).toContain('first visit to Poland in a decade');
    expectVerbatim(d, articles);
  });

  it('does not flag "first visit in a decade" against a visit more than a decade ago', () => {
    const { found } = detect(
      firstSinceConflict,
      outlets(
        ['It will be her first visit to Poland in a decade, aides in Santiago said.'],
        ['Quilodrán last visited Poland in July 2014, when she toured the Gdańsk shipyards.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag "first visit since the war began" against "last visited in 2021"', () => {
    const { found } = detect(
      firstSinceConflict,
      outlets(
        ['It is her first visit to Europe since the war began, aides in Santiago said.'],
        ['Quilodrán last visited Poland in 2021, when she toured the Gdańsk shipyards.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag "first visit since she took office" against a visit before that', () => {
    const { found } = detect(
      firstSinceConflict,
      outlets(
        ['It is her first visit to Poland since she took office, aides in Santiago said.'],
        ['Quilodrán visited Poland in July 2023 as a senator, when she toured the Gdańsk shipyards.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not take a visit to another country as the witness', () => {
    const { found } = detect(
      firstSinceConflict,
      outlets(
        ['It will be her first visit to Poland in a decade, aides in Santiago said.'],
        ['Quilodrán last visited Germany in July 2023, when she toured the Hamburg shipyards.'],
      ),
    );
    expect(found).toEqual([]);
  });
});
