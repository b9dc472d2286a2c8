import { describe, expect, it } from 'vitest';
import { eventCues, negatedAt, normaliseGroup } from '../../src/extract/event-cues.js';

// Groupings, bodies and places here are invented.
describe('eventCues: summit and tour', () => {
  it('sees a summit in "summit", "summits" and "summitry", and nothing else', () => {
    expect(eventCues('The leaders met at a summit in Port Alvar.')).toEqual({ summit: true, tour: false, address: null, groups: [] });
    expect(eventCues('The summits were long.').summit).toBe(true);
    expect(eventCues('Summitry continued all week.').summit).toBe(true);
    expect(eventCues('It was a consummate performance.').summit).toBe(false);
    expect(eventCues('The leaders met for talks.').summit).toBe(false);
  });

  it('sees a tour in "tour", "stops in", "final leg", "<Place> leg" and "itinerary"', () => {
    for (const text of ['He began a tour of the region.', 'He stops in Velmor next.', 'The first stop was Velmor.', 'It was the final leg of the trip.', 'The Velmor leg went well.', 'The itinerary was released.', 'She toured the port.']) {
      expect(eventCues(text).tour, text).toBe(true);
    }
  });

  it('does not see a tour in words that merely contain "tour"', () => {
    expect(eventCues('He detoured around the square.').tour).toBe(false);
    expect(eventCues('The contours of a deal emerged.').tour).toBe(false);
    expect(eventCues('Her legacy was discussed.').tour).toBe(false);
  });
});

describe('eventCues: the body addressed', () => {
  it('reads "address to a joint meeting of Congress" as Congress', () => {
    expect(eventCues('She will give an address to a joint meeting of Congress.').address).toBe('Congress');
  });

  it('reads a named body after speech, spoke or remarks with to/before/at', () => {
    expect(eventCues('He spoke to the General Assembly.').address).toBe('General Assembly');
    expect(eventCues('She gave a speech before the House of Lords.').address).toBe('House of Lords');
    expect(eventCues('He delivered remarks at the United Nations.').address).toBe('United Nations');
    expect(eventCues('He spoke before a plenary session of the Velmor Parliament.').address).toBe('Velmor Parliament');
  });

  it('reads no body when none of the body words follows', () => {
    expect(eventCues('He spoke to reporters.').address).toBeNull();
    expect(eventCues('He spoke to the Velmor Courier.').address).toBeNull();
    expect(eventCues('A joint meeting of Congress was called.').address).toBeNull();
  });
});

describe('eventCues: groupings', () => {
  it('reads an acronym before "summit"', () => {
    expect(eventCues('The CSF summit opened.')).toEqual({ summit: true, tour: false, address: null, groups: ['CSF'] });
  });

  it('normalises "G-7" to "G7" and reads it before "leaders", "meeting" and "gathering"', () => {
    expect(eventCues('G-7 leaders met.').groups).toEqual(['G7']);
    expect(eventCues('The G7 summit opened.').groups).toEqual(['G7']);
    expect(eventCues('The G-20 meeting ended.').groups).toEqual(['G20']);
    expect(eventCues('The G-77 gathering began.').groups).toEqual(['G77']);
  });

  it('reads "Group of ..." and named forums, unions and alliances', () => {
    expect(eventCues('Group of Seven leaders met.').groups).toEqual(['Group of Seven']);
    expect(eventCues('Leaders arrived for the Arctic Cooperation Forum summit.').groups).toEqual(['Arctic Cooperation Forum']);
    expect(eventCues('Envoys met before the Velmor Union leaders’ summit.').groups).toEqual(['Velmor Union']);
  });

  it('reads a grouping before "leaders\' summit" and a possessive grouping', () => {
    expect(eventCues('At the CSF leaders’ meeting, they spoke.').groups).toEqual(['CSF']);
    expect(eventCues('They came to the ACF’s summit.').groups).toEqual(['ACF']);
  });

  it('reads several groupings in order', () => {
    expect(eventCues('A CSF summit and a G-8 meeting.').groups).toEqual(['CSF', 'G8']);
  });

  it('does not take country codes, country names or other acronyms for groupings', () => {
    for (const text of ['The US summit opened.', 'A UK meeting took place.', 'The UN meeting convened.', 'The USA summit opened.', 'The CEO summit.', 'An AM meeting.', 'The Norway meeting.']) {
      expect(eventCues(text).groups, text).toEqual([]);
    }
  });

  it('needs a grouping word after the name and a capitalised name', () => {
    expect(eventCues('The CSF said it would attend.').groups).toEqual([]);
    expect(eventCues('the csf summit').groups).toEqual([]);
  });
});

describe('normaliseGroup', () => {
  it('drops the hyphen of G-n only', () => {
    expect(normaliseGroup('G-20')).toBe('G20');
    expect(normaliseGroup('G7')).toBe('G7');
    expect(normaliseGroup('CSF')).toBe('CSF');
    expect(normaliseGroup('G-X')).toBe('G-X');
  });
});

describe('negatedAt', () => {
  const at = (text: string, word: string, last = false) => negatedAt(text, last ? text.lastIndexOf(word) : text.indexOf(word));

  it('is true after no/not/without/never with up to two words between', () => {
    expect(at('This is not a state visit.', 'state')).toBe(true);
    expect(at('There was no formal state visit.', 'visit')).toBe(true);
    expect(at('He left without a working visit.', 'working')).toBe(true);
    expect(at('Not a state visit.', 'state')).toBe(true);
  });

  it('is true after "rather than" and "instead of"', () => {
    expect(at('It was a working visit rather than a state visit.', 'state', true)).toBe(true);
    expect(at('Instead of a state visit, he came quietly.', 'state')).toBe(true);
  });

  it('is false without a denial, or with the denial too far back', () => {
    expect(at('This is a state visit.', 'state')).toBe(false);
    expect(at('It was a working visit rather than a state visit.', 'working')).toBe(false);
    expect(at('There was no reason for a formal state visit.', 'visit')).toBe(false);
    expect(at('He knows a state visit.', 'state')).toBe(false);
  });

  it('does not take "no" inside another word', () => {
    expect(at('Casino state visit.', 'state')).toBe(false);
    expect(at('He was nothing but a state guest.', 'state')).toBe(false);
  });
});

describe('eventCues: regressions', () => {
  it('leaves a sentence-opening article out of a grouping’s name', () => {
    expect(eventCues('The Arctic Cooperation Forum summit opened.').groups).toEqual(['Arctic Cooperation Forum']);
  });

  it('reads "the Kessington leg" as a tour cue but not a broken leg', () => {
    expect(eventCues('The Kessington leg was the high point.').tour).toBe(true);
    expect(eventCues('The chair had a broken leg.').tour).toBe(false);
    expect(eventCues('She hurt her leg.').tour).toBe(false);
  });

  it('reads an address with no preposition ("will address the Velmor Parliament")', () => {
    expect(eventCues('She will address the Velmor Parliament on Friday.').address).toBe('Velmor Parliament');
  });
});
