import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief, Discrepancy } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { loadTemplates, renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { pdfPages } from '../helpers/pdf.js';
import { ROOT } from '../helpers/run.js';

// An invented disagreement, merged: two sources on one side, one on the other.
const MERGED: Discrepancy = {
  topic: 'Number of agreements',
  kind: 'conflict',
  claims: [
    { source: 'S1', quote: 'Officials say 11 agreements will be signed on Tuesday.', value: '11 agreements' },
    { source: 'S2', quote: 'The two sides are to sign 11 agreements, aides said.', value: '11 agreements' },
    { source: 'S3', quote: 'As many as 14 agreements are ready for signing.', value: '14 agreements' },
  ],
  sides: [
    { value: '11 agreements', sources: ['S1', 'S2'], quote: 'to sign 11 agreements' },
    { value: '14 agreements', sources: ['S3'], quote: '14 agreements are ready for signing' },
  ],
  note: 'Two sources count 11 agreements; another 14 agreements.',
};

/** A discrepancy as a brief.json written before sides existed holds it. */
const OLD: Discrepancy = { topic: 'Place of the banquet', kind: 'conflict', claims: [{ source: 'S1', quote: 'the banquet in Gdańsk', value: 'Gdańsk' }, { source: 'S2', quote: 'the banquet in Kraków', value: 'Kraków' }], note: 'One source places the banquet in Gdańsk; another in Kraków.' };

const section = (md: string) => md.slice(md.indexOf('## Source discrepancies'), md.indexOf('\n## ', md.indexOf('## Source discrepancies') + 1));

describe('the discrepancies section', () => {
  let brief: Brief;
  beforeAll(async () => {
    const { files, warnings } = await readCorpus(join(ROOT, 'test/fixtures/unicode'), { maxBytes: 10 << 20 });
    brief = analyse(files, { asOf: '2026-03-01', title: null, warnings });
  });

  it('shows each side with its sources, its value and its quote, then the note (Markdown)', () => {
    const md = section(renderMarkdown({ ...brief, discrepancies: [MERGED] }, loadTemplates(null)));
    expect(md).toContain('| Number of agreements | conflict | **2 sources [1][2]: 11 agreements** “to sign 11 agreements” · **1 source [3]: 14 agreements** “14 agreements are ready for signing” | Two sources count 11 agreements; another 14 agreements. |');
  });

  it('still shows a discrepancy written before sides existed, one quote per claim', () => {
    const md = section(renderMarkdown({ ...brief, discrepancies: [OLD] }, loadTemplates(null)));
    expect(md).toContain('[1] “the banquet in Gdańsk” · [2] “the banquet in Kraków”');
  });

  it('says how many more there are without sending the reader to a file', async () => {
    const many = { ...brief, discrepancies: Array.from({ length: 20 }, (_, i) => ({ ...MERGED, topic: `Number of agreements ${i + 1}` })) };
    const md = section(renderMarkdown(many, loadTemplates(null)));
    // The standard length shows ten and points to the full-length brief's annex for the rest.
    expect(md).toContain('…and 10 further discrepancies, printed in the annex of the full-length brief.');
    expect(md).not.toContain('brief.json');
    const text = (await pdfPages(await renderPdf(many, { paper: 'A4', marking: null }, new Date('2026-03-01T00:00:00Z')))).join('\n');
    const pdf = text.slice(text.indexOf('Source discrepancies'), text.indexOf('Sources', text.indexOf('Source discrepancies') + 25));
    expect(pdf.replace(/\s+/g, ' ')).toContain('…and 10 further discrepancies, printed in the annex of the full-length brief.');
    expect(pdf).not.toContain('brief.json');
  });

  it('shows the sides in the PDF', async () => {
    const text = (await pdfPages(await renderPdf({ ...brief, discrepancies: [MERGED, OLD] }, { paper: 'A4', marking: null }, new Date('2026-03-01T00:00:00Z')))).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('2 sources [1][2]: 11 agreements “to sign 11 agreements”');
    expect(text).toContain('1 source [3]: 14 agreements');
    expect(text).toContain('1 source [1]: Gdańsk “the banquet in Gdańsk”');
  });
});
