import { describe, expect, it } from 'vitest';
import { extractMakers } from '../../src/extract/makers.js';

// Every company here is invented; makers are recognised by how coverage writes about them.
describe('extractMakers', () => {
  it.each([
    ['a company suffix, with and without it', 'Brekke Aerospace will deliver the first engine.', ['Brekke Aerospace', 'Brekke']],
    ['suffixes in turn, after an owner', "Australia's Corvell Engines Ltd will hire engineers.", ['Corvell Engines Ltd', 'Corvell Engines', 'Corvell']],
    ['a three-word company and its first word', 'Mizuhara Heavy Industries leads the Japanese side.', ['Mizuhara Heavy Industries', 'Mizuhara Heavy', 'Mizuhara']],
    ['a name that opens with a generic word', 'Naval Ordnance Group will build submarines.', ['Naval Ordnance Group', 'Naval Ordnance']],
    ['a word for a maker before the name', 'The deal went to engine maker Brekke last year.', ['Brekke']],
    ['an apposition that says it is a company', 'Tessera, the Italian aerospace group, leads the airframe work.', ['Tessera']],
    ['the subject of "said"', 'Kongsvik said deliveries would begin in 2029.', ['Kongsvik']],
    ['a relative clause of what makers do', 'Kongsvik, which manufactures the Skarvik, is ready.', ['Kongsvik']],
    ['a chief executive', 'Tessera chief executive Paolo Venturi spoke.', ['Tessera']],
    ['possessive shares', "Tessera's Milan-listed shares are up 9%.", ['Tessera']],
    ['shares in', 'Shares in Harcourt-Lyle have risen.', ['Harcourt-Lyle']],
    ['a possessive chief executive', "Harcourt-Lyle's chief executive told investors.", ['Harcourt-Lyle']],
    ['the maker of something', "The Skarvik missiles are made by Norway's Kongsvik.", ['Kongsvik']],
    ['a co-developer', 'India wants an engine to be co-developed with Brekke for its fighter.', ['Brekke']],
  ])('reads %s', (_, text, names) => {
    expect(extractMakers(text)).toEqual(names);
  });

  it('does not take a programme that "shares" something for a company', () => {
    expect(extractMakers('The Skarvik shares a seeker with the older missile.')).toEqual([]);
  });

  it('does not take a system described in apposition for a company', () => {
    expect(extractMakers('The Skarvik, the weapon the company builds, is ready.')).toEqual([]);
    expect(extractMakers('Canberra looked at the Brolga, a Norwegian armoured vehicle.')).toEqual([]);
  });

  it('does not read "said to be" as something a company said', () => {
    expect(extractMakers('The Currawong said to be late was shown.')).toEqual([]);
  });
});
