import { describe, expect, it } from 'vitest';
import { appositiveCountry, descriptors, PARTY_TAG } from '../../src/consolidate/people/country.js';
import { foldName, nearlyEqual, regnalBase, sameName } from '../../src/consolidate/people/fold.js';
import { shortNameOf, standaloneCounts } from '../../src/consolidate/people/short-names.js';
import { surnameOf } from '../../src/extract/people.js';

// Every person and place here is invented; countries are real.
describe('foldName', () => {
  it('folds case, accents, hyphens, possessives and middle initials', () => {
    expect(foldName('Élodie Brannock-Vale')).toBe('elodie brannock vale');
    expect(foldName('Orvin Q. Maltby')).toBe('orvin maltby');
    expect(foldName('Orvin Maltby’s')).toBe('orvin maltby');
    expect(foldName("Orvin Maltby's")).toBe('orvin maltby');
    expect(foldName('ORVIN  MALTBY')).toBe('orvin maltby');
    // An initial without its full stop is kept.
    expect(foldName('Orvin Q Maltby')).toBe('orvin q maltby');
  });
});

describe('nearlyEqual', () => {
  it('accepts one letter added, dropped or changed', () => {
    expect(nearlyEqual('brannock', 'brannocks')).toBe(true);
    expect(nearlyEqual('brannocks', 'brannock')).toBe(true);
    expect(nearlyEqual('brannock', 'brannick')).toBe(true);
    expect(nearlyEqual('orvine', 'orvin')).toBe(true);
    expect(nearlyEqual('maltby', 'maltby')).toBe(true);
  });

  it('refuses two edits, transpositions and words shorter than four letters', () => {
    expect(nearlyEqual('maltby', 'maltbyxx')).toBe(false);
    expect(nearlyEqual('maltby', 'matlby')).toBe(false);
    expect(nearlyEqual('orvin', 'arven')).toBe(false);
    expect(nearlyEqual('abc', 'abd')).toBe(false);
    expect(nearlyEqual('', 'a')).toBe(false);
  });
});

describe('sameName', () => {
  it('matches a name with and without a middle name, either way round', () => {
    expect(sameName('tessaly orla brannock', 'tessaly brannock')).toBe(true);
    expect(sameName('tessaly brannock', 'tessaly orla brannock')).toBe(true);
  });

  it('matches a longer name ending with the whole of the shorter', () => {
    expect(sameName('ana velde soto', 'velde soto')).toBe(true);
  });

  it('matches a misspelt given name of the same length', () => {
    expect(sameName('orvine maltby', 'orvin maltby')).toBe(true);
    expect(sameName('orvine ash maltby', 'orvin ash maltby')).toBe(true);
  });

  it('refuses different surnames, different given names and single words', () => {
    expect(sameName('tessaly brannock', 'tessaly brannick')).toBe(false);
    expect(sameName('tessaly brannock', 'orvin brannock')).toBe(false);
    expect(sameName('tessaly orla brannock', 'tessaly fenn brannock')).toBe(false);
    expect(sameName('brannock', 'tessaly brannock')).toBe(false);
  });
});

describe('regnalBase', () => {
  it('gives the name before a numeral', () => {
    expect(regnalBase('astrid ii')).toBe('astrid');
    expect(regnalBase('halvard v')).toBe('halvard');
    expect(regnalBase('halvard vii')).toBe('halvard');
    expect(regnalBase('orsino ix')).toBe('orsino');
    expect(regnalBase('orsino x')).toBe('orsino');
  });

  it('is null without a numeral, with two numerals, or with more than two words before it', () => {
    expect(regnalBase('astrid')).toBeNull();
    expect(regnalBase('tessaly brannock')).toBeNull();
    expect(regnalBase('astrid ii iii')).toBeNull();
    expect(regnalBase('tessaly ann brannock ii')).toBeNull();
  });
});

describe('standaloneCounts', () => {
  it('counts words standing alone, after a title, or with a possessive or full stop, and no others', () => {
    const counts = standaloneCounts(['Maltby said so.', 'President Maltby said.', 'Orvin Maltby arrived.', 'Maltby’s aide left.', 'Seo said. Then it rained, said Seo.']);
    expect(counts.get('Maltby')).toBe(3);
    expect(counts.get('Seo')).toBe(2);
    expect(counts.has('Orvin')).toBe(false);
    expect(counts.has('President')).toBe(false);
    // Not inside a longer capitalised run.
    expect(standaloneCounts(['Then Maltby agreed.']).has('Maltby')).toBe(false);
  });
});

