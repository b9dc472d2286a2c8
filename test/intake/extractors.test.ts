import { extractFromHtml } from '@extractus/article-extractor';
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBlocks, wordsOf, type Block } from '../../src/intake/blocks.js';
import { decode, parseContentType } from '../../src/intake/charset.js';
import { parseDocument, type DomNode } from '../../src/intake/dom.js';
import { extractArticle, removeFurniture } from '../../src/intake/extract.js';
import { EXPECTED, FIXTURES, type FixturePage } from './server.js';

/**
 * Which extractor Attaché uses, measured on the fixture pages: words of the known article text
 * found (recall), words extracted that belong to it (precision), and page furniture that leaked
 * (navigation, comments, related links, ads, banners). Times are printed, never asserted.
 */
type Extractor = (html: string, url: string) => Promise<Block[]>;

const URL_OF = 'http://127.0.0.1:8080/pages/x';

const readabilityRaw: Extractor = async (html) => {
  const parsed = new Readability<DomNode>(parseDocument(html) as never, { serializer: (n) => n as unknown as DomNode }).parse();
  return parsed?.content ? toBlocks(parsed.content) : [];
};

const extractorRaw: Extractor = async (html, url) => {
  const a = await extractFromHtml(html, url);
  return a?.content ? toBlocks(parseDocument(a.content).body!) : [];
};

/** The same furniture removal Attaché does, then article-extractor on the cleaned page. */
const extractorCleaned: Extractor = async (html, url) => {
  const doc = parseDocument(html);
  removeFurniture(doc);
  return extractorRaw(String(doc), url);
};

const attache: Extractor = async (html, url) => extractArticle(html, url)?.blocks ?? [];

const EXTRACTORS: [string, Extractor][] = [
  ['@mozilla/readability (as shipped)', readabilityRaw],
  ['@extractus/article-extractor (as shipped)', extractorRaw],
  ['@extractus/article-extractor + furniture removal', extractorCleaned],
  ['Attaché: readability + furniture removal', attache],
];

function htmlOf(page: FixturePage): string {
  return decode(readFileSync(join(FIXTURES, 'pages', page.file)), parseContentType(page.contentType).charset).text;
}

interface Score {
  recall: number;
  precision: number;
  leaks: string[];
  ms: number;
}

async function score(page: FixturePage, extract: Extractor): Promise<Score> {
  const html = htmlOf(page);
  const started = performance.now();
  const blocks = await extract(html, URL_OF);
  const ms = performance.now() - started;
  // The headline is metadata (front matter and the file's "# " line), not body.
  const text = blocks.filter((b, i) => !(i === 0 && wordsOf(b.text).join(' ') === wordsOf(page.title).join(' '))).map((b) => b.text).join('\n');
  const want = counts(wordsOf(page.body.join(' ')));
  const got = counts(wordsOf(text));
  let hit = 0;
  for (const [w, n] of got) hit += Math.min(n, want.get(w) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { recall: hit / total(want), precision: total(got) ? hit / total(got) : 0, leaks: page.noise.filter((n) => text.includes(n)), ms };
}

function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

describe('extractor choice', () => {
  it('every expected paragraph is on its fixture page (the fixtures are sound)', () => {
    for (const page of EXPECTED.pages) {
      const text = String(parseDocument(htmlOf(page)).body?.textContent).replace(/\s+/g, ' ');
      for (const p of page.body) expect(text, page.name).toContain(p);
    }
  });

  it('readability with furniture removal finds all the article text, leaks nothing, and beats both libraries as shipped', async () => {
    const rows: string[] = [];
    const totals = new Map<string, { recall: number; precision: number; leaks: number; ms: number }>();
    for (const [name, extract] of EXTRACTORS) {
      await extract(htmlOf(EXPECTED.pages[0]!), URL_OF); // warm up: module loading is not extraction
      const t = { recall: 0, precision: 0, leaks: 0, ms: 0 };
      for (const page of EXPECTED.pages) {
        const s = await score(page, extract);
        t.recall += s.recall / EXPECTED.pages.length;
        t.precision += s.precision / EXPECTED.pages.length;
        t.leaks += s.leaks.length;
        t.ms += s.ms;
        rows.push(`${name.padEnd(52)} ${page.name.padEnd(18)} recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)} leaks ${s.leaks.length}${s.leaks.length ? ` (${s.leaks.join('; ')})` : ''} ${s.ms.toFixed(1)} ms`);
        if (name.startsWith('Attaché')) {
          expect(s.recall, page.name).toBeGreaterThanOrEqual(0.99);
          expect(s.precision, page.name).toBeGreaterThanOrEqual(0.97);
          expect(s.leaks, page.name).toEqual([]);
        }
      }
      totals.set(name, t);
    }
    for (const [name, t] of totals) rows.push(`${name.padEnd(52)} MEAN               recall ${t.recall.toFixed(3)} precision ${t.precision.toFixed(3)} leaks ${t.leaks} total ${t.ms.toFixed(1)} ms`);
    console.log(rows.join('\n'));
    const ours = totals.get(EXTRACTORS[3]![0])!;
    for (const [name, t] of totals) {
      if (name === EXTRACTORS[3]![0]) continue;
      expect(ours.leaks, name).toBeLessThanOrEqual(t.leaks);
      expect(ours.recall + ours.precision, name).toBeGreaterThanOrEqual(t.recall + t.precision);
    }
  });
});

describe('furniture removal on pages written by others', () => {
  it('drops only short furniture from the event fixtures, never a paragraph of the article', async () => {
    const { readdirSync } = await import('node:fs');
    const root = join(FIXTURES, '../events');
    const pages = readdirSync(root).flatMap((event) => {
      const dir = join(root, event, 'articles');
      return readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
    });
    expect(pages.length).toBeGreaterThan(3);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const kept = new Set((extractArticle(html, URL_OF)?.blocks ?? []).map((b) => b.text));
      const raw = await readabilityRaw(html, URL_OF);
      const dropped = raw.filter((b) => !kept.has(b.text));
      // Bylines, cookie banners, "Advertisement", share and subscribe prompts: all short.
      for (const b of dropped) expect(wordsOf(b.text).length, `${file}: ${b.text}`).toBeLessThanOrEqual(20);
    }
  });
});
