import { describe, expect, it } from 'vitest';
import { consolidateEvent } from '../../src/consolidate/event.js';
import { mergePeople } from '../../src/consolidate/people.js';
import { prepare, type StoryInput } from './helpers.js';

// Every person, outlet and grouping here is invented; the countries and capitals are real.
const eventOf = (stories: StoryInput[]) => {
  const { articles, annotated } = prepare(stories, stories[0]?.date ?? '2027-06-01');
  return consolidateEvent(annotated, mergePeople(annotated), articles);
};
const names = (ps: { name: string }[] | undefined) => (ps ?? []).map((p) => p.name);

describe('consolidateEvent: a summit of two leaders at a third country', () => {
  const SUMMIT: StoryInput[] = [
    {
      path: 'a.txt',
      date: '2027-06-05',
      title: 'Hale and Orlov to meet in Reykjavik',
      paragraphs: [
        'U.S. President Margaret Hale and Russian President Pavel Orlov will hold a one-day summit in Reykjavik on Tuesday, June 8.',
        "Iceland's President Sigrun Holm will welcome both leaders before the talks begin.",
        'Hale said she expected a serious conversation with Orlov.',
      ],
    },
    {
      path: 'b.txt',
      date: '2027-06-08',
      title: 'Hale and Orlov hold summit in Reykjavik',
      paragraphs: [
        'Hale and Orlov met for four hours in Reykjavik on Tuesday at their first summit.',
        'The last summit between the two countries, in Vienna in 2022, was held under former U.S. President Tom Kessler.',
        'Orlov said the summit had been useful.',
      ],
    },
    {
      path: 'c.txt',
      date: '2027-06-09',
      title: 'What the Reykjavik summit achieved',
      paragraphs: ['The summit in Reykjavik ended without a joint statement, Hale told reporters on Wednesday.', 'Orlov flew home to Moscow.'],
    },
  ];

  it('is a summit in the third country, with both leaders as principals and no visitor', () => {
    const { event } = eventOf(SUMMIT);
    expect(event.kind).toBe('summit');
    expect(names(event.principals).sort()).toEqual(['Margaret Hale', 'Pavel Orlov']);
    expect(event.visitor).toBeNull();
    expect(event.venue).toMatchObject({ name: 'Reykjavik', country: 'Iceland' });
    expect([event.start, event.end]).toEqual(['2027-06-08', '2027-06-08']);
  });

  it('names the host country’s leader as host only when the text has her welcoming them', () => {
    expect(eventOf(SUMMIT).event.host).toMatchObject({ name: 'Sigrun Holm', country: 'Iceland' });
  });

  it('takes neither a former leader nor the venue of an earlier summit', () => {
    const { event } = eventOf(SUMMIT);
    expect(names(event.principals)).not.toContain('Tom Kessler');
    expect(event.venue?.name).not.toBe('Vienna');
  });

  it('titles it by the leaders and the place', () => {
    expect(eventOf(SUMMIT).title).toBe('Hale–Orlov summit in Reykjavik, 8 June 2027');
  });
});

describe('consolidateEvent: a multilateral summit', () => {
  const FORUM: StoryInput[] = [
    {
      path: 'a.txt',
      date: '2027-08-19',
      title: 'CSF summit opens in Port Alvar',
      paragraphs: [
        'PORT ALVAR, Queensland, Aug 19 (Wire) - Leaders of the Coral Sea Forum opened a two-day summit on Thursday, chaired by Australian Prime Minister Callum Reed.',
        'Fijian Prime Minister Josefa Vula and New Zealand Prime Minister Ana Tane arrived on Wednesday for the summit.',
        'Indonesian President Budi Santoso pulled out of the summit at the last minute.',
      ],
    },
    {
      path: 'b.txt',
      date: '2027-08-20',
      title: 'CSF leaders agree climate fund',
      paragraphs: [
        'CSF leaders agreed a climate fund on Friday, the second day of the summit in Port Alvar, Queensland.',
        'Reed, hosting the summit, said the fund would open next year.',
        'Vula and Tane signed the declaration at the summit.',
      ],
    },
    {
      path: 'c.txt',
      date: '2027-08-20',
      title: 'Tane gets what she wanted at the CSF summit',
      paragraphs: ['Tane said the summit had delivered for New Zealand.', 'Santoso, who stayed away, sent his foreign minister instead.'],
    },
  ];

  it('is the grouping’s summit, chaired by the host, with the leaders who attended and not one who stayed away', () => {
    const { event } = eventOf(FORUM);
    expect(event.kind).toBe('multilateral summit');
    expect(event.name).toBe('Coral Sea Forum');
    expect(event.host).toMatchObject({ name: 'Callum Reed', country: 'Australia' });
    expect(names(event.principals).sort()).toEqual(['Ana Tane', 'Callum Reed', 'Josefa Vula']);
    expect(event.venue).toMatchObject({ name: 'Port Alvar', region: 'Queensland', country: 'Australia' });
    expect([event.start, event.end]).toEqual(['2027-08-19', '2027-08-20']);
  });

  it('does not take a grouping named in passing for the event', () => {
    const { event } = eventOf([
      { path: 'a.txt', date: '2027-11-09', paragraphs: ['Chilean President Ana Soto arrived in Beijing on Wednesday for a state visit.', 'She will go on to the CSF summit in Vietnam on Friday.'] },
      { path: 'b.txt', date: '2027-11-09', paragraphs: ['Soto held talks with Chinese President Li Wen in Beijing on Thursday during her state visit.'] },
    ]);
    expect(event.kind).toBe('state visit');
    expect(event.name).toBeNull();
  });
});

