import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { renderPdf, type PdfOptions } from '../../src/render/pdf.js';
import { REAL_CORPORA } from '../helpers/corpus.js';
import { ROOT } from '../helpers/run.js';
import { sampleBrief } from '../mail/sample.js';
import { bodyLines, footerLines, furnitureProblems, headerLines, isH2, TABLE_HEADS } from './pdf-furniture.js';
import { pdfLines, type LaidPage } from './pdf-lines.js';

const CREATED = new Date('2026-03-01T00:00:00Z');
const LONG_TITLE = 'A brief whose title runs on and on: the visit, its agenda, the programmes, energy and trade, and what the whole region makes of it';
const LONG_MARKING = 'RESTRICTED — FOR BRIEFING USE ONLY — NOT FOR DISTRIBUTION BEYOND THE DESK AND ITS NAMED RECIPIENTS IN THE MINISTRY AND ITS MISSIONS';

async function briefOf(dir: string, title: string | null): Promise<Brief> {
  const { files, warnings } = await readCorpus(dir, { maxBytes: 10 << 20 });
  return analyse(files, { asOf: '2025-12-06', title, warnings });
}

const render = async (brief: Brief, opts: PdfOptions) => pdfLines(await renderPdf(brief, opts, CREATED));
const pagesWith = (pages: LaidPage[], text: string) => pages.filter((p) => bodyLines(p).some((l) => l.text === text)).map((p) => p.number);

/** An invented brief whose three tables each run over more than one page. */
function longTables(): Brief {
  const base = sampleBrief();
  const sentence = (i: number) => `Officials in Vella said the ${i}th item was discussed at length by both delegations over two sessions, with a statement to follow.`;
  return {
    ...base,
    title: LONG_TITLE,
    defenceProgrammes: Array.from({ length: 30 }, (_, i) => ({
      name: `Kestrel-${i + 1}`,
      aliases: [],
      facts: [{ text: sentence(i), sources: ['S1'] }, { text: sentence(i + 100), sources: ['S2'] }],
      sources: ['S1', 'S2'],
    })),
    timeline: Array.from({ length: 60 }, (_, i) => ({ date: `20${String(i % 30).padStart(2, '0')}-03-0${(i % 9) + 1}`, text: sentence(i), sources: ['S1'] })),
    discrepancies: Array.from({ length: 24 }, (_, i) => ({
      topic: `Number of agreements ${i + 1}`,
      kind: 'conflict' as const,
      claims: [{ source: 'S1', quote: 'Officials say 11 agreements will be signed.', value: '11' }, { source: 'S2', quote: 'As many as 14 agreements are ready.', value: '14' }],
      sides: [{ value: '11 agreements', sources: ['S1'], quote: '11 agreements will be signed' }, { value: '14 agreements', sources: ['S2'], quote: '14 agreements are ready' }],
      note: 'One source counts 11 agreements; another 14.',
    })),
  };
}

