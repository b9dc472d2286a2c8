import { describe, expect, it } from 'vitest';
import { groupClaims, isStatement } from '../../src/consolidate/claims.js';
import { consolidate } from '../../src/consolidate/index.js';
import { chooseOverview } from '../../src/consolidate/overview.js';
import { jaccard, wordSet } from '../../src/consolidate/text.js';
import { annotate, prepare, type StoryInput } from './helpers.js';

// Invented people and outlets. Three outlets; the cable claim is told by all three, the
// seasonal-workers claim by two, the rest by one each.
const CORPUS: StoryInput[] = [
  {
    path: 'a.txt',
    date: '2026-05-29',
    outlet: 'Pacific Wire',
    paragraphs: [
      'Tongan President Ana Folau will visit Japan on 3–5 June for talks with Prime Minister Kenjiro Asawa.',
      'Japan will fund a new undersea cable linking Tonga to regional networks.',
      'Folau will lay a wreath at a war memorial in Tokyo on the first morning.',
      'Fishing boats in the harbour were idle all week because of a storm.',
    ],
  },
  {
    path: 'b.txt',
    date: '2026-05-29',
    outlet: 'Harbour Ledger',
    paragraphs: [
      'Japan is to finance a new undersea cable linking Tonga with regional networks.',
      'The two governments will sign an agreement on seasonal workers during the visit.',
      'Folau is to place flowers at the war memorial during the morning of her first day.',
    ],
  },
  {
    path: 'c.txt',
    date: '2026-05-29',
    outlet: 'Coral Times',
    paragraphs: [
      'Japan will fund a new undersea cable linking Tonga to regional networks, officials said.',
      'A seasonal workers agreement may be signed by the two governments.',
      'The airport road will be closed to traffic for several hours on Wednesday.',
    ],
  },
];

const EVENT_WORDS = wordSet('Ana Folau Kenjiro Asawa Tokyo Tonga Japan visit summit');
const WREATH_A = 'Folau will lay a wreath at a war memorial in Tokyo on the first morning.';
const WREATH_B = 'Folau is to place flowers at the war memorial during the morning of her first day.';

const overviewOf = (stories: StoryInput[], eventWords = EVENT_WORDS) => {
  const groups = groupClaims(annotate(stories).filter(isStatement));
  return { groups, ...chooseOverview(groups, eventWords) };
};

describe('chooseOverview', () => {
  it('picks between three and five claims', () => {
    const { claims, groups } = overviewOf(CORPUS);
    expect(groups.length).toBeGreaterThan(5);
    expect(claims).toHaveLength(5);
  });

  it('puts first the claim corroborated by the most sources, then the next most corroborated', () => {
    const { claims } = overviewOf(CORPUS);
    expect(claims.slice(0, 2).map((c) => [c.text, c.sources])).toEqual([
      ['Japan will fund a new undersea cable linking Tonga to regional networks.', ['S1', 'S2', 'S3']],
      ['The two governments will sign an agreement on seasonal workers during the visit.', ['S2', 'S3']],
    ]);
  });

  it('never picks two near-identical claims', () => {
    const { claims, groups } = overviewOf(CORPUS);
    // The two wreath tellings are separate groups, close enough to say the same thing.
    const wreaths = groups.filter((g) => g.lead.sentence.text === WREATH_A || g.lead.sentence.text === WREATH_B);
    expect(wreaths).toHaveLength(2);
    expect(jaccard(wreaths[0]!.words, wreaths[1]!.words)).toBeGreaterThanOrEqual(0.3);
    expect(claims.filter((c) => c.text === WREATH_A || c.text === WREATH_B)).toHaveLength(1);
    const sets = claims.map((c) => wordSet(c.text));
    for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) expect(jaccard(sets[i]!, sets[j]!)).toBeLessThan(0.3);
  });

  it('takes a distinct claim in place of the near-identical one', () => {
    const { claims } = overviewOf(CORPUS);
    expect(claims.map((c) => c.text)).toContain('Fishing boats in the harbour were idle all week because of a storm.');
  });

  it('extracts: every claim is a sentence of the corpus, with its sources and spans', () => {
    const { claims, groups } = overviewOf(CORPUS);
    const leads = new Set(groups.map((g) => g.lead.sentence.text));
    for (const c of claims) {
      expect(leads.has(c.text)).toBe(true);
      expect(c.spans?.map((s) => s.source).sort()).toEqual([...c.sources].sort());
    }
  });

  it('returns what there is when there are fewer than three statements', () => {
    const { claims } = overviewOf([
      {
        path: 'a.txt',
        date: '2026-05-29',
        paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June for talks.', 'Fishing boats in the harbour were idle all week because of a storm.'],
      },
    ]);
    expect(claims.map((c) => c.text)).toEqual([
      'Tongan President Ana Folau will visit Japan on 3–5 June for talks.',
      'Fishing boats in the harbour were idle all week because of a storm.',
    ]);
  });

  it('prefers a statement about the event over an equally corroborated aside', () => {
    const { claims } = overviewOf([
      {
        path: 'a.txt',
        date: '2026-05-29',
        paragraphs: [
          'Fishing boats in the harbour were idle all week because of a storm.',
          'Street vendors sold grilled corn near the old railway station.',
          'A choir rehearsed hymns in the cathedral until late at night.',
          'The city council repainted the bridge railings in bright blue.',
          'Market traders complained about rising rents for their stalls.',
          'Tongan President Ana Folau will visit Japan next month for talks in Tokyo.',
        ],
      },
    ]);
    expect(claims[0]?.text).toBe('Tongan President Ana Folau will visit Japan next month for talks in Tokyo.');
  });

  it('marks the chosen groups so sections do not list them again', () => {
    const { claims, chosen, groups } = overviewOf(CORPUS);
    expect(chosen.size).toBe(claims.length);
    expect([...chosen].every((g) => groups.includes(g))).toBe(true);
  });
});

describe('consolidate: the overview in the brief', () => {
  it('leads with the most corroborated claim and keeps it out of the sections', () => {
    const { articles, annotated } = prepare(CORPUS);
    const c = consolidate(articles, annotated, '2026-06-01');
    expect(c.overview.length).toBeGreaterThanOrEqual(3);
    expect(c.overview.length).toBeLessThanOrEqual(5);
    expect(c.overview[0]).toMatchObject({ text: 'Japan will fund a new undersea cable linking Tonga to regional networks.', sources: ['S1', 'S2', 'S3'] });
    const inSections = [...c.agenda, ...c.energyTrade, ...c.geopolitics].map((x) => x.text);
    for (const o of c.overview) expect(inSections).not.toContain(o.text);
  });
});
