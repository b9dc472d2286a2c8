import { describe, expect, it } from 'vitest';
import { markDuplicates } from '../../src/consolidate/duplicates.js';
import { ingest } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/pipeline.js';
import { corpusFile } from './helpers.js';

// Invented people and outlets. Each file: header lines, then paragraphs.
const file = (path: string, date: string | null, outlet: string, paragraphs: string[]) =>
  corpusFile(path, `${date ? `date: ${date}\n` : ''}outlet: ${outlet}\n\n${paragraphs.join('\n\n')}\n`);

const WIRE = [
  'Tongan President Ana Folau will begin a three-day state visit to Japan on 3 June, the presidential office in Nuku\'alofa announced on Thursday.',
  'Folau is expected to hold talks with Prime Minister Kenjiro Asawa on fisheries, undersea cables and disaster relief.',
  'Officials from both sides said a memorandum on seasonal workers was being finalised ahead of the trip.',
  'It will be the first visit to Tokyo by a Tongan head of state in eleven years.',
];
// The same story reworded by another reporter: same event, different sentences.
const REWRITE = [
  'Ana Folau, the president of Tonga, heads to Tokyo next month for three days of meetings with Japanese leaders.',
  'Her agenda covers fishing rights, subsea internet links and how the two countries respond to cyclones.',
  'A deal letting Tongan labourers take up seasonal jobs on Japanese farms may be signed during the stay.',
  'No Tongan leader has been received in Japan at this level since the previous decade.',
];

const byFile = (articles: Article[]) => Object.fromEntries(articles.map((a) => [a.file, { id: a.id, duplicateOf: a.duplicateOf }]));

describe('markDuplicates', () => {
  it('marks a near-verbatim copy published later under another name as a duplicate of the original', () => {
    const copy = [...WIRE.slice(0, 3), WIRE[3]!.replace('eleven years', 'eleven years, the agency added')];
    const { articles } = ingest([
      file('a-pacific-wire.txt', '2026-05-28', 'Pacific Wire', WIRE),
      file('b-harbour-ledger.txt', '2026-05-29', 'Harbour Ledger', copy),
    ]);
    expect(byFile(markDuplicates(articles))).toEqual({
      'a-pacific-wire.txt': { id: 'S1', duplicateOf: null },
      'b-harbour-ledger.txt': { id: 'S2', duplicateOf: 'S1' },
    });
  });

  it('treats the later-published article as the copy even when its file name sorts first', () => {
    const { articles } = ingest([
      file('a-harbour-ledger.txt', '2026-05-30', 'Harbour Ledger', WIRE),
      file('z-pacific-wire.txt', '2026-05-28', 'Pacific Wire', WIRE),
    ]);
    expect(byFile(markDuplicates(articles))).toEqual({
      'a-harbour-ledger.txt': { id: 'S1', duplicateOf: 'S2' },
      'z-pacific-wire.txt': { id: 'S2', duplicateOf: null },
    });
  });

  it('takes the later path as the copy when the dates are equal or missing', () => {
    const same = ingest([file('a.txt', '2026-05-28', 'Pacific Wire', WIRE), file('b.txt', '2026-05-28', 'Harbour Ledger', WIRE)]).articles;
    expect(markDuplicates(same).map((a) => a.duplicateOf)).toEqual([null, 'S1']);
    const undated = ingest([file('a.txt', null, 'Pacific Wire', WIRE), file('b.txt', '2026-05-28', 'Harbour Ledger', WIRE)]).articles;
    expect(markDuplicates(undated).map((a) => a.duplicateOf)).toEqual([null, 'S1']);
  });

  it('does not mark two articles on the same event in different words', () => {
    const { articles } = ingest([
      file('a.txt', '2026-05-28', 'Pacific Wire', WIRE),
      file('b.txt', '2026-05-29', 'Harbour Ledger', REWRITE),
    ]);
    expect(markDuplicates(articles).map((a) => a.duplicateOf)).toEqual([null, null]);
  });

  it('does not mark an article that shares only one paragraph with another', () => {
    const mixed = [WIRE[0]!, ...REWRITE.slice(1)];
    const { articles } = ingest([file('a.txt', '2026-05-28', 'Pacific Wire', WIRE), file('b.txt', '2026-05-29', 'Harbour Ledger', mixed)]);
    expect(markDuplicates(articles).map((a) => a.duplicateOf)).toEqual([null, null]);
  });

  it('points every later copy at the first original, not at another copy', () => {
    const { articles } = ingest([
      file('a.txt', '2026-05-28', 'Pacific Wire', WIRE),
      file('b.txt', '2026-05-29', 'Harbour Ledger', WIRE),
      file('c.txt', '2026-05-30', 'Coral Times', WIRE),
    ]);
    expect(markDuplicates(articles).map((a) => a.duplicateOf)).toEqual([null, 'S1', 'S1']);
  });

  it('returns new objects and leaves its input unmarked', () => {
    const { articles } = ingest([file('a.txt', '2026-05-28', 'Pacific Wire', WIRE), file('b.txt', '2026-05-29', 'Harbour Ledger', WIRE)]);
    const marked = markDuplicates(articles);
    expect(marked[1]!.duplicateOf).toBe('S1');
    expect(articles[1]!.duplicateOf).toBeNull();
    expect(marked[1]!.text).toBe(articles[1]!.text);
  });

  // BUG: with three copies where the earliest publication sits in the middle of path order,
  // the third copy is compared with the first file (already marked as a copy) and skipped, so it
  // stays unmarked and counts as an independent source.
  it('marks all copies when the original is neither first in path order nor last', () => {
    const { articles } = ingest([
      file('a.txt', '2026-05-30', 'Harbour Ledger', WIRE),
      file('b.txt', '2026-05-28', 'Pacific Wire', WIRE),
      file('c.txt', '2026-05-29', 'Coral Times', WIRE),
    ]);
    expect(markDuplicates(articles).map((a) => a.duplicateOf)).toEqual(['S2', null, 'S2']);
  });

  // BUG: containment is measured against the smaller shingle set, so a longer article published
  // later that quotes a short earlier brief whole is marked as the brief's copy, and the
  // paragraphs only it carries are dropped from the analysis.
  it('does not mark a longer later article as a copy of a short brief it quotes', () => {
    const brief = WIRE.slice(0, 1);
    const full = [...WIRE.slice(0, 1), ...REWRITE];
    const { articles } = ingest([file('a.txt', '2026-05-28', 'Pacific Wire', brief), file('b.txt', '2026-05-29', 'Harbour Ledger', full)]);
    expect(markDuplicates(articles).map((a) => a.duplicateOf)).toEqual([null, null]);
  });
});
