import { describe, expect, it } from 'vitest';
import { leans, standalone } from '../../../src/consolidate/items/standalone.js';
import { SentenceIndex } from '../../../src/consolidate/items/support.js';
import { prepare } from '../helpers.js';

const story = (paragraphs: string[]) => {
  const { annotated } = prepare([{ path: 'a.txt', date: '2027-03-01', paragraphs }]);
  return { annotated, index: new SentenceIndex(annotated) };
};

describe('leans', () => {
  it('knows a sentence that points back', () => {
    for (const t of ['It said the talks were useful.', 'These issues will be taken up later.', 'They met twice.', 'The delivery of these systems began in 2021.', '"We are ready," it said.']) expect(leans(t), t).toBe(true);
  });

  it('lets a sentence about the event itself stand: every reader knows "this summit"', () => {
    expect(leans('This summit comes after a year of tension.')).toBe(false);
    expect(leans('The ministry said the talks were useful.')).toBe(false);
  });
});

describe('standalone', () => {
  it('keeps a sentence that reads alone', () => {
    const { annotated, index } = story(['The Ruritanian ministry announced the visit on Monday.']);
    expect(standalone(annotated[0]!, index)?.text).toBe('The Ruritanian ministry announced the visit on Monday.');
  });

  it('joins a sentence to the one it leans on, both verbatim, with both spans', () => {
    const { annotated, index } = story(['The Ruritanian ministry announced the visit on Monday.', '"It will deepen our ties," it said.']);
    const s = standalone(annotated[1]!, index)!;
    expect(s.text).toBe('The Ruritanian ministry announced the visit on Monday. "It will deepen our ties," it said.');
    expect(s.spans).toHaveLength(2);
  });

  it('gives up when the sentence before leans too', () => {
    const { annotated, index } = story(['They arrived late.', 'It rained all day.']);
    expect(standalone(annotated[1]!, index)).toBeNull();
  });
});
