import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/extract/places.js';

// Every place here other than real countries and capitals is invented.
const places = (text: string) => extractPlaces(text).map(({ name, region, listed }) => ({ name, region, ...(listed ? { listed } : {}) }));

describe('extractPlaces', () => {
  it('reads a place after "in" with its span', () => {
    const text = 'The summit will be held in Port Alvar.';
    const found = extractPlaces(text);
    expect(found).toEqual([{ name: 'Port Alvar', region: null, start: 27, end: 37 }]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Port Alvar');
  });

  it('reads the region written after a comma', () => {
    expect(places('The summit will be held in Port Alvar, Marrowland.')).toEqual([{ name: 'Port Alvar', region: 'Marrowland' }]);
    expect(places('The summit will be held in Port Alvar, Kessing Vale, next week.')).toEqual([{ name: 'Port Alvar', region: 'Kessing Vale' }]);
  });

  it('keeps a country written as the region', () => {
    expect(places('He spoke from Kessington, Britain.')).toEqual([{ name: 'Kessington', region: 'Britain' }]);
  });

  it('does not take a capitalised article after the comma as a region', () => {
    expect(places('He spoke from Kessington, The Velmor Courier reported.')).toEqual([{ name: 'Kessington', region: null }]);
  });

  it('reads places after the other locative verbs', () => {
    expect(places('She arrived in Drumlow on Monday.')).toEqual([{ name: 'Drumlow', region: null }]);
    expect(places('Crowds gathered outside Kessington.')).toEqual([{ name: 'Kessington', region: null }]);
    expect(places('Later she visited Drumlow.')).toEqual([{ name: 'Drumlow', region: null }]);
  });

  it('flags every place of a list "stops in A, B and C" as listed', () => {
    const text = 'The tour makes stops in Port Alvar, Kessington and Drumlow.';
    const found = extractPlaces(text);
    expect(found.map(({ name, listed }) => ({ name, listed }))).toEqual([
      { name: 'Port Alvar', listed: true },
      { name: 'Kessington', listed: true },
      { name: 'Drumlow', listed: true },
    ]);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.name);
  });

  it('flags a pair "A and B" after a locative verb as listed', () => {
    expect(places('He toured Kessington and Drumlow.')).toEqual([
      { name: 'Kessington', region: null, listed: true },
      { name: 'Drumlow', region: null, listed: true },
    ]);
  });

  it('leaves a capital inside a list to the gazetteer', () => {
    expect(places('He stopped in Velmor, Paris and Drumlow.').map((p) => p.name)).toEqual(['Velmor', 'Drumlow']);
  });

  it('leaves country names and capitals to the gazetteer', () => {
    expect(extractPlaces('She arrived in France on Monday.')).toEqual([]);
    expect(extractPlaces('She arrived in Paris on Monday.')).toEqual([]);
    expect(extractPlaces('He will visit South Africa on 3 June.')).toEqual([]);
    expect(extractPlaces('The talks in Lisbon, Portugal ended.')).toEqual([]);
  });

  it('ends a place at a weekday or a month', () => {
    expect(places('They met in Kessington Sunday.')).toEqual([{ name: 'Kessington', region: null }]);
    expect(places('They met in Kessington May 5.')).toEqual([{ name: 'Kessington', region: null }]);
  });

  it('ends a place at a country word after it', () => {
    expect(places('They met in Kessington Norway.')).toEqual([{ name: 'Kessington', region: null }]);
  });

  it('ends a place at a possessive, which belongs to it', () => {
    expect(places("They met in Port Alvar's harbour.")).toEqual([{ name: 'Port Alvar', region: null }]);
    expect(places('They met in Port Alvar’s harbour.')).toEqual([{ name: 'Port Alvar', region: null }]);
  });

  it('refuses months, weekdays, languages and institutions after "in"', () => {
    for (const text of ['They met in March.', 'They met on Friday in Sunday clothes.', 'She replied in English.', 'It passed in Congress.', 'They met at Kessington Palace.']) {
      expect(extractPlaces(text), text).toEqual([]);
    }
  });

  it('keeps "City" as part of a place name', () => {
    expect(places('They met at Kessington City.')).toEqual([{ name: 'Kessington City', region: null }]);
  });

  it('refuses short abbreviations', () => {
    expect(extractPlaces('They met in NY.')).toEqual([]);
    expect(extractPlaces('He flew to KV yesterday.')).toEqual([]);
  });

  it('keeps linking particles and hyphens inside a place name', () => {
    expect(places('He flew to Bourg de Vellan.')).toEqual([{ name: 'Bourg de Vellan', region: null }]);
    expect(places('He flew to Saint-Aubel-sur-Orne.')).toEqual([{ name: 'Saint-Aubel-sur-Orne', region: null }]);
  });

  it('needs a locative word before the place', () => {
    expect(extractPlaces('Kessington and Drumlow were quiet.')).toEqual([]);
    expect(extractPlaces('He went into Kessington.')).toEqual([]);
  });
});

describe('extractPlaces: lists with a serial comma', () => {
  it('reads "A, B, and C" as three places', () => {
    expect(extractPlaces('The tour makes stops in Port Alvar, Kessington, and Drumlow.').map((p) => p.name)).toEqual(['Port Alvar', 'Kessington', 'Drumlow']);
  });
});
