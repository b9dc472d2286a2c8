import { describe, expect, it } from 'vitest';
import { adMarkers } from '../../src/ingest/noise/ad-markers.js';
import { breadcrumbs } from '../../src/ingest/noise/breadcrumbs.js';
import { noiseOf, noiseRules } from '../../src/ingest/noise/index.js';
import { linkFarm } from '../../src/ingest/noise/link-farm.js';
import { shareButtons } from '../../src/ingest/noise/share-buttons.js';

/** Lines of ordinary article text that no rule may take for page furniture. */
const ARTICLE_LINES = [
  'The deal is worth $3 billion, officials said.',
  'Trade and economic concerns',
  'HQ-9B: A Major Talking Point',
  'Twitter users reacted angrily to the announcement.',
  'Share prices rose after the deal was announced.',
  'Print media were barred from the ceremony.',
  'Email exchanges between the ministries were leaked.',
  'Advertisement spending by the ministry doubled.',
  'Subscribers to the defence journal noticed the change.',
  'The ministry’s website, mod.example, posted the text.',
  'Talks resumed in Jan. 2026 after a pause of 3.5 months.',
  'Prices rose 4% > inflation in the second quarter, the bank said.',
  'Exports > imports for the first time since 2019.',
  'By Tuesday evening, the delegations had agreed on a text.',
  'Arkady Velmonov is a former intelligence officer who rose through the security services.',
  'Ostrava Benedek is the president of Velmonia and has ruled since 2012.',
  'Jane Doe, a senior fellow at the Example Institute, said the talks would fail.',
  'Photos of the signing were released by the ministry.',
  'Watch for the two leaders to appear on the balcony.',
  'The minister said he had read more than 300 pages of the draft.',
  'Related talks will take place in the spring.',
  'Correction of the trade imbalance is a priority, the minister said.',
  'The president posted on social media that the summit was a success.',
  'SURPRISE REVERSAL',
  '‘MISSION ACCOMPLISHED?’',
  'Ruritania and Velmonia signed 12 agreements worth $4 billion.',
  '(For the first time, the two sides agreed on a joint text.)',
  'He added: "And we should all want that to happen."',
  'The talks ended at 10:30 p.m. local time.',
  'Sign language interpreters were present at the ceremony.',
  'Follow-up talks are planned for March.',
  'The Example Agency reported the deal first.',
  'More than 10,000 people lined the route to the palace.',
  'Opinion polls show support for the deal at 58 per cent.',
  'Close aides said the president was tired after the flight.',
  'The state visit: what it means for trade',
  'Trade and Security',
  'The envoy reported from the front lines for a decade.',
  'Ruritania and Velmonia also contributed.',
];

describe('noiseOf', () => {
  it.each(ARTICLE_LINES)('keeps ordinary article text: %s', (line) => {
    expect(noiseOf(line)).toBeNull();
  });

  // Some rules only fire near the top (bylines) or the end (bios, contributor notes): ordinary text
  // stands there too, and must still be kept.
  it.each(ARTICLE_LINES)('keeps ordinary article text under the headline and as the last line: %s', (line) => {
    expect(noiseOf(line, { index: 1, fromEnd: 20, prev: 'Ruritania and Velmonia sign trade pact' })).toBeNull();
    expect(noiseOf(line, { index: 20, fromEnd: 0, prev: 'The talks resumed on Tuesday.' })).toBeNull();
  });

  it('names the rule a line breaks', () => {
    expect(noiseOf('icon-facebook icon-twitter icon-whatsapp')).toBe('share-buttons');
    expect(noiseOf('a.com | b.com | c.com')).toBe('link-farm');
    expect(noiseOf('Advertisement')).toBe('ad-markers');
  });

  it('trims the line before testing and ignores blank lines', () => {
    expect(noiseOf('   Advertisement   ')).toBe('ad-markers');
    expect(noiseOf('   ')).toBeNull();
  });

  it('registers rules with distinct names', () => {
    const names = noiseRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'share-buttons', 'link-farm', 'ad-markers', 'breadcrumbs', 'credits', 'bylines', 'contributors', 'author-bios',
        'social-posts', 'photo-captions', 'media-widgets', 'editor-notes', 'related-links', 'sign-ups',
      ]),
    );
  });
});

