import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf, ingestFile } from '../../src/ingest/article.js';
import { toOriginal } from '../../src/ingest/offsets.js';
import type { Article } from '../../src/model/pipeline.js';
import { REAL_CORPORA } from '../helpers/corpus.js';

/**
 * Real coverage, read from disk and never copied into the repository: eight folders of articles as
 * outlets published them, furniture and all. Skipped where the folder is not there.
 */
const REAL = REAL_CORPORA;

interface Ingested {
  path: string;
  raw: string;
  article: Article;
}

function ingestAll(dir: string): Ingested[] {
  const out: Ingested[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const name of readdirSync(join(dir, folder)).sort()) {
      const path = `${folder}/${name}`;
      const format = formatOf(name);
      if (!format) continue;
      const bytes = readFileSync(join(dir, path));
      out.push({ path, raw: bytes.toString('utf8'), article: ingestFile({ path, bytes }, 'S1', format).article });
    }
  }
  return out;
}

/** Where a profile card's "MORE" stood: before a space, a possessive, a comma or a bracket. */
const MORE = /\bMORE(?= |’s|'s|,|\()/g;
/** A display name running into a legal name that repeats its last name: "Jane Roe Jane Alice Roe". */
const NAME_TWICE = /\b(\p{Lu}\p{Ll}+) (?:[\p{Lu}(][\p{L})]* ){1,4}\1(?=[\p{Lu}\p{N} ])/u;
const count = (text: string, re: RegExp): number => [...text.matchAll(re)].length;

/** Spans of cleaned text that do not read the same at the place they map to in the file. */
function unmapped(a: Article): string[] {
  const bad: string[] = [];
  const entries = a.offsets.clean;
  const sentence = /[^\n]+?(?:[.!?…][”"’)]*(?=\s)|$)/gmu;
  for (const m of a.text.matchAll(sentence)) {
    let start = m.index + (m[0].length - m[0].trimStart().length);
    // The cleaner writes list items as "- item": the dash is its own, not the file's.
    if (a.text.startsWith('- ', start) && (start === 0 || a.text[start - 1] === '\n')) start += 2;
    const end = m.index + m[0].length;
    // A sentence the cleaner put together from several pieces (a cut, a hard-wrap join) is checked piece by piece.
    const cuts = [start, ...entries.filter((c) => c > start && c < end), end];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const piece = a.text.slice(cuts[i], cuts[i + 1]).trimEnd();
      if (!piece) continue;
      const from = toOriginal(a.offsets, cuts[i]!);
      if (a.raw.slice(from, from + piece.length) !== piece) bad.push(piece);
    }
  }
  return bad;
}

describe.skipIf(!REAL)('furniture in real coverage', () => {
  const all = REAL ? ingestAll(REAL) : [];

  it('reads every article', () => {
    expect(all.length).toBeGreaterThanOrEqual(70);
    for (const f of all) expect(f.article.words, f.path).toBeGreaterThan(100);
  });

  it('cuts every profile card: none of the MOREs in the files is left, and no name runs into its legal name', () => {
    const before = all.reduce((n, f) => n + count(f.raw, MORE), 0);
    expect(before).toBeGreaterThanOrEqual(20);
    for (const f of all) {
      expect(f.article.text.match(MORE), f.path).toBeNull();
      expect(f.article.text.match(NAME_TWICE), f.path).toBeNull();
    }
  });

  it('drops embedded posts and their links', () => {
    const before = all.reduce((n, f) => n + count(f.raw, /\(@\w+\)|pic\.twitter\.com|t\.co\//g), 0);
    expect(before).toBeGreaterThan(10);
    for (const f of all) expect(f.article.text, f.path).not.toMatch(/\(@\w+\)|pic\.twitter\.com|\bt\.co\/|A video posted by/);
  });

  it('drops advertisement markers, galleries, video players and photo captions', () => {
    for (const f of all) {
      const paragraphs = f.article.text.split('\n');
      expect(paragraphs.filter((p) => /^advertisement\s*:?$/i.test(p)), f.path).toEqual([]);
      expect(f.article.text, f.path).not.toMatch(/Hide Caption \d|JUST WATCHED|toggle caption|Photograph:|Slideshow \(\d/);
      expect(f.article.text, f.path).not.toMatch(/opinions expressed in this commentary|Sign up for|delivered to your inbox/i);
    }
  });

  it('drops related-story links and contributor notes', () => {
    for (const f of all) {
      const paragraphs = f.article.text.split('\n');
      expect(paragraphs.filter((p) => /^More:|^SEE ALSO:|Read more$|contributed to this report\.?$|^Contributing:/.test(p)), f.path).toEqual([]);
    }
  });

  it('maps every piece of cleaned text back to the file verbatim', () => {
    let pieces = 0;
    for (const f of all) {
      expect(unmapped(f.article), f.path).toEqual([]);
      pieces += f.article.offsets.clean.length;
    }
    expect(pieces).toBeGreaterThan(1500);
  });

  it('keeps most of each article: outside photo galleries, over half of every file and nine tenths of all', () => {
    let kept = 0;
    let read = 0;
    for (const f of all) {
      const raw = f.raw.split('\n').filter((l) => !/Hide Caption \d/.test(l)).join('\n').split(/\s+/).length;
      expect(f.article.words / raw, f.path).toBeGreaterThan(0.5);
      kept += f.article.words;
      read += raw;
    }
    expect(kept / read).toBeGreaterThan(0.9);
  });
});
