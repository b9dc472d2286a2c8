import { describe, expect, it } from 'vitest';
import { latinCovers } from '../../src/render/font-coverage.js';
import { FONT, FONT_LATIN, familyFor } from '../../src/render/fonts.js';

describe('the font a brief is set in', () => {
  it('is the Latin cut for Latin text with accents, dashes, quotes, the euro and arrows', () => {
    const text = 'Sigvaldsdóttir signed 11 agreements — “a new chapter” — worth €2.5bn; São Tomé → Kraków, Nguyễn, Œuvre, Łódź.';
    expect(latinCovers(text)).toBe(true);
    expect(familyFor(text)).toBe(FONT_LATIN);
  });

  it('is the whole font as soon as one character is Cyrillic or Greek', () => {
    expect(latinCovers('Talks in Москва')).toBe(false);
    expect(familyFor('Talks in Москва')).toBe(FONT);
    expect(familyFor('The Ζ-class frigate')).toBe(FONT);
  });
});
