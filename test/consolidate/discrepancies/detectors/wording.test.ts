import { describe, expect, it } from 'vitest';
import { wordingDifference } from '../../../../src/consolidate/discrepancies/detectors/wording.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('wordingDifference', () => {
  it('flags ‘Comprehensive Strategic Partnership’ against ‘Special Strategic Partnership’', () => {
    const { found, articles } = detect(
      wordingDifference,
      outlets(
        ['The leaders raised ties to a ‘Comprehensive Strategic Partnership’ in a joint declaration.'],
        ['The joint declaration lifts relations to a ‘Special Strategic Partnership’, officials said.'],
      ),
    );
    const d = only(found);
    expect(d.note).toBe('One source calls it the “Comprehensive Strategic Partnership”; another the “Special Strategic Partnership”.');
    expect(d).toMatchObject({ kind: 'wording', topic: 'Name of the partnership' });
    expect(told(d)).toEqual([
      { source: 'S1', value: 'Comprehensive Strategic Partnership' },
      { source: 'S2', value: 'Special Strategic Partnership' },
    ]);
    expectVerbatim(d, articles);
  });

  it('flags a quoted name against a shorter unquoted rendering of it in another source', () => {
    const { found, articles } = detect(
      wordingDifference,
      outlets(
        ['The leaders signed a ‘Comprehensive Strategic and Economic Partnership’ in a joint declaration.'],
        ['The joint declaration sets up a comprehensive strategic partnership, officials said.'],
      ),
    );
    const d = only(found);
    expect(d.kind).toBe('wording');
    expect(d.claims.map((c) => c.source)).toEqual(['S1', 'S2']);
    expect(d.claims[0]!.value).toBe('Comprehensive Strategic and Economic Partnership');
    expectVerbatim(d, articles);
  });

  // BUG (cosmetic: value and note): the unquoted rendering takes up to four words before the head
  // and only drops one leading article, so words outside the name come along. Input: ‘Comprehensive
  // Strategic and Economic Partnership’ / "The joint declaration sets up a comprehensive strategic
  // partnership, officials said." Got value "up a comprehensive strategic partnership". Expected
  // "comprehensive strategic partnership".
  it('gives the unquoted rendering without the words before it', () => {
    const { found } = detect(
      wordingDifference,
      outlets(
        ['The leaders signed a ‘Comprehensive Strategic and Economic Partnership’ in a joint declaration.'],
        ['The joint declaration sets up a comprehensive strategic partnership, officials said.'],
      ),
    );
    expect(only(found).claims[1]!.value).toBe('comprehensive strategic partnership');
  });

  it('does not flag an unquoted phrase that shares one word of the name', () => {
    const { found } = detect(
      wordingDifference,
      outlets(
        ['The leaders raised ties to a ‘Comprehensive Strategic Partnership’ in a joint declaration.'],
        ['The joint declaration speaks of an enhanced strategic partnership between the two countries.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag identical quoted names in two sources', () => {
    const { found } = detect(
      wordingDifference,
      outlets(
        ['The leaders raised ties to a ‘Comprehensive Strategic Partnership’ in a joint declaration.'],
        ['The joint declaration lifts relations to a ‘Comprehensive Strategic Partnership’, officials said.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag "the Chile–Poland strategic partnership" said loosely', () => {
    const { found } = detect(
      wordingDifference,
      outlets(
        ['The leaders raised ties to a ‘Comprehensive Strategic Partnership’ in a joint declaration.'],
        ['Analysts expect the Chile–Poland strategic partnership to deepen in mining and ports.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag the full name said without quotes in a longer phrase', () => {
    const { found } = detect(
      wordingDifference,
      outlets(
        ['The leaders raised ties to a ‘Comprehensive Strategic Partnership’ in a joint declaration.'],
        ['Analysts expect the new comprehensive strategic partnership to deepen ties in mining and ports.'],
      ),
    );
    expect(found).toEqual([]);
  });
});
