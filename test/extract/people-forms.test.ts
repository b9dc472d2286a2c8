import { describe, expect, it } from 'vitest';
import { extractTitledPeople } from '../../src/extract/people.js';

// Every person, body and place here is invented; countries are real.
const people = (text: string) => extractTitledPeople(text).map(({ name, role, country }) => ({ name, role, country }));

describe('extractTitledPeople: a lower-case title after a country word', () => {
  it('reads "the Norwegian leader X Y" with the country and a capitalised role', () => {
    const text = 'He met the Norwegian leader Ana Berglund on Monday.';
    const [p, ...rest] = extractTitledPeople(text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: 'Ana Berglund', role: 'Leader', country: 'Norway', titled: true, former: false });
    expect(text.slice(p!.start, p!.end)).toBe('Norwegian leader Ana Berglund');
  });

  it('reads possessive countries and two-word lower-case titles', () => {
    expect(people('Norway’s president Ana Berglund arrived.')).toEqual([{ name: 'Ana Berglund', role: 'President', country: 'Norway' }]);
    expect(people('He met the Norwegian prime minister Ana Berglund.')).toEqual([{ name: 'Ana Berglund', role: 'Prime Minister', country: 'Norway' }]);
    expect(people('He met the Kenyan strongman Orvin Maltby.')).toEqual([{ name: 'Orvin Maltby', role: 'Strongman', country: 'Kenya' }]);
  });

  it('does not read a lower-case title without a real country word', () => {
    expect(extractTitledPeople('He met the Velmorian leader Ana Berglund on Monday.')).toEqual([]);
    expect(extractTitledPeople('He met the leader Ana Berglund on Monday.')).toEqual([]);
  });
});

describe('extractTitledPeople: a lower-case office before a full name', () => {
  it('reads "national security adviser X Y"', () => {
    expect(people('national security adviser Tessaly Brannock said.')).toEqual([
      { name: 'Tessaly Brannock', role: 'National Security Adviser', country: null },
    ]);
  });

  it('reads "White House press secretary X Y": the qualifier gives the country, the span starts at the office', () => {
    const text = 'White House press secretary Tessaly Brannock said.';
    const [p] = extractTitledPeople(text);
    expect(p).toMatchObject({ name: 'Tessaly Brannock', role: 'Press Secretary', country: 'United States' });
    expect(text.slice(p!.start, p!.end)).toBe('press secretary Tessaly Brannock');
  });

  it('needs a name of two words or more after a lower-case office', () => {
    expect(extractTitledPeople('The spokesman Orvin said so.')).toEqual([]);
    expect(people('spokesman Orvin Maltby said.')).toEqual([{ name: 'Orvin Maltby', role: 'Spokesman', country: null }]);
  });
});

describe('extractTitledPeople: appositions', () => {
  it('reads "X Y, Britain\'s foreign secretary," with either apostrophe', () => {
    for (const text of ["Tessaly Brannock, Britain's foreign secretary, said.", 'Tessaly Brannock, Britain’s foreign secretary, said.']) {
      const [p] = extractTitledPeople(text);
      expect(p).toMatchObject({ name: 'Tessaly Brannock', role: 'Foreign Secretary', country: 'United Kingdom', start: 0, end: 16, former: false });
    }
  });

  it('reads a demonym before an office as the country, but not before a role that is not an office', () => {
    expect(people('Tessaly Brannock, the Norwegian president, said.')).toEqual([{ name: 'Tessaly Brannock', role: 'President', country: 'Norway' }]);
    expect(people('Tessaly Brannock, the Kenyan expert, said.')).toEqual([{ name: 'Tessaly Brannock', role: 'Expert', country: null }]);
  });

  it('reads "the speaker of the chamber, X Y," with the name\'s own span', () => {
    const text = 'The speaker of the chamber, Tessaly Brannock, said.';
    const [p, ...rest] = extractTitledPeople(text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ name: 'Tessaly Brannock', role: 'Speaker', country: null });
    expect(text.slice(p!.start, p!.end)).toBe('Tessaly Brannock');
  });

  it('reads a role before the name with a possessive or a demonym', () => {
    expect(people('His chief of staff, Tessaly Brannock, said.')).toEqual([{ name: 'Tessaly Brannock', role: 'Chief of Staff', country: null }]);
    expect(people('The Peruvian ambassador, Tessaly Brannock, said.')).toEqual([{ name: 'Tessaly Brannock', role: 'Ambassador', country: 'Peru' }]);
  });

  it('reads neither a place before the comma ("in Port Alvar, the mayor said") nor a one-word name', () => {
    expect(extractTitledPeople('The rally in Kessing Vale, the mayor said, was calm.')).toEqual([]);
    expect(extractTitledPeople('The president, Tessaly, said.')).toEqual([]);
  });
});