describe('share-buttons', () => {
  it.each([
    'icon-facebook icon-twitter icon-whatsapp',
    'Share on Facebook | Twitter | WhatsApp',
    'Share this article',
    'Facebook Twitter LinkedIn Email',
    'Tweet',
    'Share via: Telegram, Reddit, Copy link',
  ])('is noise: %s', (line) => {
    expect(shareButtons.test(line)).toBe(true);
  });

  it.each([
    'Print',
    'Email',
    'X',
    'Twitter, Facebook and Telegram were blocked during the protests.',
    'Share prices rose after the deal was announced.',
  ])('is not noise: %s', (line) => {
    expect(shareButtons.test(line)).toBe(false);
  });
});

describe('link-farm', () => {
  it.each([
    'a.com | b.com | c.com',
    'www.example.com',
    'https://example.org/news/world/item-42',
    'alpha.example · beta.example',
    'one.example, two.example, three.example',
  ])('is noise: %s', (line) => {
    expect(linkFarm.test(line)).toBe(true);
  });

  it.each([
    'The ministry’s website, mod.example, posted the text.',
    'U.S.',
    'It grew 3.5 per cent.',
    'Visit a.com for details.',
  ])('is not noise: %s', (line) => {
    expect(linkFarm.test(line)).toBe(false);
  });
});

describe('ad-markers', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Sponsored content',
    'Also read: Talks stall over tariffs',
    'ALSO READ | Talks stall over tariffs',
    'Read more: Why the deal matters',
    'Related: Ministers meet again',
    'Subscribe to our newsletter',
    'Sign up for our daily briefing',
    'Follow us on X',
    '© 2025 Example Media',
    'All rights reserved.',
    'We use cookies to improve your experience',
    'Advertisement:',
    'advertisement',
    'Story Continued Below',
    'Read More',
  ])('is noise: %s', (line) => {
    expect(adMarkers.test(line)).toBe(true);
  });

  it.each([
    'Advertising revenue fell sharply.',
    'Advertisement spending by the ministry doubled.',
    'Subscribers to the defence journal noticed the change.',
    'The minister said he would read more of the report.',
    'Ad hoc talks were held on the sidelines.',
  ])('is not noise: %s', (line) => {
    expect(adMarkers.test(line)).toBe(false);
  });

  // BUG: the copyright pattern is "^(©|(c)|copyright\b).{0,160}$", so any sentence that starts with
  // the word "Copyright" is dropped as a copyright notice.
  it('keeps a sentence that begins with the word "Copyright"', () => {
    expect(adMarkers.test('Copyright law was also on the agenda, officials said.')).toBe(false);
  });

  // BUG: "more\s+from\s+\S.*?" is lazy but unbounded, so it reaches the hyphen in any later word
  // ("long-range") and the whole sentence matches the "More from …: / -" teaser pattern.
  it('keeps a sentence that begins "More from" and later has a hyphenated word', () => {
    expect(adMarkers.test('More from the summit emerged as officials briefed reporters on long-range plans.')).toBe(false);
  });

  // BUG: "-" is accepted as the teaser separator right after the cue word, so "Related-party …"
  // (and "Watch-makers …") read as "Related - …" teasers.
  it('keeps a sentence that begins with a hyphenated "Related-" compound', () => {
    expect(adMarkers.test('Related-party transactions were flagged by the auditors.')).toBe(false);
  });
});

describe('breadcrumbs', () => {
  it.each(['news.example › World › Asia', 'Home > World > Europe', 'Home » Politics » Diplomacy'])('is noise: %s', (line) => {
    expect(breadcrumbs.test(line)).toBe(true);
  });

  it.each([
    'Prices rose 4% > inflation in the second quarter, the bank said.',
    'Home / World',
    'The talks › went well.',
    'Trade and economic concerns',
  ])('is not noise: %s', (line) => {
    expect(breadcrumbs.test(line)).toBe(false);
  });
});

describe('credits', () => {
  it.each([
    '(Reporting by Ana Souza; Editing by Tom Reyes)',
    'Additional reporting by Li Wei in Beijing',
    'Photo: Chancellor Greta Lindqvist at the airport',
    'File photo | Greta Lindqvist',
    'Getty Images',
    'Last Updated: Dec 1, 2025 10:00 IST',
    '4 min read',
  ])('drops %s', (line) => {
    expect(noiseOf(line)).toBe('credits');
  });
  it.each([
    'Reporting from the summit, officials said the talks had gone well.',
    'The photo opportunity was cancelled because of rain.',
    'Updated figures show trade rose 12% last year.',
  ])('keeps %s', (line) => {
    expect(noiseOf(line)).toBeNull();
  });
});
