import { describe, expect, it } from 'vitest';
import { extractCountries } from '../../src/extract/countries.js';

const found = (text: string) => extractCountries(text).map((c) => [c.text, c.country, c.kind, c.start]);

describe('extractCountries', () => {
  it('finds names, demonyms, capitals and combining forms, in order, with their offsets', () => {
    expect(found('The Sino-Peruvian talks in Santiago, then Norway.')).toEqual([
      ['Sino', 'China', 'combining', 4],
      ['Peruvian', 'Peru', 'demonym', 9],
      ['Santiago', 'Chile', 'capital', 27],
      ['Norway', 'Norway', 'name', 42],
    ]);
  });

  it('takes the longest form at a position and does not match inside a longer word', () => {
    expect(found('Peruvian and Peru')).toEqual([
      ['Peruvian', 'Peru', 'demonym', 0],
      ['Peru', 'Peru', 'name', 13],
    ]);
    expect(found('xNorway, Norway2 and Norway.')).toEqual([['Norway', 'Norway', 'name', 21]]);
    expect(found('Papua New Guinea’s minister')).toEqual([['Papua New Guinea', 'Papua New Guinea', 'name', 0]]);
  });

  it('reads a combining form only before a hyphen and a capital', () => {
    expect(found('Sino relations')).toEqual([]);
  });

  it('reads a country name followed by a surname as a person', () => {
    expect(found('Georgia Smith met the Georgian president in Tbilisi.')).toEqual([
      ['Georgian', 'Georgia', 'demonym', 22],
      ['Tbilisi', 'Georgia', 'capital', 44],
    ]);
  });

  it('keeps offsets true after characters outside the basic plane', () => {
    expect(found('🙂 Norway')).toEqual([['Norway', 'Norway', 'name', 3]]);
  });
});
