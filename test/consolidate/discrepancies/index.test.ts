import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/consolidate/index.js';
import { detectors, findDiscrepancies } from '../../../src/consolidate/discrepancies/index.js';
import { prepare } from '../helpers.js';
import { contextOf, expectVerbatim, FALLBACK, outlets } from './fixtures.js';

const ORDER = ['conflict', 'attribution', 'status', 'wording', 'framing', 'uncorroborated'];
const REFINERY = 'Mazur Refining signed a $1.2 billion refinery deal with the Chilean state oil firm on Wednesday.';

/** Two outlets that disagree on a figure, a name and a status, and one figure only the first gives. */
const STORIES = outlets(
  {
    date: '2026-03-11',
    paragraphs: [
      'Poland will extend a $300 million credit line for the Atacama copper smelter package.',
      'The leaders raised ties to a ‘Comprehensive Strategic Partnership’ in a joint declaration.',
      'A currency swap line between the central banks of Chile and Poland has been signed, the finance ministry said.',
      REFINERY,
    ],
  },
  {
    date: '2026-03-11',
    paragraphs: [
      'The currency swap line between the two central banks is expected to be signed before the end of the visit.',
      'The joint declaration lifts relations to a ‘Special Strategic Partnership’, officials said.',
      'Warsaw is offering a $3 billion credit line to fund the Atacama copper smelter package.',
    ],
  },
);

describe('findDiscrepancies', () => {
  it('lists conflicts first, then attribution, status, wording, framing and uncorroborated claims', () => {
    const { ctx, articles } = contextOf(STORIES);
    const found = findDiscrepancies(ctx);
    expect(found.map((d) => d.kind)).toEqual(['conflict', 'status', 'wording', 'uncorroborated']);
    for (const d of found) expectVerbatim(d, articles);
  });

  it('sorts by kind whatever order the detectors run in', () => {
    const { ctx } = contextOf(STORIES);
    const registered = [...detectors];
    detectors.reverse();
    try {
      const kinds = findDiscrepancies(ctx).map((d) => d.kind);
      expect(kinds[0]).toBe('conflict');
      expect(kinds).toEqual([...kinds].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
    } finally {
      detectors.splice(0, detectors.length, ...registered);
    }
  });

  it('does not also list a contested figure as uncorroborated, but keeps the uncontested one', () => {
    const { ctx } = contextOf(STORIES);
    const onlyDetector = detectors.find((d) => d.kind === 'uncorroborated')!.detect(ctx);
    // On its own, the uncorroborated detector flags each side of the money conflict too…
    expect(onlyDetector.map((d) => d.claims[0]!.quote)).toEqual(
      expect.arrayContaining(['Poland will extend a $300 million credit line for the Atacama copper smelter package.', REFINERY]),
    );
    // …but once they are listed as a conflict, only the refinery deal is left.
    const unc = findDiscrepancies(ctx).filter((d) => d.kind === 'uncorroborated');
    expect(unc.map((d) => d.claims.map((c) => c.quote))).toEqual([[REFINERY]]);
  });

  it('is what consolidate() returns as the brief’s discrepancies', () => {
    const { articles, annotated } = prepare(STORIES, FALLBACK);
    const { discrepancies } = consolidate(articles, annotated, FALLBACK);
    expect(discrepancies).toEqual(findDiscrepancies(contextOf(STORIES).ctx));
    expect(discrepancies.find((d) => d.kind === 'conflict')!.claims.map((c) => c.value)).toEqual(['$300 million', '$3 billion']);
  });
});
