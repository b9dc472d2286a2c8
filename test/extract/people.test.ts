import { describe, expect, it } from 'vitest';
import { extractTitledPeople, surnameOf } from '../../src/extract/people.js';

// Every name here is invented.
const people = (text: string) => extractTitledPeople(text).map(({ name, role, country }) => ({ name, role, country }));

describe('extractTitledPeople', () => {
  it('reads "Russian President X Y": demonym gives the country', () => {
    expect(people('Russian President Arkady Velmonov arrived on Monday.')).toEqual([
      { name: 'Arkady Velmonov', role: 'President', country: 'Russia' },
    ]);
  });

  it('reads "Prime Minister X Y" as Prime Minister, not Minister', () => {
    expect(people('Prime Minister Tobias Wrenfield welcomed him.')).toEqual([
      { name: 'Tobias Wrenfield', role: 'Prime Minister', country: null },
    ]);
  });

  it('reads "French Defence Minister X Y" as Defence Minister of France', () => {
    expect(people('French Defence Minister Claire Dumarest met her counterpart.')).toEqual([
      { name: 'Claire Dumarest', role: 'Defence Minister', country: 'France' },
    ]);
  });

  it('reads a possessive country: "Indonesia\'s Defence Minister X Y"', () => {
    expect(people("Indonesia's Defence Minister Budi Harsanto spoke.")).toEqual([
      { name: 'Budi Harsanto', role: 'Defence Minister', country: 'Indonesia' },
    ]);
  });

  it('reads a curly-apostrophe possessive the same way', () => {
    expect(people('Indonesia’s Defence Minister Budi Harsanto spoke.')).toEqual([
      { name: 'Budi Harsanto', role: 'Defence Minister', country: 'Indonesia' },
    ]);
  });

  it('reads "President of the Russian Federation, X Y" (with a comma) with country Russia', () => {
    expect(people('President of the Russian Federation, Arkady Velmonov, signed the decree.')).toEqual([
      { name: 'Arkady Velmonov', role: 'President', country: 'Russia' },
    ]);
  });

  it('reads "President of the Russian Federation Y" with country Russia', () => {
    expect(people('President of the Russian Federation Velmonov signed the decree.')).toEqual([
      { name: 'Velmonov', role: 'President', country: 'Russia' },
    ]);
  });

  // BUG: COUNTRY_WORD after "of (the)" takes up to three capitalised words greedily, so the first
  // name is swallowed into the country ("Russian Federation Arkady"), which then matches no country:
  // the result is { name: 'Velmonov', country: null }.
  it('reads "President of the Russian Federation X Y" with the full name and country Russia', () => {
    expect(people('President of the Russian Federation Arkady Velmonov signed the decree.')).toEqual([
      { name: 'Arkady Velmonov', role: 'President', country: 'Russia' },
    ]);
  });

  it('drops a leading conjunction: "While Prime Minister X Y" is a Prime Minister', () => {
    const [p] = extractTitledPeople('While Prime Minister Tobias Wrenfield spoke, others left.');
    expect(p).toMatchObject({ name: 'Tobias Wrenfield', role: 'Prime Minister', country: null });
    expect(p!.start).toBe('While '.length);
  });

  it('expands "PM Y" to Prime Minister', () => {
    expect(people('PM Wrenfield said the deal was done.')).toEqual([{ name: 'Wrenfield', role: 'Prime Minister', country: null }]);
  });

  it('expands "FM Y" to Foreign Minister', () => {
    expect(people('FM Dumarest left early.')).toEqual([{ name: 'Dumarest', role: 'Foreign Minister', country: null }]);
  });

  it('skips an honorific between the title and the name', () => {
    expect(people('Prime Minister Dr. Tobias Wrenfield spoke.')).toEqual([{ name: 'Tobias Wrenfield', role: 'Prime Minister', country: null }]);
  });

  it('does not take a month, weekday or country after a title for a name', () => {
    expect(people('The President on Monday met the press.')).toEqual([]);
    expect(people('He met the President in March.')).toEqual([]);
  });

  it('finds several people in one sentence, with spans over title and name', () => {
    const text = 'Russian President Arkady Velmonov met French Defence Minister Claire Dumarest.';
    const found = extractTitledPeople(text);
    expect(found.map((p) => text.slice(p.start, p.end))).toEqual(['Russian President Arkady Velmonov', 'French Defence Minister Claire Dumarest']);
    expect(found.every((p) => p.titled)).toBe(true);
  });

  it('ends the name span before trailing words that are not names', () => {
    const text = 'Prime Minister Tobias Wrenfield said the talks went well.';
    const [p] = extractTitledPeople(text);
    expect(text.slice(p!.start, p!.end)).toBe('Prime Minister Tobias Wrenfield');
  });

  it('finds nobody in a sentence without a title', () => {
    expect(people('Tobias Wrenfield and Claire Dumarest met on Monday.')).toEqual([]);
  });
});

describe('surnameOf', () => {
  it('takes the family name first for a "Kwon Tae-jun" style name', () => {
    expect(surnameOf('Kwon Tae-jun')).toBe('Kwon');
  });

  it('takes the last token for a Western name', () => {
    expect(surnameOf('Jane Doe')).toBe('Doe');
    expect(surnameOf('Anna Maria Doe')).toBe('Doe');
  });

  it('keeps a single token', () => {
    expect(surnameOf('Velmonov')).toBe('Velmonov');
  });

  it('takes the last token for a hyphenated Western surname', () => {
    expect(surnameOf('Jane Smith-Jones')).toBe('Smith-Jones');
  });
});
