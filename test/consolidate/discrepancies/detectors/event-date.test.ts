import { describe, expect, it } from 'vitest';
import { eventDateConflict } from '../../../../src/consolidate/discrepancies/detectors/event-date.js';
import { detect, expectVerbatim, only, outlets, story, told, VISIT_END, VISIT_START } from '../fixtures.js';

// The visit runs Tuesday 10 – Thursday 12 March 2026; fixtures are dated Monday 9 or Tuesday 10 March.

describe('eventDateConflict', () => {
  it('flags a banquet "on Wednesday" against "on Thursday", each weekday read inside the visit', () => {
    const { found, articles, ctx } = detect(
      eventDateConflict,
      outlets(
        { date: '2026-03-09', paragraphs: ['Wilczek will host a state banquet for Quilodrán on Wednesday at the Royal Castle.'] },
        { date: '2026-03-10', paragraphs: ['A state banquet at the Royal Castle is planned in her honour on Thursday evening.'] },
      ),
    );
    expect([ctx.event.start, ctx.event.end]).toEqual([VISIT_START, VISIT_END]);
    const d = only(found);
    expect(d).toMatchObject({ kind: 'conflict', topic: 'Date of the banquet' });
    expect(told(d)).toEqual([
      { source: 'S1', value: '2026-03-11' },
      { source: 'S2', value: '2026-03-12' },
    ]);
    expectVerbatim(d, articles);
  });

  it('does not flag the same weekday told before and after the day by articles of different dates', () => {
    const { found } = detect(
      eventDateConflict,
      outlets(
        { date: '2026-03-09', paragraphs: ['Wilczek will host a state banquet for Quilodrán on Wednesday at the Royal Castle.'] },
        { date: '2026-03-12', paragraphs: ['A state banquet at the Royal Castle was held in her honour on Wednesday evening.'] },
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not flag "talks on 11 March" against "talks on Wednesday" when that Wednesday is 11 March', () => {
    const { found } = detect(
      eventDateConflict,
      outlets(
        { date: '2026-03-09', paragraphs: ['Formal talks on copper and lithium supply will be held on 11 March in Warsaw.'] },
        { date: '2026-03-10', paragraphs: ['The two leaders hold formal talks on copper and lithium supply on Wednesday.'] },
      ),
    );
    expect(found).toEqual([]);
  });

  it('does flag the same talks "on 11 March" against "on Thursday" (the control for the case above)', () => {
    const { found, articles } = detect(
      eventDateConflict,
      outlets(
        { date: '2026-03-09', paragraphs: ['Formal talks on copper and lithium supply will be held on 11 March in Warsaw.'] },
        { date: '2026-03-10', paragraphs: ['The two leaders hold formal talks on copper and lithium supply on Thursday.'] },
      ),
    );
    const d = only(found);
    expect(told(d)).toEqual([
      { source: 'S1', value: '2026-03-11' },
      { source: 'S2', value: '2026-03-12' },
    ]);
    expectVerbatim(d, articles);
  });

  it('does not flag the visit’s own dates told differently ("March 10-12" against "from Tuesday for three days")', () => {
    const { found, ctx } = detect(eventDateConflict, [
      story('a', '2026-03-09', 'Vistula Courier', [
        'Chilean President Marta Quilodrán will visit Poland on March 10-12 for talks with Polish President Jerzy Wilczek.',
        'Lithium and copper will dominate the talks, the foreign ministry said.',
      ]),
      story('b', '2026-03-09', 'Andes Ledger', [
        'Chilean President Marta Quilodrán will visit Poland from Tuesday for three days of talks with President Jerzy Wilczek.',
        'Ports and shipbuilding are also on the agenda, aides said.',
      ]),
    ]);
    expect(ctx.event.start).toBe(VISIT_START);
    expect(found).toEqual([]);
  });

  it('puts every source on its side in one row, and says it in words', () => {
    const { found, articles } = detect(
      eventDateConflict,
      outlets(
        ['The business forum in Kraków opens on Wednesday with 200 exporters.'],
        ['The business forum in Kraków opens on Thursday, organisers said.'],
        ['Exporters gather for the business forum in Kraków on Wednesday morning.'],
      ),
    );
    const d = only(found);
    expect(d.topic).toBe('Date of the business forum');
    expect(d.sides!.map((x) => [x.sources, x.value])).toEqual([
      [['S1', 'S3'], 'Wednesday 11 March 2026'],
      [['S2'], 'Thursday 12 March 2026'],
    ]);
    expect(d.note).toBe('Two sources put the business forum on Wednesday 11 March 2026; another on Thursday 12 March 2026.');
    expectVerbatim(d, articles);
    for (const x of d.sides!) expect(articles.find((a) => a.id === x.sources[0])!.text).toContain(x.quote);
  });

  // The alignment cases below each broke on real coverage: the date belonged to something else.
  const FORUM = ['The business forum in Kraków opens on Thursday, organisers said.'];

  it('does not take the day someone spoke for the day of the occasion ("saying Monday during a press conference")', () => {
    const { found } = detect(
      eventDateConflict,
      outlets(
        ['Wilczek has been noncommittal, saying Monday during a press conference with the Latvian president that talks would continue.'],
        ['The joint press conference of the two presidents is set for Wednesday.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not compare a press conference with one person with a press conference with another', () => {
    const { found } = detect(
      eventDateConflict,
      outlets(['Wilczek held a press conference with Tomas Brenner in Warsaw on Monday.'], ['A joint press conference with Quilodrán will follow on Wednesday.']),
    );
    expect(found).toEqual([]);
  });

  it('gives a date standing right by an occasion to that occasion only ("ahead of her Thursday meeting")', () => {
    const { found } = detect(
      eventDateConflict,
      outlets(
        ['In a press conference after Quilodrán left for Lima ahead of her Thursday meeting with the Peruvian president, Wilczek praised the talks.'],
        ['The closing press conference is planned for Wednesday.'],
      ),
    );
    expect(found).toEqual([]);
  });

  it('does not read a date inside quotation marks against the article’s date', () => {
    const { found } = detect(
      eventDateConflict,
      outlets(['Wilczek said he "could hardly wait for the banquet on Thursday" with his guest.'], ['Wilczek will host a state banquet for Quilodrán on Wednesday.']),
    );
    expect(found).toEqual([]);
  });

  it('does not compare a meeting of one body with a meeting of another', () => {
    const { found } = detect(
      eventDateConflict,
      outlets(['Quilodrán will address a meeting of copper exporters in Warsaw on Wednesday morning.'], ['Quilodrán addresses a joint meeting of parliament in Warsaw on Thursday.']),
    );
    expect(found).toEqual([]);
  });

  it('does not reach across a clause (", and …, where") or an errand ("on Wednesday to attend")', () => {
    const across = detect(eventDateConflict, outlets(['She travels to Gdańsk on Wednesday, and to Kraków, where she will open the business forum.'], FORUM));
    expect(across.found).toEqual([]);
    const errand = detect(eventDateConflict, outlets(['Quilodrán flies to Kraków on Wednesday to attend the business forum.'], FORUM));
    expect(errand.found).toEqual([]);
  });
});

