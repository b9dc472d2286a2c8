import { describe, expect, it } from 'vitest';
import { consolidateEvent, formatRange } from '../../src/consolidate/event.js';
import { mergePeople } from '../../src/consolidate/people.js';
import { annotate, type StoryInput } from './helpers.js';

// Every person and outlet here is invented; the countries and capitals are real.
const eventOf = (stories: StoryInput[]) => {
  const annotated = annotate(stories);
  return consolidateEvent(annotated, mergePeople(annotated));
};

/** Three outlets on one visit; the third disagrees on the dates and on the city of arrival. */
const THREE_OUTLETS: StoryInput[] = [
  {
    path: 'a.txt',
    date: '2026-05-28',
    outlet: 'Pacific Wire',
    paragraphs: [
      'Tongan President Ana Folau will visit South Africa on 3–5 June at the invitation of President Nomvula Dlamathe.',
      'Folau is due to arrive in Pretoria on 3 June for a state visit.',
    ],
  },
  {
    path: 'b.txt',
    date: '2026-05-28',
    outlet: 'Harbour Ledger',
    paragraphs: [
      'Tongan President Ana Folau will travel to South Africa on 3–5 June.',
      'Folau will arrive in Pretoria, where President Nomvula Dlamathe will host talks.',
    ],
  },
  {
    path: 'c.txt',
    date: '2026-05-29',
    outlet: 'Coral Times',
    paragraphs: ['Tongan President Ana Folau will visit South Africa on 4–6 June.', 'Folau will arrive in Cape Town for a state visit, the ministry said.'],
  },
];

describe('consolidateEvent: voting over sources', () => {
  it('finds visitor, host, location, dates and kind, with the majority winning each', () => {
    const { event } = eventOf(THREE_OUTLETS);
    expect(event).toMatchObject({
      visitor: { name: 'Ana Folau', role: 'President', country: 'Tonga' },
      host: { name: 'Nomvula Dlamathe', role: 'President', country: 'South Africa' },
      location: 'Pretoria',
      start: '2026-06-03',
      end: '2026-06-05',
      kind: 'state visit',
      ordinal: null,
      sources: ['S1', 'S2', 'S3'],
    });
  });

  it('writes a one-sentence summary from the facts found', () => {
    expect(eventOf(THREE_OUTLETS).event.summary).toBe(
      'Tongan President Ana Folau makes a state visit to Pretoria, South Africa, on 3–5 June 2026, hosted by President Nomvula Dlamathe.',
    );
  });

  it('lets the majority of outlets decide the city even when the minority name sorts first', () => {
    // "Cape Town" < "Pretoria": a tie would go to Cape Town; two outlets against one must not.
    const { event } = eventOf(THREE_OUTLETS);
    expect(event.location).toBe('Pretoria');
  });

  it('counts one outlet once, however often it repeats itself', () => {
    const loud: StoryInput = {
      path: 'c.txt',
      date: '2026-05-29',
      outlet: 'Coral Times',
      paragraphs: [
        'Tongan President Ana Folau will visit South Africa on 4–6 June.',
        'Folau will arrive in Cape Town on 4 June.',
        'Folau flies to Cape Town on 4 June for talks.',
        'Folau lands in Cape Town on 4 June, aides said.',
      ],
    };
    const { event } = eventOf([THREE_OUTLETS[0]!, THREE_OUTLETS[1]!, loud]);
    expect(event).toMatchObject({ location: 'Pretoria', start: '2026-06-03', end: '2026-06-05' });
  });

  it('falls back to the capital of the destination when no city is named', () => {
    const { event } = eventOf([
      { path: 'a.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June for talks.'] },
      { path: 'b.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will travel to Japan on 3–5 June.'] },
    ]);
    expect(event).toMatchObject({ location: 'Tokyo', start: '2026-06-03', end: '2026-06-05', visitor: { name: 'Ana Folau' } });
  });

  it('ends a "three-day visit" starting on a given day two days later', () => {
    const { event } = eventOf([
      { path: 'a.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will begin a three-day visit to Japan on 3 June.'] },
    ]);
    expect(event).toMatchObject({ start: '2026-06-03', end: '2026-06-05' });
  });

  it('takes the end from another statement with the same start when the winning one gives none', () => {
    const { event } = eventOf([
      { path: 'a.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will arrive in Tokyo on 3 June.'] },
      { path: 'b.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will arrive in Tokyo on 3 June, officials confirmed.'] },
      { path: 'c.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June.'] },
    ]);
    expect(event).toMatchObject({ start: '2026-06-03', end: '2026-06-05' });
  });

  it('does not take a trip to the visitor\'s own country for the event', () => {
    // More outlets mention the flight home than the visit; a trip home is not the event.
    const { event } = eventOf([
      { path: 'a.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June.', 'Folau will fly to Tonga on 6 June.'] },
      { path: 'b.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will travel to Japan on 3–5 June.', 'Folau will fly to Tonga on 6 June.'] },
      { path: 'c.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau will fly to Tonga on 6 June after her talks.'] },
    ]);
    expect(event).toMatchObject({ location: 'Tokyo', start: '2026-06-03', end: '2026-06-05', visitor: { name: 'Ana Folau', country: 'Tonga' } });
  });

  it('reads the occasion and its ordinal', () => {
    const { event } = eventOf([
      {
        path: 'a.txt',
        date: '2026-05-28',
        paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June for the 12th Japan-Tonga Summit.'],
      },
    ]);
    expect(event).toMatchObject({ ordinal: '12th', occasion: '12th Japan-Tonga Summit' });
    expect(event.summary).toContain('for the 12th Japan-Tonga Summit');
  });
});