describe('consolidateEvent: a tour', () => {
  const TOUR: StoryInput[] = [
    {
      path: 'a.txt',
      date: '2027-09-10',
      paragraphs: [
        'Patriarch Theodor IV will make a six-day visit to Brazil from 14 to 19 September, with stops in Brasília, Recife and Manaus.',
        'President Luisa Moreira will receive him at the Planalto Palace.',
      ],
    },
    {
      path: 'b.txt',
      date: '2027-09-16',
      paragraphs: ['Patriarch Theodor IV arrived in Recife on Thursday, Sept. 16, after two days in Brasília.', 'The Recife leg is the centre of his tour.'],
    },
    {
      path: 'c.txt',
      date: '2027-09-18',
      paragraphs: ['The Patriarch arrived in Manaus on Saturday, Sept. 18, for the last stop of his tour.', 'He flies home on Sunday.'],
    },
  ];

  it('lists the stops in order, each with its days, the first opening the tour', () => {
    const { event } = eventOf(TOUR);
    expect(event.kind).toBe('tour');
    expect(event.visitor).toMatchObject({ name: 'Theodor IV', role: 'Patriarch' });
    expect(event.stops?.map((s) => s.place.name)).toEqual(['Brasília', 'Recife', 'Manaus']);
    expect(event.stops?.[0]?.start).toBe('2027-09-14');
    expect(event.stops?.[1]?.start).toBe('2027-09-16');
    expect(event.stops?.[2]).toMatchObject({ start: '2027-09-18', end: '2027-09-19' });
    expect([event.start, event.end]).toEqual(['2027-09-14', '2027-09-19']);
  });
});

describe('consolidateEvent: an address', () => {
  it('is an address when the speech is the event, with the speaker alone as principal', () => {
    const { event } = eventOf([
      {
        path: 'a.txt',
        date: '2027-11-15',
        paragraphs: [
          'Bangladeshi Prime Minister Rina Karim will address the Assembly of Ocean States in Port Louis on Wednesday.',
          'It is not a state visit: Karim will fly home the same night.',
        ],
      },
      {
        path: 'b.txt',
        date: '2027-11-17',
        paragraphs: ['Karim delivered her address to the Assembly of Ocean States on Wednesday.', 'Mauritian Prime Minister Louis Appa watched from the gallery.'],
      },
    ]);
    expect(event.kind).toBe('address');
    expect(names(event.principals)).toEqual(['Rina Karim']);
    expect(event.host).toBeNull();
    expect(event.start).toBe('2027-11-17');
  });
});

describe('consolidateEvent: a state visit reported mostly on its middle day', () => {
  it('widens the reported day to the stated length, towards the arrival', () => {
    const { event } = eventOf([
      { path: 'a.txt', date: '2027-10-19', paragraphs: ['On Tuesday, the second day of the three-day state visit to Spain, Chilean President Ana Soto held talks in Madrid.'] },
      { path: 'b.txt', date: '2027-10-19', paragraphs: ['Soto was welcomed on Monday by King Alfonso XIV at the Royal Palace in Madrid.', 'Soto and the King visited a museum on Tuesday.'] },
      { path: 'c.txt', date: '2027-10-19', paragraphs: ['Soto signed a hydrogen deal in Madrid on Tuesday during her state visit.'] },
    ]);
    expect(event.kind).toBe('state visit');
    expect(event.host).toMatchObject({ name: 'Alfonso XIV', role: 'King' });
    expect([event.start, event.end]).toEqual(['2027-10-18', '2027-10-20']);
  });
});

describe('consolidateEvent: articles about something else', () => {
  it('leaves out a story datelined in the host city that names no principal', () => {
    const visit = (path: string, line: string): StoryInput => ({
      path,
      date: '2027-10-19',
      title: `Soto in Madrid: ${path}`,
      paragraphs: [line, 'Soto and King Alfonso XIV discussed lithium, hydrogen and trade during the state visit.', 'The Chilean president will travel to Seville on Wednesday.', 'Officials said the visit had gone well.'],
    });
    const { strays, event } = eventOf([
      visit('a.txt', 'Chilean President Ana Soto began a state visit to Spain on Monday.'),
      visit('b.txt', 'Soto was welcomed by King Alfonso XIV on Monday at the Royal Palace.'),
      visit('c.txt', 'Soto held talks in Madrid on Tuesday, the second day of her state visit.'),
      {
        path: 'd.txt',
        date: '2027-10-19',
        title: 'Cloud firm beats forecasts as revenue jumps',
        paragraphs: [
          'MADRID, Oct 19 (Wire) - Spanish cloud software company Nubis reported a 31 percent rise in quarterly revenue on Tuesday.',
          'Shares rose 12 percent in early trading in Madrid.',
          'The company raised its full-year revenue guidance and said it would hire 600 engineers.',
          'Analysts said demand from banks and hospitals drove the quarter.',
        ],
      },
    ]);
    expect([...strays.keys()]).toEqual(['S4']);
    expect(strays.get('S4')).toBe('not about this event');
    expect(event.sources).not.toContain('S4');
  });
});
