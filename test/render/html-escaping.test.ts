import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/model/schema.js';
import { renderHtml } from '../../src/render/html/index.js';
import { cssString, esc, httpUrl } from '../../src/render/html/escape.js';
import { all, byTag, dom, words } from '../helpers/dom.js';
import { sampleBrief } from '../mail/sample.js';

const TITLE = 'Visit <script>alert(1)</script> & "talks" on O\'Hare';
const MARKING = 'SECRET</style><script>alert(3)</script> "x" & \\';

/** An invented brief whose every text field tries to become markup. */
function hostile(): Brief {
  return sampleBrief({
    title: TITLE,
    overview: [{ text: 'Ports <img src=x onerror=alert(1)> & "grain" <a href="javascript:alert(2)">here</a>', sources: ['S1'] }],
    agenda: [{ text: '</li></ul><iframe src="https://evil.example"></iframe>', sources: ['S2'], hedged: true }],
    sources: [
      { id: 'S1', file: 'a<b>.txt', outlet: 'Post & <Co>', published: '2031-03-01', title: 'A "quoted" title', words: 3, duplicateOf: null, url: 'javascript:alert(document.cookie)' },
      { id: 'S2', file: 'b.txt', outlet: 'Wire', published: null, title: 'T', words: 3, duplicateOf: null, url: 'https://example.org/a?x=1&y="><script>alert(4)</script>' },
      { id: 'S3', file: 'c.txt', outlet: 'Gazette', published: null, title: 'U', words: 3, duplicateOf: null, url: 'data:text/html,<script>alert(5)</script>' },
      { id: 'S4', file: 'd.txt', outlet: 'Herald', published: null, title: 'V', words: 3, duplicateOf: null, url: 'http://example.net/story' },
    ],
    discrepancies: [
      {
        topic: 'Rail <b>link</b>',
        kind: 'conflict',
        claims: [
          { source: 'S1', quote: 'opens "in 2032" <script>', value: '2032' },
          { source: 'S2', quote: "opens in 2034 & later", value: '2034' },
        ],
        note: 'Dates differ </td></tr></table>',
      },
    ],
    changes: { first: false, sinceEdition: 1, sinceAsOf: '2031-03-01', items: [{ kind: 'claim-added', section: 'Overview', text: 'New <em>claim</em>', sources: ['S1'] }] },
  });
}

describe('brief.html with hostile article text', () => {
  const html = renderHtml(hostile(), { marking: MARKING, length: 'standard' });
  const page = dom(html);

  it('shows every piece of text as text: no element, attribute or handler comes from an article', () => {
    for (const tag of ['script', 'img', 'iframe', 'em', 'b']) expect(byTag(page, tag), tag).toEqual([]);
    expect(all(page, (e) => Object.keys(e.attrs).some((a) => a.startsWith('on')))).toEqual([]);
    const text = words(page);
    expect(text).toContain('Ports <img src=x onerror=alert(1)> & "grain" <a href="javascript:alert(2)">here</a>');
    expect(text).toContain('</li></ul><iframe src="https://evil.example"></iframe>');
    expect(text).toContain('Rail <b>link</b>');
    expect(text).toContain('Dates differ </td></tr></table>');
    expect(text).toContain('New <em>claim</em>');
    expect(words(byTag(page, 'title')[0]!)).toBe(TITLE);
    expect(words(byTag(page, 'h1')[0]!)).toBe(TITLE);
  });

  it('links only http(s) source addresses, and shows the rest as text', () => {
    const links = all(page, (e) => e.tag === 'a' && !e.attrs.href!.startsWith('#'));
    expect(links.map((a) => a.attrs.href)).toEqual(['https://example.org/a?x=1&y=%22%3E%3Cscript%3Ealert(4)%3C/script%3E', 'http://example.net/story']);
    expect(words(links[0]!)).toBe('https://example.org/a?x=1&y="><script>alert(4)</script>');
    const source = (n: number) => words(all(page, (e) => e.attrs.id === `source-${n}`)[0]!);
    expect(source(1)).toBe('[1] Post & <Co> — A "quoted" title (1 March 2031). a<b>.txt, javascript:alert(document.cookie). 3 words.');
    expect(source(3)).toContain('data:text/html,<script>alert(5)</script>');
  });

  it('keeps the marking inside the page and inside its CSS strings', () => {
    const markings = all(page, (e) => e.attrs.class === 'marking').map(words);
    expect(markings).toEqual([MARKING, MARKING]);
    const style = byTag(page, 'style');
    expect(style).toHaveLength(1);
    expect(style[0]!.text).not.toContain('</style');
    expect(style[0]!.text).toContain('@bottom-left{content:"SECRET\\3c \\2f style\\3e \\3c script\\3e alert\\28 3\\29 \\3c \\2f script\\3e  \\22 x\\22  \\26  \\5c "');
  });

  it('prints the changes since the last edition', () => {
    expect(byTag(page, 'h2').map(words)).toContain('Changes since the last brief');
    expect(words(page)).toContain('Edition 1 against edition 1 (as of 1 March 2031): 1 change.');
  });
});

describe('escaping helpers', () => {
  it('esc escapes the five characters HTML reads', () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(esc('bell\u0007 and\u0000 nul\u009b, tab\tkept')).toBe('bell  and  nul , tab\tkept');
  });

  it('httpUrl accepts only absolute http(s) addresses', () => {
    expect(httpUrl('https://example.org/x?a=1')).toBe('https://example.org/x?a=1');
    expect(httpUrl(' HTTP://Example.org ')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example/x', '/relative', 'ftp://x.org', 'https://x.org/a b', 'https://', null, undefined, '']) {
      expect(httpUrl(bad), String(bad)).toBeNull();
    }
  });

  it('cssString writes every character but letters, digits and spaces as an escape', () => {
    expect(cssString('A1 b')).toBe('"A1 b"');
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
    expect(cssString('x, y')).toBe('"x\\2c  y"');
    expect(cssString('line\nbreak')).toBe('"line break"');
  });
});
