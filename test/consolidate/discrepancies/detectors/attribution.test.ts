import { describe, expect, it } from 'vitest';
import { attributionConflict } from '../../../../src/consolidate/discrepancies/detectors/attribution.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('attributionConflict', () => {
  it('flags "an offer from Santiago" against "Poland is looking at procuring" the same vessels', () => {
    const { found, articles } = detect(
      attributionConflict,
      outlets(
        ['Warsaw is weighing an offer from Santiago for four PV-90 patrol vessels built in Valparaíso.'],
        ['Poland is looking at procuring four PV-90 patrol vessels from Chilean yards in Valparaíso.'],
      ),
    );
    const d = only(found);
    expect(d.note).toBe('One source says Chile offered it; another says Poland sought it.');
    expect(d).toMatchObject({ kind: 'attribution', topic: 'Who initiated the PV-90 deal' });
    expect(told(d)).toEqual([
      { source: 'S1', value: 'Chile' },
      { source: 'S2', value: 'Poland' },
    ]);
    expectVerbatim(d, articles);
  });

  it('flags the same contrast without a programme name, through the shared object of the offer', () => {
    const { found, articles } = detect(
      attributionConflict,
      outlets(
        ['Warsaw is weighing an offer from Santiago for a joint copper refinery near Antofagasta.'],
        ['Poland is looking at acquiring a stake in a copper refinery near Antofagasta, officials said.'],
      ),
    );
    const d = only(found);
    expect(d.kind).toBe('attribution');
    expect(told(d).map((c) => c.value)).toEqual(['Chile', 'Poland']);
    expectVerbatim(d, articles);
  });

  // BUG: the cues "keen to", "seeking to" and "planning to" take an infinitive, but the pattern only
  // accepts a gerund after them ("procuring", "buying", …), so "seeking to buy" is never read as an
  // initiative. Input: "…an offer from Santiago for four PV-90 patrol vessels built in Valparaíso." /
  // "Poland is seeking to buy four PV-90 patrol vessels from Chilean yards in Valparaíso." Got: no
  // discrepancy. Expected: one attribution discrepancy, Chile against Poland.
  it('reads "seeking to buy" as Poland moving first', () => {
    const { found } = detect(
      attributionConflict,
      outlets(
        ['Warsaw is weighing an offer from Santiago for four PV-90 patrol vessels built in Valparaíso.'],
        ['Poland is seeking to buy four PV-90 patrol vessels from Chilean yards in Valparaíso.'],
      ),
    );
    expect(found.map((d) => told(d).map((c) => c.value))).toEqual([['Chile', 'Poland']]);
  });

  it('does not flag two sources that both credit Chile', () => {
    const { found } = detect(
      attributionConflict,
      outlets(
        ['Warsaw is weighing an offer from Santiago for four PV-90 patrol vessels built in Valparaíso.'],
        ['Chile has offered four PV-90 patrol vessels from its yards in Valparaíso to the Polish navy.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not pair initiatives about different things', () => {
    const { found } = detect(
      attributionConflict,
      outlets(
        ['Warsaw is weighing an offer from Santiago for four PV-90 patrol vessels built in Valparaíso.'],
        ['Poland is looking at procuring wine and salmon quotas for its supermarkets, traders said.'],
      ),
    );
    expect(found).toEqual([]);
  });
});