describe('shortNameOf', () => {
  it('falls back to the family name by the usual rule', () => {
    expect(shortNameOf('Tessaly Brannock', new Map(), surnameOf)).toBe('Brannock');
    expect(shortNameOf('Seo Min-ha', new Map(), surnameOf)).toBe('Seo');
  });

  it('ignores initials, numerals and Jr', () => {
    expect(shortNameOf('Orvin Q. Maltby', new Map(), surnameOf)).toBe('Maltby');
    expect(shortNameOf('Orvin Maltby Jr', new Map(), surnameOf)).toBe('Maltby');
    expect(shortNameOf('Astrid II', new Map(), surnameOf)).toBe('Astrid');
    expect(shortNameOf('Orvin', new Map(), surnameOf)).toBe('Orvin');
  });

  it('takes another word only when the corpus uses it alone more than twice as often', () => {
    const counts = (velm: number, dask: number) => new Map([['Velm', velm], ['Dask', dask]]);
    expect(shortNameOf('Velm Orvin Dask', counts(4, 1), surnameOf)).toBe('Velm');
    expect(shortNameOf('Velm Orvin Dask', counts(3, 1), surnameOf)).toBe('Dask');
    expect(shortNameOf('Velm Orvin Dask', counts(2, 0), surnameOf)).toBe('Velm');
    expect(shortNameOf('Velm Orvin Dask', counts(1, 0), surnameOf)).toBe('Dask');
  });
});

describe('descriptors', () => {
  it('reads an office named by its country, from "the" to the title', () => {
    const text = 'Tessaly Brannock, the Norwegian president, said.';
    expect(descriptors(text)).toEqual([{ country: 'Norway', title: 'president', start: 18, end: 41 }]);
    expect(text.slice(18, 41)).toBe('the Norwegian president');
  });

  it('reads possessive and noun forms and lower-cases the title', () => {
    expect(descriptors('Norway’s president spoke.')).toEqual([{ country: 'Norway', title: 'president', start: 0, end: 18 }]);
    expect(descriptors('A Peruvian foreign minister spoke.')).toEqual([{ country: 'Peru', title: 'foreign minister', start: 0, end: 27 }]);
    expect(descriptors('Kenyan President Orvin Maltby left.').map((d) => d.title)).toEqual(['president']);
  });

  it('needs the country right before the title, and a title of rank', () => {
    expect(descriptors('the president spoke')).toEqual([]);
    expect(descriptors('the Norwegian deputy president spoke')).toEqual([]);
    expect(descriptors('the Norwegian lawmaker spoke')).toEqual([]);
  });
});

describe('appositiveCountry', () => {
  const country = (text: string, name: string) => {
    const at = text.indexOf(name);
    return appositiveCountry(text, at, at + name.length, descriptors(text));
  };

  it('gives the country of a descriptor set off right after or right before the name', () => {
    expect(country('Tessaly Brannock, the Norwegian president, said.', 'Tessaly Brannock')).toBe('Norway');
    expect(country('The Norwegian president, Tessaly Brannock, said.', 'Tessaly Brannock')).toBe('Norway');
    expect(country('The Norwegian president Tessaly Brannock said.', 'Tessaly Brannock')).toBe('Norway');
  });

  it('gives nothing for a descriptor that is not beside the name', () => {
    expect(country('Tessaly Brannock met the Norwegian president.', 'Tessaly Brannock')).toBeNull();
    expect(country('Tessaly Brannock said the Norwegian president left.', 'Tessaly Brannock')).toBeNull();
    expect(appositiveCountry('Tessaly Brannock, the envoy, said.', 0, 16, [])).toBeNull();
  });
});

describe('PARTY_TAG', () => {
  it('matches a party-and-state tag at the start of the rest of the text', () => {
    expect(PARTY_TAG.test(' (R-Velm.) said')).toBe(true);
    expect(PARTY_TAG.test('(D-N.V.)')).toBe(true);
    expect(PARTY_TAG.test(' (I-Vt.)')).toBe(true);
  });

  it('refuses other parties, later tags, lower-case states and unclosed tags', () => {
    expect(PARTY_TAG.test('(X-Velm.)')).toBe(false);
    expect(PARTY_TAG.test('said (R-Velm.)')).toBe(false);
    expect(PARTY_TAG.test('(R-velm.)')).toBe(false);
    expect(PARTY_TAG.test('(R-Velm.')).toBe(false);
    expect(PARTY_TAG.test('(D-Velmorland Province State)')).toBe(false);
  });
});

describe('regnal names beyond X', () => {
  it('reads XIV, XV and XVI, and two-word regnal names', () => {
    expect(regnalBase('orsino xiv')).toBe('orsino');
    expect(regnalBase('orsino xvi')).toBe('orsino');
    expect(regnalBase('anna maria ii')).toBe('anna maria');
    expect(shortNameOf('Orsino XIV', new Map(), surnameOf)).toBe('Orsino');
    expect(shortNameOf('Orsino IX', new Map(), surnameOf)).toBe('Orsino');
  });
});
