import { describe, expect, it } from 'vitest';
import { consolidateEvent } from '../../src/consolidate/event.js';
import { mergePeople } from '../../src/consolidate/people.js';
import { buildTimeline } from '../../src/consolidate/timeline.js';
import { prepare, type StoryInput } from './helpers.js';

// Invented people and outlets; both articles are dated Friday 29 May 2026.
const TWO_OUTLETS: StoryInput[] = [
  {
    path: 'a.txt',
    date: '2026-05-29',
    outlet: 'Pacific Wire',
    paragraphs: [
      'Tongan President Ana Folau will visit Japan on 3–5 June.',
      'Her office in the capital said Friday that the programme was final.',
      "The two countries signed a fisheries accord on 14 March 2024 in Nuku'alofa.",
      'Folau will address the Japanese parliament on 4 June.',
      'The ministry said on Thursday that security would be tight.',
    ],
  },
  {
    path: 'b.txt',
    date: '2026-05-29',
    outlet: 'Harbour Ledger',
    paragraphs: [
      'Folau will begin a three-day visit to Japan on 3 June.',
      'A fisheries accord between the two countries was signed on 14 March 2024.',
      'Folau is due to speak to Japanese lawmakers in parliament on 4 June.',
      'Officials will hold a security briefing on Monday before the visit.',
    ],
  },
];

const FALLBACK = '2026-06-01';

/** The timeline as consolidate builds it: with the event found and each source's own date. */
const timeline = (stories: StoryInput[]) => {
  const { articles, annotated } = prepare(stories, FALLBACK);
  const { event } = consolidateEvent(annotated, mergePeople(annotated));
  return buildTimeline(annotated, event, (id) => articles.find((a) => a.id === id)?.published ?? FALLBACK);
};

