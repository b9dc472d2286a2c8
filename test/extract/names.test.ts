import { describe, expect, it } from 'vitest';
import { extractNames } from '../../src/extract/names.js';

// Every person and place name here is invented.
const texts = (text: string) => extractNames(text).map((m) => m.text);

describe('extractNames', () => {
  it('reads a two-word capitalised run with its span', () => {
    const text = 'Yesterday the envoy met Tessaly Brannock in private.';
    const [m, ...rest] = extractNames(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ text: 'Tessaly Brannock', actor: false, locative: false });
    expect(text.slice(m!.start, m!.end)).toBe('Tessaly Brannock');
  });

  it('flags an actor when a verb of saying or acting follows', () => {
    for (const tail of ['said on Monday.', 'told reporters.', ', who leads the delegation, left.', 'has said nothing.', 'will visit soon.', 'is expected to speak.', 'met officials.']) {
      const [m] = extractNames(`Tessaly Brannock ${tail}`.replace(' ,', ','));
      expect(m, tail).toMatchObject({ text: 'Tessaly Brannock', actor: true });
    }
  });

  it('flags an actor across a possessive: "X\'s aide said"', () => {
    expect(extractNames('Orvin Maltby’s aide said so.')).toEqual([expect.objectContaining({ text: 'Orvin Maltby', actor: true })]);
    expect(extractNames("Orvin Maltby's aide said so.")).toEqual([expect.objectContaining({ text: 'Orvin Maltby', actor: true })]);
  });

  it('does not flag an actor before an apposition or a noun', () => {
    expect(extractNames('Orvin Maltby, the envoy, left.')[0]).toMatchObject({ text: 'Orvin Maltby', actor: false });
    expect(extractNames('The Tessaly Brannock interview ran long.')[0]).toMatchObject({ text: 'Tessaly Brannock', actor: false });
  });

  it('flags a locative run after in/at/to/from, with or without "the"', () => {
    expect(extractNames('They flew to Port Hadley on Monday.')[0]).toMatchObject({ text: 'Port Hadley', locative: true });
    expect(extractNames('They drove from the Port Hadley base.')[0]).toMatchObject({ text: 'Port Hadley', locative: true });
    expect(extractNames('They gathered near Kessing Vale.')[0]).toMatchObject({ text: 'Kessing Vale', locative: true });
    expect(extractNames('They praised Kessing Vale.')[0]).toMatchObject({ text: 'Kessing Vale', locative: false });
  });

  it('drops sentence openers, calendar words and titles from the front of a run', () => {
    const text = 'On Monday Orvin Maltby spoke.';
    const [m] = extractNames(text);
    expect(m).toMatchObject({ text: 'Orvin Maltby', actor: true });
    expect(text.slice(m!.start, m!.end)).toBe('Orvin Maltby');
    expect(texts('Prime Minister Orvin Maltby said.')).toEqual(['Orvin Maltby']);
    expect(texts('But Tessaly Brannock said no.')).toEqual(['Tessaly Brannock']);
    expect(texts('Mr Orvin Maltby spoke.')).toEqual(['Orvin Maltby']);
  });

  it('drops a leading country word ("Norwegian Orvin Maltby")', () => {
    const text = 'Norwegian Orvin Maltby spoke.';
    const [m] = extractNames(text);
    expect(m?.text).toBe('Orvin Maltby');
    expect(m?.start).toBe(text.indexOf('Orvin'));
  });

  it('refuses country forms, their peoples and plurals', () => {
    expect(extractNames('He met North Koreans and South Koreans.')).toEqual([]);
    expect(extractNames('The talks with Norway ended.')).toEqual([]);
    expect(extractNames('He praised Orvin Maltby Norway today.')).toEqual([]);
  });

  it('refuses runs holding an institution or place word', () => {
    expect(extractNames('He spoke at Brannock University about it.')).toEqual([]);
    expect(extractNames('The Maltby Foundation gave money.')).toEqual([]);
    expect(extractNames('Brannock Senate hearings began.')).toEqual([]);
    expect(extractNames('The report named Kessing Valley Airport staff.')).toEqual([]);
  });

  it('keeps a middle initial and a lower-case particle inside a name', () => {
    expect(texts('Orvin Q. Maltby spoke.')).toEqual(['Orvin Q. Maltby']);
    expect(texts('Orvin van Maltby spoke.')).toEqual(['Orvin van Maltby']);
  });

  it('keeps hyphenated names, including a lower-case second part', () => {
    expect(texts('Orvin Maltby-Crewe said.')).toEqual(['Orvin Maltby-Crewe']);
    expect(texts('Seo Min-ha said.')).toEqual(['Seo Min-ha']);
  });

  it('trims a given name echoed after the surname ("Jane Roe Jane")', () => {
    expect(extractNames('Tessaly Brannock Tessaly was there.')).toEqual([
      { text: 'Tessaly Brannock', start: 0, end: 16, actor: false, locative: false },
    ]);
  });

  it('refuses shouted words and words glued to digits', () => {
    expect(extractNames('ORVIN MALTBY spoke.')).toEqual([]);
    expect(extractNames('Orvin MALTBY spoke.')).toEqual([]);
    expect(extractNames('Orvin Maltby2 spoke.')).toEqual([]);
  });

  it('cuts a run at page furniture in capitals ("Orvin Maltby MORE")', () => {
    expect(texts('Orvin Maltby MORE stories')).toEqual(['Orvin Maltby']);
  });

  it('needs at least two words and a word boundary before the run', () => {
    expect(extractNames('Maltby said so.')).toEqual([]);
    expect(extractNames('xOrvin Maltby said so.')).toEqual([]);
  });

  it('keeps at most four words of a long run', () => {
    expect(texts('Orvin Maltby Fen Crewe Dalt Ossery Bram')[0]).toBe('Orvin Maltby Fen Crewe');
  });

  it('returns every candidate in a sentence in order', () => {
    const found = extractNames('Tessaly Brannock met Orvin Maltby in Port Hadley.');
    expect(found.map((m) => m.text)).toEqual(['Tessaly Brannock', 'Orvin Maltby', 'Port Hadley']);
    expect(found.map((m) => m.locative)).toEqual([false, false, true]);
    expect(found.map((m) => m.actor)).toEqual([true, false, false]);
  });
});

describe('extractNames: regressions', () => {
  it('finds a name after an opener and a title that fill the first words of the run', () => {
    expect(extractNames('On Monday President Orvin Maltby spoke.').map((n) => n.text)).toEqual(['Orvin Maltby']);
  });
});
