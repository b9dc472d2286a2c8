import { casual } from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_A_DATE, newsChrono } from '../src/chrono.js';

const REFERENCE = { instant: new Date(Date.UTC(2027, 5, 10, 12)), timezone: 0 };

/** Phrases chrono reads something in: the gate must let every one through. */
const READ = [
  'on 14 June',
  'June 14, 2027',
  'the talks may, officials said',
  'in may the deal',
  'we may first need to',
  'a march through town',
  'onMonday the envoy left',
  'last Friday',
  'next Tues. evening',
  'last night',
  'tonight',
  'yesterday',
  'two weeks ago',
  'a d ago',
  'the y later',
  'in a few hrs',
  'the day after',
  'next month',
  'this quarter',
  'by the end of the month',
  '14/06/2027',
  '6/2027',
  '2027-06-14',
  'at 10:30',
];

/** Sentences without anything chrono can read: the gate keeps them from it. */
const NOT_READ = ['The envoy spoke at length about money and markets.', 'This is the last word on it.', 'They met them there.', 'Officials said the talks would go on.'];

describe('MAY_HOLD_A_DATE', () => {
  it('passes every phrase chrono reads a date or time in', () => {
    for (const text of READ) {
      expect(casual.parse(text, REFERENCE).length, text).toBeGreaterThan(0);
      expect(MAY_HOLD_A_DATE.test(text), text).toBe(true);
    }
  });

  it('stops sentences with nothing chrono reads', () => {
    for (const text of NOT_READ) {
      expect(casual.parse(text, REFERENCE), text).toEqual([]);
      expect(MAY_HOLD_A_DATE.test(text), text).toBe(false);
    }
  });
});

describe('newsChrono', () => {
  it('reads dates as chrono does', () => {
    const [r] = newsChrono.parse('They met on 14 June 2027 in the capital.', REFERENCE);
    expect([r?.text, r?.start.get('year'), r?.start.get('month'), r?.start.get('day')]).toEqual(['on 14 June 2027', 2027, 6, 14]);
  });

  it('does not read lengths of time as dates', () => {
    expect(casual.parse('The visit ran for about two weeks.', REFERENCE).map((r) => r.text)).not.toEqual([]);
    expect(newsChrono.parse('The visit ran for about two weeks.', REFERENCE)).toEqual([]);
  });
});
