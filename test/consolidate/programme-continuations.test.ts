import { describe, expect, it } from 'vitest';
import { consolidateProgrammes } from '../../src/consolidate/programmes.js';
import { annotate, articlesOf, type StoryInput } from './helpers.js';

// Every programme, country, company and outlet here is invented.
const story = (path: string, ...paragraphs: string[]): StoryInput => ({ path, date: '2031-05-18', outlet: 'Harbour Post', paragraphs });
const brief = (stories: StoryInput[]) => {
  const text = articlesOf(stories).map((a) => a.text).join('\n');
  return consolidateProgrammes(annotate(stories), text, new Set());
};
const factsOf = (stories: StoryInput[], name: string) => brief(stories).programmes.find((p) => p.name === name)?.facts.map((f) => f.text) ?? [];

const OFFER = 'Norland offered the Kestrel transport aircraft to Valdoria on Monday.';

describe('programme facts from sentences that go on without naming it', () => {
  it('takes a counted noun, a definite noun and an opening noun, in the paragraph and the one after', () => {
    const facts = factsOf(
      [story('a.txt', `${OFFER} Valdoria could order between six and eight aircraft. The deal is worth $2 billion.`, 'Deliveries would begin in 2029. The prime minister then flew home to watch a football match.')],
      'Kestrel',
    );
    expect(facts.sort()).toEqual([
      'Deliveries would begin in 2029.',
      OFFER,
      'The deal is worth $2 billion.',
      'Valdoria could order between six and eight aircraft.',
    ]);
  });

  it('keeps the sentence verbatim, with its own span and its own source only', () => {
    const stories = [story('a.txt', `${OFFER} The aircraft would replace an ageing fleet of turboprops.`), story('b.txt', 'The Kestrel transport aircraft was shown at the air show in Vella.')];
    const articles = articlesOf(stories);
    const kestrel = brief(stories).programmes[0]!;
    const fact = kestrel.facts.find((f) => f.text.startsWith('The aircraft would'))!;
    expect(fact.sources).toEqual(['S1']);
    expect(fact.spans!.map((s) => articles.find((a) => a.id === s.source)!.text.slice(s.start, s.end))).toEqual([fact.text]);
  });

  it('stops at a sentence that names another programme, which goes on about that one', () => {
    const stories = [story('a.txt', 'The Rook fighter flew for the first time in March. The Halberd missile will arm the new jet. The missile can strike ships 300 kilometres away.')];
    expect(factsOf(stories, 'Rook')).toEqual(['The Rook fighter flew for the first time in March.']);
    expect(factsOf(stories, 'Halberd')).toEqual(['The Halberd missile will arm the new jet.', 'The missile can strike ships 300 kilometres away.']);
  });

  it('does not take a sentence about another kind of weapon, or one that refers back to nothing', () => {
    expect(factsOf([story('a.txt', `${OFFER} The frigates would follow in a later deal for the navy.`)], 'Kestrel')).toEqual([OFFER]);
    expect(factsOf([story('a.txt', `${OFFER} Ministers also talked about fishing rights for a long time.`)], 'Kestrel')).toEqual([OFFER]);
  });

  it('reads "it" as the programme only when the programme was the subject, and never "it is understood that"', () => {
    const subject = 'The Kestrel transport aircraft first flew in 2019 over the desert.';
    expect(factsOf([story('a.txt', `${subject} It can carry 26 tonnes of cargo over long distances.`)], 'Kestrel')).toHaveLength(2);
    expect(factsOf([story('a.txt', `${OFFER} It also offered to train pilots and engineers for the air force.`)], 'Kestrel')).toEqual([OFFER]);
    expect(factsOf([story('a.txt', `${subject} It is understood that Valdoria wants cheaper loans from its bankers.`)], 'Kestrel')).toEqual([subject]);
  });

  it('reads no further than the paragraph after the one that names the programme', () => {
    const facts = factsOf(
      [story('a.txt', OFFER, 'The aircraft would replace an ageing fleet of turboprops.', 'The aircraft would also carry troops to the islands in the south.')],
      'Kestrel',
    );
    expect(facts.sort()).toEqual([OFFER, 'The aircraft would replace an ageing fleet of turboprops.']);
  });

  it('gives a plural reference to every programme the sentence before named, and a singular one to none', () => {
    const fleet = 'The fleet includes RX-10 and BX-20 jets bought in the 1990s.';
    const plural = brief([story('a.txt', `${fleet} The jets will be upgraded by 2030 at a cost of $1 billion.`)]).programmes;
    expect(plural.map((p) => [p.name, p.facts.map((f) => [f.text, f.sharedWith])])).toEqual([
      ['BX-20', [[fleet, ['RX-10']], ['The jets will be upgraded by 2030 at a cost of $1 billion.', ['RX-10']]]],
      ['RX-10', [[fleet, ['BX-20']], ['The jets will be upgraded by 2030 at a cost of $1 billion.', ['BX-20']]]],
    ]);
    const singular = brief([story('a.txt', `${fleet} The jet will be upgraded by 2030 at a cost of $1 billion.`)]).programmes;
    expect(singular.map((p) => p.facts.length)).toEqual([1, 1]);
  });

  it('gives "the deal" to one programme, and "the deals" only to several', () => {
    const offer = 'Norland also offered Tarn Shield batteries for its air defence.';
    expect(factsOf([story('a.txt', offer, 'The defence minister said the deal showed that distance was no barrier.')], 'Tarn Shield')).toHaveLength(2);
    expect(factsOf([story('a.txt', offer, 'The defence minister said the deals showed that distance was no barrier.')], 'Tarn Shield')).toHaveLength(1);
  });
});

describe('programme order', () => {
  it('does not depend on file names: ties go by name, facts by their words', () => {
    const one = ['The Rook fighter flew for the first time in March.', 'The Rook fighter will carry two crew members.'];
    const two = ['Valdoria ordered the Heron drone for its navy.', 'The Heron drone can stay aloft for 30 hours.'];
    const listed = (stories: StoryInput[]) => brief(stories).programmes.map((p) => [p.name, p.facts.map((f) => f.text)]);
    const forward = listed([story('a.txt', ...one), story('b.txt', ...two)]);
    expect(forward).toEqual(listed([story('a.txt', ...two), story('b.txt', ...one)]));
    expect(forward.map(([name]) => name)).toEqual(['Heron', 'Rook']);
  });
});
