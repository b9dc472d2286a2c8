import { describe, expect, it } from 'vitest';
import { tweetLinks } from '../../../src/ingest/inline/tweet-links.js';
import { afterRule } from './apply.js';

describe('tweet-links', () => {
  it.each([
    ['The envoy arrived at the palace https://t.co/Ab12Cd34 and was greeted by the guard.', 'The envoy arrived at the palace and was greeted by the guard.'],
    ['The state banquet menu pic.twitter.com/5xYzAbCdEf was printed in two languages.', 'The state banquet menu was printed in two languages.'],
    ['Crowds gathered outside. http://t.co/Qq9 pic.twitter.com/Rr8', 'Crowds gathered outside.'],
  ])('cuts %s', (text, want) => {
    expect(afterRule(tweetLinks, text)).toBe(want);
  });

  it.each([
    'The ministry’s text is at mod.example/statement, officials said.',
    'The treaty is published at https://treaties.example/2026/12.',
    'The newspaper, known as the t.co of the region, reported it first.',
    'The account at twitter.com/ministry posted the statement.',
  ])('keeps %s', (text) => {
    expect(tweetLinks.cuts(text)).toEqual([]);
  });
});
