import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/consolidate/index.js';
import { detectors, findDiscrepancies } from '../../../src/consolidate/discrepancies/index.js';
import { prepare } from '../helpers.js';
import { contextOf, expectVerbatim, FALLBACK, outlets, story } from './fixtures.js';

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

  it('gives one row per disagreement, with every source on its side', () => {
    const { ctx } = contextOf(
      outlets(
        ['The talks between Quilodrán and Wilczek lasted two hours in the presidential palace.', 'Wilczek will host a state banquet for Quilodrán on Wednesday.'],
        ['Quilodrán and Wilczek held two hours of talks at the presidential palace, officials said.', 'A state banquet for Quilodrán is planned for Thursday.'],
        ['The talks between Quilodrán and Wilczek lasted 45 minutes in the presidential palace.', 'The state banquet for Quilodrán will be held on Wednesday evening.'],
      ),
    );
    const found = findDiscrepancies(ctx).filter((d) => d.kind === 'conflict');
    expect(found.map((d) => [d.topic, d.sides!.map((x) => [x.value, x.sources.length])])).toEqual([
      ['Date of the banquet', [['Wednesday 11 March 2026', 2], ['Thursday 12 March 2026', 1]]],
      ['Length of the talks', [['two hours', 2], ['45 minutes', 1]]],
    ]);
    const topics = found.map((d) => `${d.kind}|${d.topic}`);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it('lists the same rows, in the same order and words, whatever the files are called', () => {
    const bodies = [
      ['The talks between Quilodrán and Wilczek lasted 90 minutes in the presidential palace.', 'The signing ceremony in Kraków will close the visit.'],
      ['Quilodrán and Wilczek held two hours of talks at the presidential palace, officials said.', 'Aides said the signing ceremony in Gdańsk would follow the talks.'],
      ['A currency swap line between the central banks of Chile and Poland has been signed, the finance ministry said.'],
      ['The currency swap line between the two central banks is expected to be signed before the end of the visit.'],
    ];
    const named = (order: number[]) => outlets(...bodies).map((st, i) => story(`${'zyxw'[order[i]!]}`, st.date!, st.outlet!, st.paragraphs));
    const rows = (order: number[]) =>
      findDiscrepancies(contextOf(named(order)).ctx).map((d) => ({ kind: d.kind, topic: d.topic, note: d.note, sides: d.sides!.map((x) => [x.value, x.quote]) }));
    const forwards = rows([0, 1, 2, 3]);
    expect(forwards.map((r) => r.kind)).toEqual(['conflict', 'conflict', 'status']);
    expect(rows([3, 2, 1, 0])).toEqual(forwards);
  });

  it('writes every note in words: no ISO dates, no counts of cues', () => {
    const { ctx } = contextOf(STORIES);
    for (const d of findDiscrepancies(ctx)) {
      expect(d.note).not.toMatch(/\b\d{4}-\d{2}\b/);
      expect(d.note).not.toMatch(/\bcues?\b/);
    }
  });
});