describe('consolidateEvent: the host', () => {
  const INVITED: StoryInput[] = [
    {
      path: 'a.txt',
      date: '2026-05-28',
      outlet: 'Pacific Wire',
      paragraphs: [
        'Tongan President Ana Folau will visit Japan on 3–5 June at the invitation of Prime Minister Kenjiro Asawa.',
        'Crown Prince Haruto Mizushima will attend a banquet in the evening.',
        'Crown Prince Haruto Mizushima is also expected at a garden party.',
        'Trade Minister Emi Kanazawa will brief reporters after the talks.',
      ],
    },
  ];

  it('gives a host named "at the invitation of Prime Minister X" the destination\'s country', () => {
    const { event, inferred } = eventOf(INVITED);
    expect(event.host).toEqual({ name: 'Kenjiro Asawa', role: 'Prime Minister', country: 'Japan' });
    expect([...inferred]).toEqual([['Kenjiro Asawa', 'Japan']]);
  });

  it('prefers a leader named as inviting or hosting over one only mentioned more often', () => {
    // Mizushima (Crown Prince, rank 2) is named twice; Asawa once, but as the one who invites.
    expect(eventOf(INVITED).event.host?.name).toBe('Kenjiro Asawa');
  });

  it('never takes a minister, or a leader of another country, for the host', () => {
    const { event } = eventOf([
      {
        path: 'a.txt',
        date: '2026-05-28',
        paragraphs: [
          'Tongan President Ana Folau will visit Japan on 3–5 June for talks with Trade Minister Emi Kanazawa.',
          'Samoan Prime Minister Leota Faleolo will join the talks with Kanazawa.',
        ],
      },
    ]);
    expect(event.host).toBeNull();
    expect(event.summary).not.toContain('hosted by');
  });

  it('keeps a country the text gives the host and infers nothing', () => {
    const { event, inferred } = eventOf([
      {
        path: 'a.txt',
        date: '2026-05-28',
        paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June at the invitation of Japanese Prime Minister Kenjiro Asawa.'],
      },
    ]);
    expect(event.host).toEqual({ name: 'Kenjiro Asawa', role: 'Prime Minister', country: 'Japan' });
    expect(inferred.size).toBe(0);
  });
});

describe('consolidateEvent: no visit', () => {
  it('says so when no one is said to go anywhere', () => {
    const { event } = eventOf([
      { path: 'a.txt', date: '2026-05-28', paragraphs: ['Fish prices rose sharply in coastal markets this spring, traders said.'] },
    ]);
    expect(event).toMatchObject({ visitor: null, host: null, location: null, start: null, end: null, sources: [] });
    expect(event.summary).toBe('The articles do not name a visit; see the overview.');
  });
});

describe('consolidateEvent: date phrasing', () => {
  // Cause in src/extract/dates.ts: "from 3 to 5 June" (and "from 3 June to 5 June") is read as the
  // month 2026-06 only, so no day is voted and the event has no dates, though every outlet gave them.
  it('reads "from 3 to 5 June" as the visit\'s start and end', () => {
    const { event } = eventOf([
      { path: 'a.txt', date: '2026-05-28', paragraphs: ['President Ana Folau of Tonga will visit Japan from 3 to 5 June, officials said.'] },
      { path: 'b.txt', date: '2026-05-28', paragraphs: ['Tongan President Ana Folau travels to Japan from 3 to 5 June for fisheries talks.'] },
      { path: 'c.txt', date: '2026-05-29', paragraphs: ['Tongan President Ana Folau is set to visit Japan from 3 June to 5 June.'] },
    ]);
    expect(event).toMatchObject({ location: 'Tokyo', start: '2026-06-03', end: '2026-06-05' });
  });
});

describe('formatRange', () => {
  it('writes a day, a range in one month, and a range across months', () => {
    expect(formatRange('2026-06-03', null)).toBe('3 June 2026');
    expect(formatRange('2026-06-03', '2026-06-03')).toBe('3 June 2026');
    expect(formatRange('2026-06-03', '2026-06-05')).toBe('3–5 June 2026');
    expect(formatRange('2026-06-30', '2026-07-02')).toBe('30 June 2026 – 2 July 2026');
    expect(formatRange(null, null)).toBeNull();
  });
});
