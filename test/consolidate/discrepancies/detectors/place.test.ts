import { describe, expect, it } from 'vitest';
import { placeConflict } from '../../../../src/consolidate/discrepancies/detectors/place.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('placeConflict', () => {
  it('flags a signing ceremony in Kraków against one in Gdańsk', () => {
    const { found, articles } = detect(
      placeConflict,
      outlets(['The signing ceremony in Kraków will close the visit on its last day.'], ['Aides said the signing ceremony in Gdańsk would follow the final round of talks.']),
    );
    const d = only(found);
    expect(d).toMatchObject({ kind: 'conflict', topic: 'Place of the signing ceremony' });
    // One source a side: the sides in alphabetical order, whichever file came first.
    expect(told(d)).toEqual([
      { source: 'S2', value: 'Gdańsk' },
      { source: 'S1', value: 'Kraków' },
    ]);
    expect(d.note).toBe('One source places the signing ceremony in Gdańsk; another in Kraków.');
    expectVerbatim(d, articles);
  });

  it('does not flag a city against the country it is in ("in Seoul" and "in South Korea")', () => {
    const { found } = detect(
      placeConflict,
      outlets(
        ['After Warsaw, the business forum in Seoul will gather Chilean and Korean exporters.'],
        ['Quilodrán then flies on to the business forum in South Korea, her office said.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does flag two cities of one country ("in Seoul" and "in Busan"; the control for the case above)', () => {
    const { found } = detect(
      placeConflict,
      outlets(
        ['After Warsaw, the business forum in Seoul will gather Chilean and Korean exporters.'],
        ['Quilodrán then flies on to the business forum in Busan, her office said.'],
      ),
    );
    expect(found.map((d) => d.claims.map((c) => c.value))).toEqual([['Busan', 'Seoul']]);
  });

  it('does not flag the same city spelt with and without diacritics ("Kraków" and "Krakow")', () => {
    const { found } = detect(
      placeConflict,
      outlets(['The signing ceremony in Kraków will close the visit on its last day.'], ['Aides said the signing ceremony in Krakow would follow the final round of talks.']),
    );
    expect(found).toEqual([]);
  });

  it('does not read a weekday or a month after "on"/"in" as a place', () => {
    const { found } = detect(
      placeConflict,
      outlets(['The signing ceremony in Kraków will close the visit on its last day.'], ['Aides said the signing ceremony in March would follow the final round of talks.']),
    );
    expect(found).toEqual([]);
  });

  it('does not take a ceremony of another kind for the same ceremony ("welcoming" against "wreath-laying")', () => {
    const { found } = detect(
      placeConflict,
      outlets(['Wilczek greeted her at a formal welcoming ceremony at the Wilanów Palace.'], ['Quilodrán later laid flowers at a wreath-laying ceremony at the Tomb of the Unknown Soldier.']),
    );
    expect(found).toEqual([]);
  });

  it('gives a place to the occasion nearest it ("a welcoming ceremony and a state dinner at the palace")', () => {
    const { found } = detect(
      placeConflict,
      outlets(['The day ended with a welcoming ceremony and a state dinner at the Wilanów Palace.'], ['Quilodrán was honoured at a ceremony in Gdańsk on her second day, aides said.']),
    );
    expect(found).toEqual([]);
  });
});
