import { describe, expect, it } from 'vitest';
import { statusConflict } from '../../../../src/consolidate/discrepancies/detectors/status.js';
import { detect, expectVerbatim, only, outlets, told } from '../fixtures.js';

describe('statusConflict', () => {
  it('flags "has been signed" against "is expected to be signed" for the same currency swap', () => {
    const { found, articles } = detect(
      statusConflict,
      outlets(
        { date: '2026-03-11', paragraphs: ['A currency swap line between the central banks of Chile and Poland has been signed, the finance ministry said.'] },
        { date: '2026-03-11', paragraphs: ['The currency swap line between the two central banks is expected to be signed before the end of the visit.'] },
      ),
    );
    const d = only(found);
    expect(d.note).toBe('One source says it is already signed; another says it is still to be signed.');
    expect(d.kind).toBe('status');
    expect(d.topic).toMatch(/currency swap/);
    expect(told(d)).toEqual([
      { source: 'S1', value: 'done' },
      { source: 'S2', value: 'pending' },
    ]);
    expectVerbatim(d, articles);
  });

  it('puts the source that reports it done first, whichever source comes first', () => {
    const { found } = detect(
      statusConflict,
      outlets(
        { date: '2026-03-11', paragraphs: ['The currency swap line between the two central banks is expected to be signed before the end of the visit.'] },
        { date: '2026-03-11', paragraphs: ['A currency swap line between the central banks of Chile and Poland has been signed, the finance ministry said.'] },
      ),
    );
    expect(told(only(found))).toEqual([
      { source: 'S2', value: 'done' },
      { source: 'S1', value: 'pending' },
    ]);
  });

  it('does not flag two sources that both report the swap as pending', () => {
    const { found } = detect(
      statusConflict,
      outlets(
        { date: '2026-03-11', paragraphs: ['A currency swap line between the central banks of Chile and Poland is still under negotiation, the finance ministry said.'] },
        { date: '2026-03-11', paragraphs: ['The currency swap line between the two central banks is expected to be signed before the end of the visit.'] },
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not pair a signed deal with a different pending one', () => {
    const { found } = detect(
      statusConflict,
      outlets(
        { date: '2026-03-11', paragraphs: ['A currency swap line between the central banks of Chile and Poland has been signed, the finance ministry said.'] },
        { date: '2026-03-11', paragraphs: ['A fisheries accord covering Antarctic krill is expected to be signed next year.'] },
      ),
    );
    expect(found).toEqual([]);
  });
});
