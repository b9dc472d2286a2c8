import { describe, expect, it } from 'vitest';
import { consolidateProgrammes } from '../../src/consolidate/programmes.js';
import { annotate, articlesOf, type StoryInput } from './helpers.js';

// Every programme and country here is invented; the designators are made up for the test.
const story = (path: string, ...paragraphs: string[]): StoryInput => ({ path, date: '2031-05-18', outlet: 'Harbour Post', paragraphs });
const listed = (...paragraphs: string[]) => {
  const stories = [story('a.txt', ...paragraphs)];
  const text = articlesOf(stories).map((a) => a.text).join('\n');
  return consolidateProgrammes(annotate(stories), text, new Set()).programmes.map((p) => [p.name, ...p.aliases].sort());
};

describe('programme name variants', () => {
  it('joins a designator, its role variant and its own name: "C-77", "KC-77 Talon", "C-77 Talon"', () => {
    expect(listed('Norland offered the C-77 transport aircraft to Valdoria.', 'The KC-77 Talon tanker refuels fighters on long missions.', 'The C-77 Talon flew to the show with fighter escorts.')).toEqual([
      ['C-77', 'C-77 Talon', 'KC-77 Talon'],
    ]);
  });

  it('joins a designator with a variant letter: "Ky-35" and "Ky-35S"', () => {
    expect(listed('The air force flies the Ky-35 fighter.', 'It wants twelve more Ky-35S jets by 2032.')).toEqual([['Ky-35', 'Ky-35S']]);
  });

  it('joins a numbered class with and without its noun: "Type 58" and "Type 58 frigate"', () => {
    expect(listed('The navy ordered the Type 58 frigate from the yard in Vella.', 'The first Type 58 will sail for the navy in 2031.')).toEqual([['Type 58']]);
  });

  it('joins a name with and without its noun: "Halberd" and "Halberd fighter"', () => {
    expect(listed('Valdoria joined the Halberd fighter programme in May.', 'The Halberd will fly in 2035, officials said.')).toEqual([['Halberd']]);
  });

  it('joins a designator and the name written after it: "RA-12 Kestrel" and "Kestrel drone"', () => {
    expect(listed('The RA-12 Kestrel drone flew over the border.', 'Norland wants the Kestrel drone for its navy.')).toEqual([['Kestrel', 'RA-12 Kestrel']]);
  });

  it('keeps different numbers apart: "X-16" and "X-15"', () => {
    expect(listed('The X-16 fighter and the X-15 fighter are both old.')).toEqual([['X-15'], ['X-16']]);
  });

  it('keeps apart systems that share a word, and designators of different numbers that share a name', () => {
    expect(listed('Valdoria bought the Black Heron drone and the Black Kite missile.')).toEqual([['Black Heron'], ['Black Kite']]);
    expect(listed('The air force flies X-1 Falcon jets and wants X-2 Falcon jets too.', 'The Falcon drone is a different system.')).toEqual([['Falcon'], ['X-1 Falcon'], ['X-2 Falcon']]);
  });

  it('does not join a designator to another with more than two letters before it', () => {
    expect(listed('The navy flies the C-77 patrol aircraft and the TRKC-77 drone.')).toEqual([['C-77'], ['TRKC-77']]);
  });
});
