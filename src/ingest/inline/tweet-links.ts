import type { Cut, InlineRule } from './types.js';

/**
 * Embedded posts leave their short links in the text ("… at the palace https://t.co/Ab12 pic.twitter.com/Cd34").
 * They say nothing a reader can follow on paper and break sentences apart. Other addresses in prose
 * can be content ("the text is at ministry.example/report") and are kept.
 */
const LINK = /\s*(?<![\w.\/])(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com)\/\w+/giu;

/** A cheap look for the hosts first: most lines have no link at all. */
const CUE = /t\.co\/|pic\.twitter\.com\//i;

export const tweetLinks: InlineRule = {
  name: 'tweet-links',
  cuts: (text) => (CUE.test(text) ? [...text.matchAll(LINK)].map((m): Cut => [m.index, m.index + m[0].length]) : []),
};
