// Synthetic corpora for the benchmark, recombined from the PARAGRAPHS of the real coverage in
// ../shared/real-corpora (read at bench time, never copied into the project). Each article takes
// the headline and date of one real article and mixes paragraphs of two or three articles about
// the same event, with some figures varied and an outlet of its own: a corpus of thousands is
// real-shaped text (long wire copy, quotes, background), not copies. Seeded: every run benchmarks
// the same corpora.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
/** Beside the repository (../shared/real-corpora), as the tests find it; BENCH_REAL_CORPORA overrides. */
export const REAL =
  process.env.BENCH_REAL_CORPORA ?? [join(ROOT, '../shared/real-corpora'), '/work/shared/real-corpora'].find((d) => existsSync(d)) ?? join(ROOT, '../shared/real-corpora');

/** The real corpora's folders, in name order; empty when ../shared/real-corpora is not there. */
export function realCorpora() {
  if (!existsSync(REAL)) return [];
  return readdirSync(REAL, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(REAL, d.name))
    .sort();
}

/** One real article: its date header, headline and body paragraphs. */
function readArticle(file) {
  const blocks = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const header = blocks[0]?.startsWith('source:') || blocks[0]?.startsWith('date:') ? blocks.shift() : '';
  const date = /^date:\s*(\S+)/m.exec(header)?.[1] ?? null;
  const headline = blocks.shift() ?? '';
  return { date, headline, paragraphs: blocks };
}

/** Every real corpus as a list of articles with at least three paragraphs. */
function events() {
  return realCorpora()
    .map((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(txt|md)$/.test(f))
        .sort()
        .map((f) => readArticle(join(dir, f)))
        .filter((a) => a.date && a.paragraphs.length >= 3),
    )
    .filter((articles) => articles.length >= 2);
}

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same corpora. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes n articles into dir; returns dir. Throws when the real corpora are not there. */
export function makeCorpus(dir, n, seed = 7) {
  const all = events();
  if (!all.length) throw new Error(`${REAL}: no real corpora to recombine`);
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed + n);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  // An event in proportion to its number of articles, as a folder of mixed coverage would have.
  const weighted = all.flatMap((articles) => articles.map(() => articles));
  for (let i = 0; i < n; i++) {
    const event = pick(weighted);
    const mix = [pick(event), pick(event), pick(event)].slice(0, 2 + Math.floor(rand() * 2));
    const paragraphs = [];
    for (const m of mix) for (const p of m.paragraphs) if (rand() < 0.55) paragraphs.push(p);
    // Vary figures so that the same sentence in two articles is rarely the same text.
    const varied = paragraphs.map((p) => p.replace(/\b(\d{2,3})\b(?![-–]\d)/g, (d) => (rand() < 0.3 ? String(Number(d) + 1 + Math.floor(rand() * 9)) : d)));
    const outlet = `outlet${1 + Math.floor(rand() * 60)}.example`;
    const text = `source: https://${outlet}/news/${i}\ndate: ${mix[0].date}\n\n${mix[0].headline}\n\n${varied.join('\n\n')}\n`;
    writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
  return dir;
}
