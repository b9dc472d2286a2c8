import { describe, expect, it } from 'vitest';
import { relatedLinks } from '../../../src/ingest/noise/related-links.js';

describe('related-links', () => {
  it.each([
    'More:Senators blast the meeting as a sign of weakness',
    'More on the news conference:Envoy hopes talks can avoid tariffs',
    'Opinion:The envoy’s disrespect makes mockery of the trip',
    "The state visit:What you need to know, from royal ceremony to protests",
    'SEE ALSO: Envoy lectures host on liberty',
    'RELATED: Ministers meet again',
    'READ MORE: Why the deal matters',
    'PHOTOS: Leaders and their look-alikes',
    'NOW WATCH: “Envoy: Host ‘Very, Very Strong’”',
    "Envoy 'treasonous' after siding with host on meddling Read more",
    'ENVOY GIVES HOST A BALL, TELLS HIM ‘NOW THE BALL IS IN YOUR COURT’',
    'MEDIA SLAMMING ENVOY AFTER SUMMIT: ‘ONE OF THE MOST DISGRACEFUL PERFORMANCES’',
    '(For a graphic on trade flows, see: example.link/2JvA )',
    '[A reader responds: The Envoy’s Statements Are an ‘Acknowledgement of Reality’]',
  ])('drops %s', (line) => {
    expect(relatedLinks.test(line)).toBe(true);
  });

  it.each([
    'More than 10,000 people lined the route.',
    'More: that was the word the minister used.',
    'The minister said: “We will read more of the report.”',
    'SURPRISE REVERSAL',
    '‘MISSION ACCOMPLISHED?’',
    'NO DEAL IS BETTER THAN A BAD DEAL, THE PROTESTERS CHANTED AGAIN!',
    'The envoy arrived at 10:30 and left at noon.',
    'He added: "And we should all want that to happen."',
    'Verse 1:38 is the line the bishop quoted.',
    'The talks (which began in 2019, see above) resumed.',
  ])('keeps %s', (line) => {
    expect(relatedLinks.test(line)).toBe(false);
  });
});