describe('buildTimeline', () => {
  it('lists dated events in date order, citing each outlet that states the entry, the printed one first', () => {
    // "visit Japan on 3–5 June" is not stated by "a three-day visit … on 3 June": it lacks the 5.
    expect(timeline(TWO_OUTLETS).map((e) => [e.date, e.end ?? null, e.sources])).toEqual([
      ['2024-03-14', null, ['S2', 'S1']],
      ['2026-06-01', null, ['S2']],
      ['2026-06-03', '2026-06-05', ['S1']],
      ['2026-06-04', null, ['S1', 'S2']],
    ]);
  });

  it('keeps the end of a range and leads the visit with the telling that gives it', () => {
    const visit = timeline(TWO_OUTLETS).find((e) => e.date === '2026-06-03');
    expect(visit).toEqual({
      date: '2026-06-03',
      end: '2026-06-05',
      text: 'Tongan President Ana Folau will visit Japan on 3–5 June.',
      sources: ['S1'],
      precision: 'day',
    });
  });

  it('leads a merged entry with its shortest telling', () => {
    const fisheries = timeline(TWO_OUTLETS).find((e) => e.date === '2024-03-14');
    expect(fisheries?.text).toBe('A fisheries accord between the two countries was signed on 14 March 2024.');
  });

  it('skips the day a statement was made: "said Friday", "said on Thursday"', () => {
    const dates = timeline(TWO_OUTLETS).map((e) => e.date);
    expect(dates).not.toContain('2026-05-29');
    expect(dates).not.toContain('2026-05-28');
  });

  it('keeps a weekday that dates an event, not a report ("will hold … on Monday")', () => {
    expect(timeline(TWO_OUTLETS).find((e) => e.date === '2026-06-01')?.text).toBe('Officials will hold a security briefing on Monday before the visit.');
  });

  it('keeps two different events on the same day apart', () => {
    const entries = timeline([
      {
        path: 'a.txt',
        date: '2026-05-29',
        paragraphs: ['Folau will address the Japanese parliament on 4 June.', 'Tongan rugby fans will gather at a stadium in Osaka on 4 June.'],
      },
    ]);
    expect(entries.map((e) => e.text)).toEqual([
      'Folau will address the Japanese parliament on 4 June.',
      'Tongan rugby fans will gather at a stadium in Osaka on 4 June.',
    ]);
  });

  it('lists one entry for a sentence that names the same date twice', () => {
    const entries = timeline([
      { path: 'a.txt', date: '2026-05-29', paragraphs: ['On 4 June Folau will address parliament, and on 4 June she will dine with the speaker.'] },
    ]);
    expect(entries).toHaveLength(1);
  });

  it('keeps month and year precision, sorted among days', () => {
    const entries = timeline([
      {
        path: 'a.txt',
        date: '2026-05-29',
        paragraphs: [
          'Folau will address the Japanese parliament on 4 June.',
          'Japan opened an embassy in Tonga in March 2024 after long delays.',
          'Tonga and Japan first agreed on fishing quotas in 2019 after talks.',
        ],
      },
    ]);
    expect(entries.map((e) => [e.date, e.precision])).toEqual([
      ['2019', 'year'],
      ['2024-03', 'month'],
      ['2026-06-04', 'day'],
    ]);
  });

  it('ignores headings and short lines', () => {
    const entries = timeline([{ path: 'a.md', date: '2026-05-29', paragraphs: ['## Visit on 3 June', 'Talks on 4 June.', 'Folau will address the Japanese parliament on 4 June.'] }]);
    expect(entries.map((e) => e.text)).toEqual(['Folau will address the Japanese parliament on 4 June.']);
  });

  it('orders entries of one day by the number of sources', () => {
    const entries = timeline([
      { path: 'a.txt', date: '2026-05-29', paragraphs: ['Tongan rugby fans will gather at a stadium in Osaka on 4 June.', 'Folau will address the Japanese parliament on 4 June.'] },
      { path: 'b.txt', date: '2026-05-29', paragraphs: ['Folau is due to speak to Japanese lawmakers in parliament on 4 June.', 'Fishing boats were idle all week.'] },
    ]);
    expect(entries.map((e) => e.sources)).toEqual([['S1', 'S2'], ['S1']]);
  });

  // BUG: every dated item with an end date is unioned with the first span of that start day, so
  // two different multi-day events that start on the same day become one entry (the shorter text
  // leads, the other event and its end date vanish).
  it('keeps apart two different multi-day events that start on the same day', () => {
    const entries = timeline([
      {
        path: 'a.txt',
        date: '2026-05-29',
        paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June.', 'A Pacific seafood trade fair will run in Osaka on 3–10 June.'],
      },
    ]);
    expect(entries.map((e) => [e.date, e.end])).toEqual([
      ['2026-06-03', '2026-06-05'],
      ['2026-06-03', '2026-06-10'],
    ]);
  });

  // REGRESSION from the uncommitted change to src/extract/dates.ts (PAST regex): "said" in a
  // trailing attribution makes the whole sentence past tense, so "will visit … on 3–5 June, her
  // office said Friday" in an article of 29 May is dated 3–5 June 2025.
  it('reads "will visit Japan on 3–5 June, her office said Friday" as the coming June', () => {
    const entries = timeline([{ path: 'a.txt', date: '2026-05-29', paragraphs: ['Tongan President Ana Folau will visit Japan on 3–5 June, her office said Friday.'] }]);
    expect(entries.map((e) => [e.date, e.end])).toEqual([['2026-06-03', '2026-06-05']]);
  });

  // Cause in src/extract/dates.ts: a present-tense schedule ("begins … on 3 June") in an article of
  // 29 May is read as the past 3 June 2025, so the timeline shows a visit a year early.
  it('reads "begins a three-day visit on 3 June" in a May article as the coming 3 June', () => {
    const entries = timeline([{ path: 'a.txt', date: '2026-05-29', paragraphs: ['Folau begins a three-day visit to Japan on 3 June.'] }]);
    expect(entries.map((e) => e.date)).toEqual(['2026-06-03']);
  });
});