describe('extractTitledPeople: the former flag', () => {
  it('is set by former/late/then before a capitalised title', () => {
    expect(extractTitledPeople('former President Orvin Maltby spoke.')[0]).toMatchObject({ name: 'Orvin Maltby', former: true });
    expect(extractTitledPeople('the late King Halvard spoke.')[0]).toMatchObject({ name: 'Halvard', former: true });
    expect(extractTitledPeople('then-Prime Minister Orvin Maltby spoke.')[0]).toMatchObject({ name: 'Orvin Maltby', former: true });
    expect(extractTitledPeople('President Orvin Maltby spoke.')[0]).toMatchObject({ name: 'Orvin Maltby', former: false });
  });

  it('is set before lower-case titles, offices and appositions', () => {
    expect(extractTitledPeople('He met the former Norwegian leader Ana Berglund.')[0]).toMatchObject({ name: 'Ana Berglund', country: 'Norway', former: true });
    expect(extractTitledPeople('He met former national security adviser Tessaly Brannock.')[0]).toMatchObject({ name: 'Tessaly Brannock', former: true });
    expect(extractTitledPeople('Tessaly Brannock, a former Peruvian ambassador, said.')[0]).toMatchObject({ name: 'Tessaly Brannock', country: 'Peru', former: true });
    expect(extractTitledPeople('Tessaly Brannock, the former foreign secretary, said.')[0]).toMatchObject({ role: 'Foreign Secretary', former: true });
  });
});

describe('extractTitledPeople: regnal names', () => {
  it('keeps one name and a numeral after a monarch\'s title', () => {
    expect(people('Queen Astrid II of Norway opened the session.')).toEqual([{ name: 'Astrid II', role: 'Queen', country: 'Norway' }]);
    expect(people('Queen Astrid II Velmor Hosk opened it.')).toEqual([{ name: 'Astrid II', role: 'Queen', country: null }]);
    // Two names before a numeral, as in "Anna Maria II".
    expect(people('King Orla Mae II spoke.')).toEqual([{ name: 'Orla Mae II', role: 'King', country: null }]);
  });

  it('keeps only the first word of a pontiff\'s name without a numeral, with the office\'s country', () => {
    const text = 'Pope Orsino Velmar Hask spoke.';
    const [p] = extractTitledPeople(text);
    expect(p).toMatchObject({ name: 'Orsino', role: 'Pope', country: 'Vatican City' });
    expect(text.slice(p!.start, p!.end)).toBe('Pope Orsino');
    expect(people('King Halvard Bren Osk spoke.')).toEqual([{ name: 'Halvard', role: 'King', country: null }]);
  });
});

describe('extractTitledPeople: what ends a name', () => {
  it('stops at page furniture in capitals ("X Y MORE")', () => {
    const text = 'President Tessaly Brannock MORE Latest';
    const [p] = extractTitledPeople(text);
    expect(p?.name).toBe('Tessaly Brannock');
    expect(text.slice(p!.start, p!.end)).toBe('President Tessaly Brannock');
  });

  it('stops at a headline glued to the surname', () => {
    expect(people('President Tessaly BrannockFederal said.')).toEqual([{ name: 'Tessaly', role: 'President', country: null }]);
  });

  it('drops a given name echoed after the surname', () => {
    expect(people('Senator Tessaly Brannock Tessaly said.')).toEqual([{ name: 'Tessaly Brannock', role: 'Senator', country: null }]);
  });

  it('keeps a surname that is a month ("Prime Minister Tessaly May")', () => {
    expect(people('Prime Minister Tessaly May said.')).toEqual([{ name: 'Tessaly May', role: 'Prime Minister', country: null }]);
    expect(people('President Brannock May said.')).toEqual([{ name: 'Brannock May', role: 'President', country: null }]);
  });

  it('does not take a month that starts a date ("President Brannock May 5")', () => {
    const text = 'President Brannock May 5 said.';
    const [p] = extractTitledPeople(text);
    expect(p?.name).toBe('Brannock');
    expect(text.slice(p!.start, p!.end)).toBe('President Brannock');
  });
});

describe('extractTitledPeople: regressions', () => {
  const people = (text: string) => extractTitledPeople(text).map(({ name, role, country, former }) => ({ name, role, country, former }));

  it('reads "The Norwegian leader X Y" at the head of a sentence', () => {
    expect(people('The Norwegian leader Ana Berglund arrived.')).toEqual([{ name: 'Ana Berglund', role: 'Leader', country: 'Norway', former: false }]);
  });

  it('keeps the former flag across a two-word qualifier', () => {
    expect(people('He met former White House press secretary Tessaly Brannock.')[0]?.former).toBe(true);
  });

  it('ends a name at a glued word', () => {
    expect(people('President Tessaly RoeFederal said.')[0]?.name).toBe('Tessaly');
  });
});
