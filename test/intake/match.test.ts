import { describe, expect, it } from 'vitest';
import { parseMatch } from '../../src/intake/match.js';

describe('--match', () => {
  it('words: all of them, each starting a word, case and accents ignored', () => {
    const m = parseMatch('sigvaldsdottir Portugal visit');
    expect(m('Sigvaldsdóttir visits PORTUGAL')).toBe(true);
    expect(m('Sigvaldsdóttir visits Spain')).toBe(false);
    expect(m('Sigvaldsdóttir Portuguese revisit')).toBe(false); // "visit" must start a word; "portugal" is not "portuguese"
    expect(parseMatch('Þórsdóttir')('thorsdottir says')).toBe(true);
  });

  it('/regex/flags: as written', () => {
    const m = parseMatch('/geothermal|fisher(y|ies)/i');
    expect(m('Fisheries talks')).toBe(true);
    expect(m('Cod trade')).toBe(false);
    expect(() => parseMatch('/(unclosed/')).toThrow(expect.objectContaining({ file: '--match', exitCode: 2, message: expect.stringMatching(/^not a valid regular expression \/\(unclosed\/: /) }));
  });

  it('nothing given matches everything; punctuation alone is an error', () => {
    expect(parseMatch(undefined)('anything')).toBe(true);
    expect(parseMatch('  ')('anything')).toBe(true);
    expect(() => parseMatch('—')).toThrow('expected words or /regex/flags; got "—"');
  });
});
