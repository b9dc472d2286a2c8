import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/consolidate/index.js';
import { prepare, type StoryInput } from '../helpers.js';

// Invented outlets, people and events; real countries and capitals.
const STORIES: StoryInput[] = [
  {
    path: 'a.txt',
    date: '2027-03-11',
    title: 'Folau in Tokyo',
    paragraphs: [
      'Tongan President Ana Folau arrived in Tokyo on 10 March for a two-day state visit hosted by Prime Minister Kenji Asawa.',
      'Folau and Asawa signed a fisheries agreement and a new maritime security pact on 11 March.',
      'The two leaders will discuss climate finance and shipping routes.',
      'Critics warned of rising tensions with China over the security pact.',
    ],
  },
  {
    path: 'b.txt',
    date: '2027-03-11',
    title: 'Tonga and Japan sign pact',
    paragraphs: [
      'Tongan President Ana Folau began a two-day state visit to Japan on 10 March.',
      'Folau and Asawa signed a fisheries agreement and a new maritime security pact on 11 March, officials said.',
      'Beijing has voiced concern over the security pact and warned of tensions in the region.',
    ],
  },
];

describe('arrange: key points and sections', () => {
  const { articles, annotated } = prepare(STORIES, '2027-03-11');
  const c = consolidate(articles, annotated, '2027-03-11');

  it('opens the key points with the event and then what came of it', () => {
    expect(c.keyPoints[0]).toMatchObject({ role: 'event' });
    expect(c.keyPoints[0]!.text).toMatch(/state visit/);
    const outcome = c.keyPoints.find((k) => k.role === 'outcome');
    expect(outcome?.text).toMatch(/signed a fisheries agreement/);
    expect(outcome?.sources.sort()).toEqual(['S1', 'S2']);
  });

  it('shows each statement once across key points, overview and sections', () => {
    const all = [...c.keyPoints, ...c.overview, ...c.agenda, ...c.energyTrade, ...c.geopolitics].map((x) => x.text);
    expect(new Set(all).size).toBe(all.length);
  });

  it('does not restate the visit in a section', () => {
    for (const x of [...c.agenda, ...c.energyTrade, ...c.geopolitics]) expect(x.text).not.toMatch(/^Tongan President Ana Folau (?:arrived|began)/);
  });
});