describe('PDF page furniture and page breaks, read back from positions on the page', () => {
  const cases: { name: string; pages: LaidPage[]; title: string; marking: string | null }[] = [];

  beforeAll(async () => {
    const example = join(ROOT, 'corpus');
    const long = await briefOf(example, LONG_TITLE);
    cases.push({ name: 'example, standard, long title and marking', pages: await render(long, { paper: 'A4', marking: LONG_MARKING }), title: LONG_TITLE, marking: LONG_MARKING });
    cases.push({ name: 'example, full, long title and marking', pages: await render(long, { paper: 'A4', marking: LONG_MARKING, length: 'full' }), title: LONG_TITLE, marking: LONG_MARKING });
    const plain = await briefOf(example, null);
    cases.push({ name: 'example, standard, no marking', pages: await render(plain, { paper: 'A4', marking: null }), title: plain.title, marking: null });
    cases.push({ name: 'invented long tables, full, US letter', pages: await render(longTables(), { paper: 'LETTER', marking: LONG_MARKING, length: 'full' }), title: LONG_TITLE, marking: LONG_MARKING });
    const unbroken = sampleBrief({ title: `Unbroken${'X'.repeat(150)}` });
    unbroken.sources[0]!.url = `https://www.harbour-post.example/world/2031/03/09/${'chancellor-berg-arrives-in-vella-for-talks-on-ports-and-grain-'.repeat(3)}index.html`;
    cases.push({ name: 'invented, words longer than a line', pages: await render(unbroken, { paper: 'A4', marking: 'M'.repeat(200) }), title: unbroken.title, marking: 'M'.repeat(200) });
    if (REAL_CORPORA) {
      // The real corpus with the most articles: the longest brief, whose timeline runs over pages.
      const dirs = readdirSync(REAL_CORPORA, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(REAL_CORPORA!, d.name));
      const largest = dirs.sort((a, b) => readdirSync(b).length - readdirSync(a).length || a.localeCompare(b))[0]!;
      const real = await briefOf(largest, LONG_TITLE);
      cases.push({ name: 'largest real corpus, full, long title and marking', pages: await render(real, { paper: 'A4', marking: LONG_MARKING, length: 'full' }), title: LONG_TITLE, marking: LONG_MARKING });
    }
  }, 240_000);

  it('keeps title and date apart in the header, marking and page number apart in the footer, and breaks pages cleanly', () => {
    for (const c of cases) expect(furnitureProblems(c.pages, c), c.name).toEqual([]);
  });

  it('cuts a long title and marking to one line with an ellipsis in the header and footer, and prints them whole on page 1', () => {
    const { pages } = cases[0]!;
    expect(headerLines(pages[0]!)[0]!.text).toMatch(/^A brief whose title runs on .*… As of 6 December 2025$/);
    expect(footerLines(pages[0]!)[0]!.text).toMatch(/^RESTRICTED — FOR BRIEFING USE ONLY .*… Page 1 of \d+$/);
    const first = bodyLines(pages[0]!);
    const titleLines = first.filter((l) => Math.abs(l.size - 20) < 0.3).map((l) => l.text);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.join(' ')).toBe(LONG_TITLE);
    const markingLines = first.filter((l) => l.y < first.find((t) => Math.abs(t.size - 20) < 0.3)!.y && l.text === l.text.toUpperCase());
    expect(markingLines.map((l) => l.text).join(' ')).toBe(LONG_MARKING);
  });

  it('prints the example at about five pages at standard length', () => {
    expect(cases[0]!.pages.length).toBeGreaterThanOrEqual(4);
    expect(cases[0]!.pages.length).toBeLessThanOrEqual(6);
  });

  it('repeats each table’s header row on the pages it continues on, and on no other page', () => {
    const { pages } = cases[3]!;
    for (const [heading, head] of Object.entries(TABLE_HEADS)) {
      const start = pages.find((p) => bodyLines(p).some((l) => isH2(l) && l.text === heading))!.number;
      const next = pages.find((p) => p.number > start && bodyLines(p).some((l) => isH2(l) && !(l.text in TABLE_HEADS && l.text === heading)))!.number;
      // Every page from the heading's to the one the next section starts on, and no other.
      const shown = pagesWith(pages, head);
      expect(shown.length, heading).toBeGreaterThan(1);
      expect(shown, heading).toEqual(Array.from({ length: shown.length }, (_, i) => start + i));
      expect(shown.at(-1)!, heading).toBeLessThanOrEqual(next);
    }
  });

  it('gives the timeline a header row', () => {
    const shown = cases.flatMap((c) => pagesWith(c.pages, TABLE_HEADS.Timeline!));
    expect(shown.length).toBeGreaterThanOrEqual(cases.length);
  });

  it('finds what it looks for: headings by their size, and the problems it reports', () => {
    const headings = cases[1]!.pages.flatMap((p) => bodyLines(p).filter(isH2).map((l) => l.text));
    expect(headings).toEqual(expect.arrayContaining(['Overview', 'Agenda', 'Defence programmes', 'Timeline', 'Source discrepancies', 'Annex: further statements', 'Sources']));
    // The same pages with a heading moved to the foot of a page and a repeated header row dropped.
    const pages = structuredClone(cases[3]!.pages);
    const continued = pages.find((p, i) => i > 0 && bodyLines(p)[0]!.text === TABLE_HEADS.Timeline)!;
    continued.lines = continued.lines.filter((l) => l.text !== TABLE_HEADS.Timeline);
    const foot = bodyLines(pages[0]!).at(-1)!;
    pages[0]!.lines.push({ ...foot, y: foot.y + 1, text: 'Overview', size: 12.5, items: [{ ...foot.items[0]!, str: 'Overview', size: 12.5 }] });
    pages[0]!.lines = pages[0]!.lines.filter((l) => l !== foot);
    const problems = furnitureProblems(pages, cases[3]!).join('\n');
    expect(problems).toContain(`page ${continued.number}: "Timeline" continues, but the page starts with`);
    expect(problems).toContain('page 1: heading "Overview" has no text after it on its page');
  });
});
