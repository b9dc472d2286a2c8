import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLines } from '../../src/ingest/html.js';

const texts = (html: string): string[] => htmlToLines(html).lines.map((l) => l.text);

const PAGE = `<!doctype html>
<html><head>
<title>Leaders meet &amp; talk | Example Wire</title>
<meta property="og:title" content="Leaders meet">
<style>p { color: red; }</style>
<script>var trap = "<p>script text</p>";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<p>Outside the article before.</p>
<article>
<h1>Leaders meet in the capital</h1>
<p>The two ministers met on Tuesday.</p>
<div class="share-bar"><a>Facebook</a> <a>Twitter</a></div>
<p>They discussed a trade pact.</p>
<ul><li>Energy supplies</li><li>Defence ties</li></ul>
</article>
<footer>Contact us</footer>
<p>Outside the article after.</p>
</body></html>`;

describe('htmlToLines', () => {
  it('reads the <title>, decoding entities', () => {
    expect(htmlToLines(PAGE).title).toBe('Leaders meet & talk | Example Wire');
  });

  it('reads meta tags into meta, lower-cased by name', () => {
    expect(htmlToLines(PAGE).meta['og:title']).toBe('Leaders meet');
  });

  it('reads a canonical link into meta', () => {
    const { meta } = htmlToLines('<head><link rel="canonical" href="https://news.example/a/1"></head><body><p>Text.</p></body>');
    expect(meta['canonical']).toBe('https://news.example/a/1');
  });

  it('prefers the <article> element and keeps its blocks as lines', () => {
    expect(texts(PAGE)).toEqual([
      'Leaders meet in the capital',
      'The two ministers met on Tuesday.',
      'They discussed a trade pact.',
      '- Energy supplies',
      '- Defence ties',
    ]);
  });

  it('drops script, style, nav and footer content', () => {
    const html = `<body><script>alert("x")</script><style>.a{}</style><nav>Menu link</nav>
      <p>Body text here.</p><footer>Footer text</footer></body>`;
    expect(texts(html)).toEqual(['Body text here.']);
  });

  it('does not read tags inside a script string as text', () => {
    const html = '<body><script>document.write("<p>injected</p>")</script><p>Real text.</p></body>';
    expect(texts(html)).toEqual(['Real text.']);
  });

  it('drops elements whose class marks them as sharing, newsletter or related furniture', () => {
    const html = `<body>
      <p>First paragraph.</p>
      <div class="social-share"><p>Share on Facebook</p></div>
      <div class="newsletter"><p>Get our daily email.</p></div>
      <aside class="related">Read this too</aside>
      <section id="comments"><p>Great article!</p></section>
      <p>Second paragraph.</p>
    </body>`;
    expect(texts(html)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('keeps elements whose class merely contains a noise word inside a longer word', () => {
    const html = '<body><div class="unrelated-story"><p>Kept text.</p></div></body>';
    expect(texts(html)).toEqual(['Kept text.']);
  });

  it('skips nested elements of the same name when dropping one', () => {
    const html = '<body><div class="share"><div>inner</div><div>inner 2</div></div><p>After.</p></body>';
    expect(texts(html)).toEqual(['After.']);
  });

  it('joins inline elements into one line and collapses white space', () => {
    expect(texts('<body><p>The  <b>bold</b>\n   and <i>italic</i> words.</p></body>')).toEqual(['The bold and italic words.']);
  });

  it('breaks lines at <br>', () => {
    expect(texts('<body><p>One line<br>Another line</p></body>')).toEqual(['One line', 'Another line']);
  });

  it('decodes named, decimal and hex entities in text', () => {
    expect(texts('<body><p>&ldquo;Yes&rdquo; &amp; no&nbsp;&#8212; said &#x41;.</p></body>')).toEqual(['“Yes” & no — said A.']);
  });

  it('ignores comments', () => {
    expect(texts('<body><p>Before<!-- hidden <p>x</p> --> after.</p></body>')).toEqual(['Before after.']);
  });

  it('uses the whole body when there is no <article>', () => {
    expect(texts('<html><head><title>T</title></head><body><p>Only para.</p></body></html>')).toEqual(['Only para.']);
  });

  it('gives each plain line an offset at which its text starts in the raw HTML', () => {
    const { lines } = htmlToLines(PAGE);
    const plain = lines.filter((l) => !l.text.startsWith('- '));
    expect(plain.length).toBeGreaterThan(2);
    for (const line of plain) expect(PAGE.slice(line.orig)).toMatch(new RegExp(`^${line.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('points a list item line at its <li> tag', () => {
    const html = '<body><ul><li>First</li></ul></body>';
    const [line] = htmlToLines(html).lines;
    expect(line!.text).toBe('- First');
    expect(html.slice(line!.orig)).toMatch(/^<li>First/);
  });

  // BUG: appendText collapses white space before measuring the lead, so a run that starts with
  // more than one white-space character ("<p>\n      Indented…") gets an offset one past the
  // tag instead of at its first letter (here 6 characters short).
  it('gives a line with leading white space the offset of its first letter', () => {
    const html = '<body><p>\n      Indented text.</p></body>';
    const [line] = htmlToLines(html).lines;
    expect(html.slice(line!.orig, line!.orig + 'Indented text.'.length)).toBe('Indented text.');
  });

  // BUG: NOISE_CLASS matches any class token ending in "-sidebar", "-menu", "-share" and so on, so a
  // content wrapper such as class="story-body with-sidebar" is dropped with all the article text.
  it('keeps a content wrapper whose class only mentions a sidebar layout', () => {
    const html = '<body><div class="story-body with-sidebar"><p>The ministers met.</p></div></body>';
    expect(texts(html)).toEqual(['The ministers met.']);
  });
});

describe('decodeEntities', () => {
  it('decodes known named entities case-insensitively', () => {
    expect(decodeEntities('&AMP; &eacute; &hellip;')).toBe('& é …');
  });

  it('leaves unknown named entities and out-of-range code points alone', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });

  it('decodes astral code points', () => {
    expect(decodeEntities('&#x1F600;')).toBe('😀');
  });
});
