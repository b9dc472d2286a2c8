import { describe, expect, it } from 'vitest';
import { photoCredits } from '../../../src/ingest/inline/photo-credits.js';
import { afterRule } from './apply.js';

describe('photo-credits', () => {
  it.each([
    ['The two leaders shake hands at the palace. (Lena Marsh/Daily Example) The talks then began.', 'The two leaders shake hands at the palace. The talks then began.'],
    ['The minister waves from the stairs. (Example Photo/Tomas Reyes) He had flown in overnight.', 'The minister waves from the stairs. He had flown in overnight.'],
    ['Crowds line the route (Example Images) as the motorcade passes.', 'Crowds line the route as the motorcade passes.'],
    ['The envoy arrives (Photo: Screen capture) at the airport.', 'The envoy arrives at the airport.'],
    ['The leaders sign the pact in the capital, June 12, 2026. EXAMPLE/Jonas Berg', 'The leaders sign the pact in the capital, June 12, 2026.'],
    [
      'Two women enter the ministry, May 28, 2026. Picture taken May 28, 2026. EXAMPLE/Jonas Berg',
      'Two women enter the ministry, May 28, 2026.',
    ],
  ])('cuts %s', (text, want) => {
    expect(afterRule(photoCredits, text)).toBe(want);
  });

  it.each([
    'The deal (worth $3 billion) was signed on Tuesday.',
    'Trade between the two (RU/VE) partners rose.',
    'The photo opportunity (a handshake) was cancelled.',
    'The ministry released images of the ceremony.',
    'The pact covers the ARC/VTO mission, officials said.',
    'Talks on the pact (Article 5/Article 6) continued.',
  ])('keeps %s', (text) => {
    expect(photoCredits.cuts(text)).toEqual([]);
  });
});
