import { describe, expect, it } from 'vitest';
import { consolidateProgrammes } from '../../src/consolidate/programmes.js';
import { annotate, articlesOf, type StoryInput } from './helpers.js';

// Every programme, company, person and outlet here is invented.
const listed = (stories: StoryInput[]) => {
  const text = articlesOf(stories).map((a) => a.text).join('\n');
  return consolidateProgrammes(annotate(stories), text, new Set()).programmes.map(({ name, aliases, sources }) => ({ name, aliases, sources }));
};
const story = (path: string, ...paragraphs: string[]): StoryInput => ({ path, date: '2027-05-18', outlet: 'Pacific Wire', paragraphs });

describe('consolidateProgrammes', () => {
  it('never lists a name the corpus shows to be a company, wherever it is shown', () => {
    const found = listed([
      story('a.txt', 'Rome wants to buy the Tessera jet and the Aquilone fighter.'),
      story('b.txt', 'Tessera said on Monday that it had finished the design of the wing.'),
    ]);
    expect(found.map((p) => p.name)).toEqual(['Aquilone']);
  });

  it("drops a maker's name written before a system's", () => {
    const found = listed([
      story('a.txt', 'Rome wants the Tessera Aquilone fighter.', 'Japan will buy the Aquilone fighter too.'),
      story('b.txt', 'Tessera said on Monday that it had finished the design of the wing.'),
    ]);
    expect(found).toEqual([{ name: 'Aquilone', aliases: [], sources: ['S1'] }]);
  });

  it('brings in the sentences where a listed name recurs without its weapon noun, with its variant', () => {
    const found = listed([
      story('a.txt', 'The navy wants the Currawong loyal-wingman drone.'),
      story('b.txt', 'The Currawong first flew in 2026, a year late.', 'Norway offered an engine for a larger Currawong Mk2.'),
    ]);
    expect(found).toEqual([{ name: 'Currawong', aliases: ['Currawong Mk2'], sources: ['S1', 'S2'] }]);
  });

  it('lists a name capitalised by choice even when the corpus also writes it in lower case', () => {
    const found = listed([
      story('a.txt', 'India wants the Rampart air defence system for its frigates.'),
      story('b.txt', 'Critics said the deal was the rampart of British industry.'),
    ]);
    expect(found.map((p) => p.name)).toEqual(['Rampart']);
  });

  it('drops a common word that only opened a sentence before a weapon noun', () => {
    const found = listed([
      story('a.txt', 'Sentinel drones were grounded after the crash of a military jet.'),
      story('b.txt', 'A lone sentinel stood at the gate.'),
    ]);
    expect(found).toEqual([]);
  });

  it('joins an acronym to its expansion, in this sentence and in others', () => {
    const found = listed([
      story('a.txt', 'They will sign the Logistics Support Memorandum of Agreement (LSMOA), which lets warships refuel.'),
      story('b.txt', 'India and Britain signed the Logistics Support Memorandum of Agreement on Tuesday.', 'The LSMOA opens every port to the navy of the other.'),
    ]);
    expect(found).toEqual([{ name: 'Logistics Support Memorandum of Agreement', aliases: ['LSMOA'], sources: ['S1', 'S2'] }]);
  });
});
