import { describe, expect, it } from 'vitest';
import { formatOf, ingestFile } from '../../src/ingest/article.js';
import { toOriginal } from '../../src/ingest/offsets.js';

function ingest(raw: string, path = 'story.md') {
  return ingestFile({ path, bytes: new TextEncoder().encode(raw) }, 'S1', formatOf(path)!);
}

const BODY =
  'President Ana Velor of Veloria began a two-day state visit to Ostrand on Monday, welcomed by Prime Minister Tomas Kell.\n\n' +
  'The two leaders are expected to sign a trade agreement worth $2 billion on Tuesday, officials said.\n';

/** The front matter an intake tool writes: exactly these keys. */
const FRONT = [
  '---',
  'title: "Veloria and Ostrand open trade talks"',
  'outlet: The Harbour Courier',
  'url: https://www.harbour-courier.example/2031/03/talks',
  'published: 2031-03-01',
  'author: Mira Tallis',
  'fetched: 2031-03-02T08:00:00Z',
  '---',
  '',
].join('\n');

describe('YAML front matter', () => {
  it.each(['story.md', 'story.txt'])('is read as metadata and never leaks into the text (%s)', (path) => {
    const { article, warnings } = ingest(FRONT + BODY, path);
    expect(article).toMatchObject({
      title: 'Veloria and Ostrand open trade talks',
      outlet: 'The Harbour Courier',
      url: 'https://www.harbour-courier.example/2031/03/talks',
      published: '2031-03-01',
      author: 'Mira Tallis',
    });
    expect(article.text).not.toMatch(/---|title:|outlet:|fetched|Harbour Courier/);
    expect(article.text.startsWith('President Ana Velor')).toBe(true);
    expect(warnings).toEqual([]);
    // Offsets still point into the file: the first paragraph maps back to its own place.
    const first = article.text.split('\n')[0]!;
    expect(article.raw.slice(toOriginal(article.offsets, 0), toOriginal(article.offsets, 0) + first.length)).toBe(first);
  });

  it('takes the outlet from the URL when nothing names it', () => {
    const { article } = ingest('---\nurl: https://www.example-news.com/world/2031/talks\npublished: 2031-03-01\n---\n' + BODY);
    expect(article.outlet).toBe('example-news.com');
  });

  it('reads Windows line ends, lists of authors, and leaves keys it does not know alone', () => {
    const raw = '---\r\ntitle: Talks open\r\npublished: 2031-03-01\r\nauthors:\r\n  - Mira Tallis\r\n  - Ode Varn\r\ntags: [trade, visit]\r\n---\r\n' + BODY.replace(/\n/g, '\r\n');
    const { article, warnings } = ingest(raw);
    expect(article.title).toBe('Talks open');
    expect(article.author).toBe('Mira Tallis, Ode Varn');
    expect(article.text).not.toContain('trade, visit');
    expect(warnings).toEqual([]);
  });

  it('malformed YAML: a warning with the file and line; the key: value lines still count, the text is clean', () => {
    const raw = '---\noutlet: The Harbour Courier\ntitle: Talks: day two\npublished: 2031-03-01\n---\n' + BODY;
    const { article, warnings } = ingest(raw);
    expect(warnings).toEqual([
      { file: 'story.md', message: 'line 3: the front matter is not valid YAML (a value holds ": "; put that value in quotes); read its key: value lines one by one' },
    ]);
    expect(article).toMatchObject({ title: 'Talks: day two', outlet: 'The Harbour Courier', published: '2031-03-01' });
    expect(article.text.startsWith('President Ana Velor')).toBe(true);
  });

  it('a bad date or address: a warning naming the line, the rest still read', () => {
    const { article, warnings } = ingest('---\ntitle: Talks open\npublished: next week\nurl: harbour-courier\n---\n' + BODY);
    expect(warnings.map((w) => w.message)).toEqual([
      'line 3: "published: next week" is not a date (expected YYYY-MM-DD); left out',
      'line 4: "url: harbour-courier" is not a web address (http:// or https://); left out',
      'no publication date found',
    ]);
    expect(article.title).toBe('Talks open');
    expect(article.url).toBeNull();
  });

  it('never closed: a warning, the key: value lines read, the article from the first other line', () => {
    const { article, warnings } = ingest('---\ntitle: Talks open\noutlet: The Harbour Courier\npublished: 2031-03-01\n\n' + BODY);
    expect(warnings.map((w) => w.message)).toEqual(['line 1: the front matter is never closed with "---"; read its key: value lines up to line 5']);
    expect(article).toMatchObject({ title: 'Talks open', outlet: 'The Harbour Courier' });
    expect(article.text.startsWith('President Ana Velor')).toBe(true);
  });

  it('a rule above ordinary text is not front matter', () => {
    const { article, warnings } = ingest('---\n' + BODY);
    expect(warnings.filter((w) => /front matter/.test(w.message))).toEqual([]);
    expect(article.text).toContain('President Ana Velor');
  });
});

describe('header lines (no front matter)', () => {
  it('are read as before, fetched: included, and never printed', () => {
    const raw = 'title: Talks open\noutlet: The Harbour Courier\nauthor: Mira Tallis\ndate: 2031-03-01\nsource: https://harbour-courier.example/a\nfetched: 2031-03-02\n\n' + BODY;
    const { article } = ingest(raw, 'story.txt');
    expect(article).toMatchObject({ title: 'Talks open', outlet: 'The Harbour Courier', author: 'Mira Tallis', published: '2031-03-01', url: 'https://harbour-courier.example/a' });
    expect(article.text).not.toMatch(/fetched|outlet:|Harbour Courier/);
  });
});
