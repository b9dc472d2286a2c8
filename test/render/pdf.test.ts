import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { renderPdf } from '../../src/render/pdf.js';
import { pdfPages } from '../helpers/pdf.js';
import { ROOT } from '../helpers/run.js';

const CREATED = new Date('2026-03-01T00:00:00Z');

describe('renderPdf', () => {
  let brief: Brief;
  beforeAll(async () => {
    const { files, warnings } = await readCorpus(join(ROOT, 'test/fixtures/unicode'), { maxBytes: 10 << 20 });
    brief = analyse(files, { asOf: '2026-03-01', title: null, warnings });
  });

  it('renders ₹, curly quotes, dashes, Cyrillic and Devanagari so that they extract again', async () => {
    const text = (await pdfPages(await renderPdf(brief, { paper: 'A4', marking: null }, CREATED))).join('\n');
    for (const s of ['₹4,000 crore', '“a milestone for both navies”', '12–13 March', 'Президент России Сергей Волков']) expect(text).toContain(s);
    // pdf.js puts spaces between positioned Devanagari clusters ("रू स"); the letters and their order survive.
    const devanagari = (s: string) => s.replace(/\s+(?=[\u0900-\u097F])|(?<=[\u0900-\u097F])\s+/g, '');
    expect(devanagari(text)).toContain(devanagari('भारत और रूस के बीच व्यापार बढ़ रहा है'));
  });

  it('embeds Noto Sans (a subset), and no base-14 font', async () => {
    const raw = Buffer.from(await renderPdf(brief, { paper: 'A4', marking: null }, CREATED)).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('prints on A4 by default and on US letter when asked', async () => {
    const a4 = Buffer.from(await renderPdf(brief, { paper: 'A4', marking: null }, CREATED)).toString('latin1');
    const letter = Buffer.from(await renderPdf(brief, { paper: 'LETTER', marking: null }, CREATED)).toString('latin1');
    expect(a4).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(letter).toMatch(/\/MediaBox \[0 0 612 792\]/);
  });

  it('is the same bytes for the same brief and date, and differs only with the options', async () => {
    const one = await renderPdf(brief, { paper: 'A4', marking: 'RESTRICTED' }, CREATED);
    const two = await renderPdf(brief, { paper: 'A4', marking: 'RESTRICTED' }, CREATED);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    const other = await renderPdf(brief, { paper: 'A4', marking: 'RESTRICTED' }, new Date('2026-03-02T00:00:00Z'));
    expect(Buffer.from(one).equals(Buffer.from(other))).toBe(false);
  });

  it('caps long lists with an "and N more" line', async () => {
    const many: Brief = { ...brief, agenda: Array.from({ length: 40 }, (_, i) => ({ text: `Agenda item number ${i + 1} for the talks.`, sources: ['S1'] })) };
    const text = (await pdfPages(await renderPdf(many, { paper: 'A4', marking: null }, CREATED))).join('\n');
    // The standard length prints seven statements a section and says where the rest are.
    expect(text).toContain('Agenda item number 7 ');
    expect(text).not.toContain('Agenda item number 8 ');
    expect(text).toContain('…and 33 further statements, printed in the annex of the full-length brief.');
    expect(text).not.toContain('brief.json');
    const full = (await pdfPages(await renderPdf(many, { paper: 'A4', marking: null, length: 'full' }, CREATED))).join('\n');
    expect(full).toContain('Agenda item number 40 ');
  });
});

void readFileSync;
