import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/model/schema.js';
import { loadTemplates, renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { LIMITS, programmeRows } from '../../src/render/view.js';
import { sampleBrief } from '../mail/sample.js';
import { pdfPages } from '../helpers/pdf.js';

// Invented programmes: "Rook" and "Heron" share one sentence; Rook has one of its own; "Tarn" shares nothing.
const SHARED = 'The fleet includes Rook and Heron jets bought in the 1990s.';
const programmes: Brief['defenceProgrammes'] = [
  {
    name: 'Rook',
    aliases: ['Rook Mk2'],
    facts: [
      { text: SHARED, sources: ['S1'], sharedWith: ['Heron'] },
      { text: 'The Rook will be retired in 2030.', sources: ['S2'] },
    ],
    sources: ['S1', 'S2'],
  },
  { name: 'Heron', aliases: [], facts: [{ text: SHARED, sources: ['S1'], sharedWith: ['Rook'] }], sources: ['S1'] },
  { name: 'Tarn', aliases: [], facts: [{ text: 'Norland offered Tarn batteries for its air defence.', sources: ['S2'] }], sources: ['S2'] },
];
const brief = sampleBrief({ defenceProgrammes: programmes });
const count = (text: string, part: string) => text.split(part).length - 1;

describe('programmeRows', () => {
  it('prints a shared fact once, in a row naming every programme that has it, after the first one’s own row', () => {
    expect(programmeRows(brief.defenceProgrammes, 3).map((r) => [r.title, r.facts.map((f) => f.text), r.sources])).toEqual([
      ['Rook', ['The Rook will be retired in 2030.'], ['S1', 'S2']],
      ['Rook and Heron', [SHARED], ['S1']],
      ['Tarn', ['Norland offered Tarn batteries for its air defence.'], ['S2']],
    ]);
  });

  it('caps each row and says how many facts it leaves out; a shared fact counts in no programme’s own row', () => {
    const many = Array.from({ length: 3 + 2 }, (_, i) => ({ text: `Rook fact number ${i + 1} for the test.`, sources: ['S2'] }));
    const rook = { ...programmes[0]!, facts: [programmes[0]!.facts[0]!, ...many] };
    const rows = programmeRows([rook, programmes[1]!, programmes[2]!], 3);
    expect(rows.map((r) => [r.title, r.facts.length, r.more])).toEqual([['Rook', 3, 2], ['Rook and Heron', 1, 0], ['Tarn', 1, 0]]);
  });
});

describe('the programmes section', () => {
  it('in Markdown: the shared sentence once, under a heading naming both, and no pointer to the JSON file', () => {
    const md = renderMarkdown(brief, loadTemplates(null));
    const section = md.slice(md.indexOf('## Defence programmes'), md.indexOf('## Energy and trade'));
    expect(count(section, SHARED)).toBe(1);
    expect(section).toContain('### Rook and Heron');
    expect(section).toMatch(/^\| Heron \|/m);
    expect(section).not.toContain('brief.json');
  });

  it('in the PDF: the shared sentence once', async () => {
    const text = (await pdfPages(await renderPdf(brief, { paper: 'A4', marking: null }, new Date('2031-03-02T00:00:00Z')))).join('\n');
    expect(text.indexOf('Timeline')).toBeGreaterThan(text.indexOf('Defence programmes'));
    const section = text.slice(text.indexOf('Defence programmes'), text.indexOf('Timeline'));
    expect(count(section.replace(/\s+/g, ' '), SHARED)).toBe(1);
    expect(section).toContain('Heron');
  });
});
