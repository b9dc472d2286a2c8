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
});
