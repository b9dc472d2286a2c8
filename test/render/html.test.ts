import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { renderHtml } from '../../src/render/html/index.js';
import { all, byTag, dom, words, type El } from '../helpers/dom.js';
import { ROOT } from '../helpers/run.js';

const MARKING = 'RESTRICTED — FOR BRIEFING USE';

async function exampleBrief(): Promise<Brief> {
  const { files, warnings } = await readCorpus(join(ROOT, 'corpus'), { maxBytes: 10 << 20 });
  return analyse(files, { asOf: '2025-12-01', title: null, warnings });
}

describe('renderHtml on the example corpus', () => {
  let brief: Brief;
  let html: string;
  let page: El;
  beforeAll(async () => {
    brief = await exampleBrief();
    html = renderHtml(brief, { marking: MARKING, length: 'standard', created: new Date('2025-12-01T00:00:00Z') });
    page = dom(html);
  });

  it('matches the reviewed page', async () => {
    await expect(html).toMatchFileSnapshot('__snapshots__/brief.html');
  });

  it('has the title block and the sections of the PDF and the Markdown, in their order', () => {
    expect(words(byTag(page, 'title')[0]!)).toBe('Putin’s state visit to India, 4–5 December 2025');
    expect(words(byTag(page, 'h1')[0]!)).toBe(brief.title);
    expect(html).toContain('<meta name="dcterms.created" content="2025-12-01">');
    expect(byTag(page, 'h2').map(words)).toEqual([
      'Overview',
      'Agenda',
      'Defence programmes',
      'Energy and trade',
      'Geopolitics',
      'Timeline',
      'Source discrepancies',
      'Sources',
    ]);
    const boxes = all(page, (e) => e.attrs.class === 'boxTitle').map(words);
    expect(boxes).toEqual(['Key points', 'Key facts']);
    expect(words(page)).toContain('Visitor President Vladimir Putin, Russia');
  });

  it('prints the marking first and last', () => {
    const main = byTag(page, 'main')[0]!;
    expect(main.children[0]!.attrs.class).toBe('marking');
    expect(words(main.children[0]!)).toBe(MARKING);
    expect(words(main.children.at(-1)!)).toBe(MARKING);
    // and in the running footer of every printed page
    expect(html).toMatch(/@bottom-left\{content:"RESTRICTED \\2014  FOR BRIEFING USE"/);
    expect(renderHtml(brief, { marking: null, length: 'standard' })).not.toContain('class="marking"');
  });

  it('tabulates the discrepancies: topic and kind, each side with its sources and quote, why', () => {
    const table = all(page, (e) => e.tag === 'section' && words(e.children[0]!) === 'Source discrepancies')[0]!;
    const rows = byTag(table, 'tr').slice(1);
    expect(rows).toHaveLength(brief.discrepancies.length);
    const met = rows.find((r) => words(r).startsWith('When the leaders last met'))!;
    const cells = byTag(met, 'td').map(words);
    expect(cells[0]).toBe('When the leaders last met Conflict');
    expect(cells[1]).toContain('1 source [5]: first face-to-face discussion in nearly three years “this visit marks their first face-to-face discussion in nearly three years.”');
    expect(cells[1]).toContain('1 source [2]: a discussion in July 2024');
    expect(cells[2]).toMatch(/^One source calls this the first face-to-face discussion/);
  });

  it('links every citation to a source that is listed', () => {
    const ids = new Set(all(page, (e) => Boolean(e.attrs.id)).map((e) => e.attrs.id));
    const cites = all(page, (e) => e.tag === 'a' && e.attrs.class === 'cite');
    expect(cites.length).toBeGreaterThan(30);
    for (const a of cites) {
      expect(a.attrs.href).toMatch(/^#source-\d+$/);
      expect(ids.has(a.attrs.href!.slice(1)), a.attrs.href).toBe(true);
      expect(words(a)).toBe(`[${a.attrs.href!.slice('#source-'.length)}]`);
    }
    expect(all(page, (e) => e.attrs.id?.startsWith('source-') ?? false)).toHaveLength(brief.sources.length);
  });

  it('is self-contained and runs nothing', () => {
    expect(byTag(page, 'script')).toEqual([]);
    expect(byTag(page, 'link')).toEqual([]);
    expect(byTag(page, 'img')).toEqual([]);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('is the same for the same brief, and follows --length', () => {
    expect(renderHtml(brief, { marking: MARKING, length: 'standard', created: new Date('2025-12-01T00:00:00Z') })).toBe(html);
    const items = (h: string) => byTag(dom(h), 'li').length;
    const short = renderHtml(brief, { marking: null, length: 'short' });
    const full = renderHtml(brief, { marking: null, length: 'full' });
    expect(items(short)).toBeLessThan(items(html));
    expect(items(full)).toBeGreaterThan(items(html));
    expect(full).toContain('Annex: further statements');
    expect(html).not.toContain('Annex: further statements');
    expect(words(dom(short))).toContain('printed in the annex of the full-length brief');
  });
});
