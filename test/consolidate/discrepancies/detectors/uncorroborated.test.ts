import { describe, expect, it } from 'vitest';
import { uncorroborated } from '../../../../src/consolidate/discrepancies/detectors/uncorroborated.js';
import { detect, expectVerbatim, only, outlets, story } from '../fixtures.js';

const REFINERY = 'Mazur Refining signed a $1.2 billion refinery deal with the Chilean state oil firm on Wednesday.';
const WREATH = 'The leaders laid a wreath at the Tomb of the Unknown Soldier in Warsaw.';

describe('uncorroborated', () => {
  it('flags a "$1.2 billion refinery deal" that only one independent source gives', () => {
    const { found, articles } = detect(uncorroborated, outlets([REFINERY], [WREATH]));
    const d = only(found);
    expect(d).toMatchObject({ kind: 'uncorroborated', topic: '$1.2 billion refinery deal' });
    expect(d.claims).toEqual([{ source: 'S1', quote: REFINERY }]);
    expectVerbatim(d, articles);
  });

  it('does not flag the same figure and deal told by two independent sources in other words', () => {
    const { found } = detect(
      uncorroborated,
      outlets(
        ['Mazur Refining signed a $1 billion refinery deal with the Chilean state oil firm on Wednesday.'],
        ['A refinery deal worth one billion dollars was agreed by the two oil companies.'],
      ),
    );
    expect(found).toEqual([]);
  });

  // BUG: the words before "deal" are taken as its name without dropping the amount's scale word,
  // so "$1 billion refinery deal" is the named deal "billion refinery deal", and it counts as
  // uncorroborated unless another source writes "refinery deal" too, though the figure itself is
  // corroborated. Input: "Mazur Refining signed a $1 billion refinery deal with the Chilean state oil
  // firm on Wednesday." / "A refinery investment of one billion dollars was agreed by the two oil
  // companies." Got: [{ topic: 'Billion refinery deal', claims: [S1] }]. Expected: nothing.
  it('does not flag "$1 billion" for a refinery confirmed elsewhere as "one billion dollars"', () => {
    const { found } = detect(
      uncorroborated,
      outlets(
        ['Mazur Refining signed a $1 billion refinery deal with the Chilean state oil firm on Wednesday.'],
        ['A refinery investment of one billion dollars was agreed by the two oil companies.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('still flags a claim told only by an original and its republished copy (the copy does not corroborate)', () => {
    const original = story('a', '2026-03-11', 'Vistula Courier', [
      'Chilean President Marta Quilodrán is visiting Poland on March 10-12 at the invitation of Polish President Jerzy Wilczek.',
      REFINERY,
      'The leaders toured the old town of Warsaw in the afternoon.',
    ]);
    const copy = story('c', '2026-03-12', 'Baltic Digest', [...original.paragraphs, 'This story first appeared in the Vistula Courier.']);
    const other = story('b', '2026-03-11', 'Andes Ledger', ['Chilean President Marta Quilodrán is in Poland for three days of talks with President Jerzy Wilczek.', WREATH]);
    const { found, articles } = detect(uncorroborated, [original, other, copy]);
    expect(articles.map((a) => [a.id, a.duplicateOf ?? null])).toEqual([
      ['S1', null],
      ['S2', null],
      ['S3', 'S1'],
    ]);
    const d = only(found);
    expect(d.topic).toBe('$1.2 billion refinery deal');
    expect(d.claims.map((c) => c.source)).toEqual(['S1']);
    expectVerbatim(d, articles);
  });

  it('does not flag "40%" confirmed elsewhere as "two-fifths"', () => {
    const { found } = detect(
      uncorroborated,
      outlets(
        ['Chile supplies 40% of the copper used by Polish cable makers, officials said.'],
        ['About two-fifths of the copper in Polish cable plants comes from Chilean mines.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does flag "40%" when no other source gives the share (the control for the case above)', () => {
    const { found } = detect(uncorroborated, outlets(['Chile supplies 40% of the copper used by Polish cable makers, officials said.'], [WREATH]));
    expect(found.map((d) => d.topic)).toEqual(['40% of the copper used']);
  });

  it('does not flag a past statistic ("trade stood at $21 billion last year")', () => {
    const { found } = detect(uncorroborated, outlets(['Trade between the two countries stood at $21 billion last year, customs data show.'], [WREATH]));
    expect(found).toEqual([]);
  });

  it('does not flag a conversion in brackets, nor a figure another source gives as a range', () => {
    const { found } = detect(
      uncorroborated,
      outlets(
        ['Wilczek said the copper trade gap costs Poland $30bn (£23bn) a year, the ministry said.'],
        ['Officials put the copper trade gap at a $30-to-50-billion loss a year for Poland.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('says in words how many sources leave the claim out', () => {
    const { found } = detect(uncorroborated, outlets([REFINERY], [WREATH], ['Quilodrán also met students at Warsaw University.']));
    const d = only(found);
    expect(d.note).toBe('Only one of the three independent sources reports this; the other two do not mention it.');
    expect(d.sides).toEqual([{ value: '$1.2 billion refinery deal', sources: ['S1'], quote: expect.stringContaining('$1.2 billion refinery deal') }]);
  });

  it('takes "up to 60%" as borne out by another source’s 55%', () => {
    const { found } = detect(
      uncorroborated,
      outlets(['Chile charges Polish exporters up to 60% on processed copper, Wilczek complained.'], ['Polish exporters face a 55% duty on processed copper from Chile, officials said.']),
    );
    expect(found).toEqual([]);
  });
});

