import { describe, expect, it } from 'vitest';
import { framingContrast } from '../../../../src/consolidate/discrepancies/detectors/framing.js';
import { detect, expectVerbatim, outlets, told } from '../fixtures.js';

const SCEPTICAL = [
  'Analysts voice doubts that the PV-90 patrol vessels will ever reach the Polish navy.',
  'Delays at the shipyard and cost overruns make an early delivery unlikely.',
  'Critics warn of a real risk that the order stalls before the first hull is laid.',
];
const UPBEAT = [
  'Officials hailed the PV-90 patrol vessels order as a landmark for Chilean shipbuilding.',
  'The contract is a milestone and a breakthrough for both navies.',
  'It opens a historic new era of naval cooperation, the shipyard said.',
];

describe('framingContrast', () => {
  it('flags an outlet full of doubts, delays and risks against one full of landmarks and breakthroughs', () => {
    const { found, articles } = detect(framingContrast, outlets(SCEPTICAL, UPBEAT));
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const d of found) {
      expect(d.kind).toBe('framing');
      expect(told(d)).toEqual([
        { source: 'S1', value: 'sceptical' },
        { source: 'S2', value: 'upbeat' },
      ]);
      expectVerbatim(d, articles);
    }
    // Each quote is the source's most marked sentence.
    expect(found[0]!.claims[0]!.quote).toBe('Delays at the shipyard and cost overruns make an early delivery unlikely.');
    expect(found[0]!.claims[1]!.quote).toBe('The contract is a milestone and a breakthrough for both navies.');
  });

  it('reads the contrast on one programme even when neither outlet leans far overall', () => {
    const { found, articles } = detect(
      framingContrast,
      outlets(
        ['Analysts voice doubts that the PV-90 patrol vessels will arrive, citing delays at the yard.', 'Copper talks continue on Wednesday.'],
        ['Officials hailed the PV-90 patrol vessels order as a landmark and a milestone for the yard.', 'Copper talks continue on Wednesday.'],
      ),
    );
    expect(found.map((d) => d.topic)).toEqual(['Outlook for PV-90']);
    expect(told(found[0]!).map((c) => c.value)).toEqual(['sceptical', 'upbeat']);
    expect(found[0]!.note).toBe('One source is sceptical about the outlook for PV-90 (“doubts”, “delays”); another is upbeat (“landmark”, “milestone”).');
    expectVerbatim(found[0]!, articles);
  });

  it('does not flag mildly mixed outlets', () => {
    const { found } = detect(
      framingContrast,
      outlets(
        ['Officials welcomed the PV-90 patrol vessels order, though some delays are possible.', 'The shipyard in Valparaíso is busy with other work.'],
        ['The PV-90 patrol vessels order is a milestone, despite concerns over cost.', 'Delivery of the first hull is planned for 2028.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag two outlets that lean the same way', () => {
    const { found } = detect(
      framingContrast,
      outlets(UPBEAT, [
        'Ministers called the vessel purchase a success story and a boost for trust between the navies.',
        'The partnership is robust and thriving, with strong momentum behind it.',
      ]),
    );
    expect(found).toEqual([]);
  });
});
