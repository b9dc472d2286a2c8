import { Brief } from '../../src/model/schema.js';

/** A small, invented brief, valid against the model. */
export function sampleBrief(over: Partial<Brief> = {}): Brief {
  return Brief.parse({
    schemaVersion: 1,
    asOf: '2031-03-02',
    title: 'Chancellor’s official visit to Norland',
    event: {
      summary: 'Chancellor Ana Berg of Estmark makes an official visit to Vella, Norland on 9–10 March 2031, hosted by President Ivo Lund.',
      visitor: { name: 'Ana Berg', role: 'Chancellor', country: 'Estmark' },
      host: { name: 'Ivo Lund', role: 'President', country: 'Norland' },
      location: 'Vella',
      start: '2031-03-09',
      end: '2031-03-10',
      kind: 'official visit',
      ordinal: null,
      occasion: null,
      sources: ['S1', 'S2'],
    },
    sources: [
      { id: 'S1', file: 'a.txt', outlet: 'Harbour Post', published: '2031-03-01', title: 'Berg to visit Vella', words: 300, duplicateOf: null, url: 'https://example.org/berg' },
      { id: 'S2', file: 'b.txt', outlet: 'unattributed', published: null, title: 'Talks on ports and grain', words: 420, duplicateOf: null },
      { id: 'S3', file: 'c.txt', outlet: 'Wire', published: '2031-03-01', title: 'Uncited', words: 90, duplicateOf: null },
    ],
    people: [],
    overview: [
      {
        text: 'Chancellor Ana Berg will hold talks with President Ivo Lund on port access, grain corridors and a long-delayed rail link that both governments have promised to finish before the end of the decade.',
        sources: ['S1', 'S2'],
      },
      { text: 'The visit is\u0007 the first\nin eleven years.', sources: ['S2'], hedged: true },
    ],
    agenda: [],
    energyTrade: [],
    geopolitics: [],
    defenceProgrammes: [],
    timeline: [],
    discrepancies: [],
    warnings: [],
    ...over,
  });
}

/** The sample with key points and a disagreement, as a build makes them. */
export function richBrief(): Brief {
  return sampleBrief({
    keyPoints: [
      { text: 'Chancellor Ana Berg visits Vella on 9–10 March.', sources: ['S1', 'S2'], role: 'event' },
      { text: 'Sources disagree on the rail link’s opening year.', sources: ['S1', 'S3'], role: 'discrepancy' },
    ],
    discrepancies: [
      {
        topic: 'Rail link opening',
        kind: 'conflict',
        claims: [
          { source: 'S1', quote: 'the line opens in 2033', value: '2033' },
          { source: 'S3', quote: 'service starts in 2035 <b>at the earliest</b>', value: '2035' },
        ],
        note: 'One source dates the opening to 2033; another to 2035.',
      },
    ],
  });
}
