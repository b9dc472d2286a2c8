import { describe, expect, it } from 'vitest';
import { mailContent } from '../../src/mail/content.js';
import { htmlBody } from '../../src/mail/html.js';
import { all, byTag, dom, words } from '../helpers/dom.js';
import { richBrief, sampleBrief } from './sample.js';

const ATTACHED = ['norland-2031-03-02.pdf (PDF)', 'norland-2031-03-02.md (Markdown)'];

describe('the HTML body of the mail', () => {
  const brief = richBrief();
  const html = htmlBody(brief, mailContent(brief, ATTACHED, 'RESTRICTED'));
  const page = dom(html);
  const body = byTag(page, 'body')[0]!;

  it('matches the reviewed body', async () => {
    await expect(html).toMatchFileSnapshot('__snapshots__/mail-body.html');
  });

  it('styles every element inline: no <style>, no classes, nothing to fetch', () => {
    expect(byTag(page, 'style')).toEqual([]);
    expect(all(page, (e) => 'class' in e.attrs)).toEqual([]);
    for (const tag of ['h1', 'h2', 'p', 'li', 'td', 'th', 'table']) {
      const els = byTag(body, tag);
      if (tag !== 'td') expect(els.length, tag).toBeGreaterThan(0);
      for (const e of els) expect(e.attrs.style, `${tag}: ${words(e)}`).toMatch(/\S/);
    }
    expect(byTag(page, 'img')).toEqual([]);
    expect(byTag(page, 'script')).toEqual([]);
  });

  it('has the marking first and last, the key points, the key facts and the overview with citations', () => {
    const sheet = body.children[0]!;
    expect(words(sheet.children[0]!)).toBe('RESTRICTED');
    expect(words(sheet.children.at(-1)!)).toBe('RESTRICTED');
    const text = words(body);
    expect(text).toContain('Key points Chancellor Ana Berg visits Vella on 9–10 March. [1][2] Sources disagree on the rail link’s opening year. [1][3]');
    expect(text).toContain('Visitor Chancellor Ana Berg, Estmark');
    expect(text).toContain('Overview Chancellor Ana Berg will hold talks');
    expect(text).toContain('The full brief is attached: norland-2031-03-02.pdf (PDF) and norland-2031-03-02.md (Markdown).');
  });

  it('tabulates the discrepancies, article text shown as text', () => {
    const rows = byTag(body, 'tr').filter((r) => words(r).startsWith('Rail link opening'));
    expect(rows).toHaveLength(1);
    expect(byTag(rows[0]!, 'td').map(words)).toEqual([
      'Rail link opening Conflict',
      '1 source [1]: 2033 “the line opens in 2033” 1 source [3]: 2035 “service starts in 2035 <b>at the earliest</b>”',
      'One source dates the opening to 2033; another to 2035.',
    ]);
    expect(byTag(body, 'b')).toEqual([]);
  });

  it('lists the sources it cites; only an http(s) address is a link, and citations are plain', () => {
    const sources = all(body, (e) => e.attrs.id?.startsWith('source-') ?? false).map(words);
    expect(sources).toEqual([
      '[1] Harbour Post — Berg to visit Vella (1 March 2031). https://example.org/berg',
      '[2] unattributed — Talks on ports and grain (undated).',
      '[3] Wire — Uncited (1 March 2031).',
    ]);
    expect(byTag(body, 'a').map((a) => a.attrs.href)).toEqual(['https://example.org/berg']);
  });

  it('leaves out what there is nothing for', () => {
    const plain = htmlBody(sampleBrief(), mailContent(sampleBrief(), [], null));
    expect(plain).not.toContain('Source discrepancies');
    expect(plain).not.toContain('Key points');
    expect(plain).not.toContain('attached');
    expect(plain).not.toContain('RESTRICTED');
  });
});
