import { describe, expect, it } from 'vitest';
import { isNameToken } from '../../src/extract/name-tokens.js';

// Every name here is invented.
describe('isNameToken', () => {
  it('accepts an ordinary capitalised word, accented or not', () => {
    for (const t of ['Brannock', 'Élodie', 'Ñuñel', 'Ab']) expect(isNameToken(t), t).toBe(true);
  });

  it('refuses a word that does not start with a capital', () => {
    for (const t of ['brannock', 'seo-min', '-Brannock', '2Brannock']) expect(isNameToken(t), t).toBe(false);
  });

  it('accepts short-prefix inner capitals: Mc, De, La, Di, Du, Le', () => {
    for (const t of ['McTavish', 'DeVaine', 'LaRoque', 'DiVello', 'DuMarrin', 'LeFossey']) expect(isNameToken(t), t).toBe(true);
  });

  it('accepts the listed longer prefixes: Mac, Van, Von, Del, Della', () => {
    for (const t of ['MacArdle', 'VanDorrit', 'VonHalsen', 'DelVasto', 'DellaRossa']) expect(isNameToken(t), t).toBe(true);
  });

  it('refuses an inner capital after a long word: two words glued together', () => {
    for (const t of ['BrannockFederal', 'MaltbyReuters', 'TessalyBrannock']) expect(isNameToken(t), t).toBe(false);
  });

  it('refuses a prefix followed by a shouted remainder ("MacARDLE")', () => {
    expect(isNameToken('MacARDLE')).toBe(false);
    expect(isNameToken('BrannockMORE')).toBe(false);
  });

  it('refuses all-capital words of two letters or more', () => {
    for (const t of ['BRANNOCK', 'MORE', 'CSF', 'ACF']) expect(isNameToken(t), t).toBe(false);
  });

  it('accepts roman numerals of regnal names and generations', () => {
    for (const t of ['II', 'III', 'IV', 'V', 'VI', 'VIII', 'IX', 'X', 'XI', 'XIV', 'XV', 'XVI']) expect(isNameToken(t), t).toBe(true);
  });

  it('refuses malformed numerals', () => {
    for (const t of ['IIII', 'VV', 'IIX']) expect(isNameToken(t), t).toBe(false);
  });

  it('accepts hyphenated names whose later parts are lower case or capitalised', () => {
    for (const t of ['Min-ha', 'Min-Ha', 'Maltby-Crewe', 'Orla-Mae-Brannock']) expect(isNameToken(t), t).toBe(true);
  });

  it('refuses an empty hyphen part or a hyphenated part glued to another word', () => {
    expect(isNameToken('Maltby-')).toBe(false);
    expect(isNameToken('Maltby--Crewe')).toBe(false);
    expect(isNameToken('Maltby-CreweFederal')).toBe(false);
  });

  it("accepts O'/D' prefixes with either apostrophe", () => {
    for (const t of ["O'Brannock", 'O’Brannock', "D'Arvell", 'D’Arvell']) expect(isNameToken(t), t).toBe(true);
  });

  it('accepts a possessive and judges the word without it', () => {
    expect(isNameToken("Brannock's")).toBe(true);
    expect(isNameToken('Brannock’s')).toBe(true);
    expect(isNameToken('BRANNOCK’s')).toBe(false);
  });

  it('refuses words with digits or trailing punctuation', () => {
    for (const t of ['Maltby2', 'Brannock2026', 'St.', 'Maltby,']) expect(isNameToken(t), t).toBe(false);
  });
});

describe('isNameToken: words glued by a page', () => {
  it('refuses a three-letter surname with a word stuck to it, keeps two-letter prefixes', () => {
    expect(isNameToken('DoeFederal')).toBe(false);
    expect(isNameToken('RoeBusiness')).toBe(false);
    for (const t of ['McBride', 'DeLacy', 'LaFleur', 'DiMarco', 'MacLeod']) expect(isNameToken(t), t).toBe(true);
  });
});
