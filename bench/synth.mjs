// Synthetic corpora for the benchmark, made from the project's own fixtures: each article mixes
// paragraphs of two or three real ones, varies figures and dates, and gets an outlet of its own,
// so that a corpus of thousands is recombined text, not copies.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

function bases() {
  const dirs = [join(ROOT, 'corpus'), ...readdirSync(join(ROOT, 'test/fixtures/corpora')).map((d) => join(ROOT, 'test/fixtures/corpora', d, 'articles'))];
  const out = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/.test(f)) continue;
      const paragraphs = readFileSync(join(dir, f), 'utf8')
        .split(/\n\s*\n|\n(?=[A-Z])/)
        .map((p) => p.trim())
        .filter((p) => p.split(/\s+/).length >= 8 && !/^(date|source|published)\b/i.test(p));
      if (paragraphs.length >= 3) out.push(paragraphs);
    }
  }
  return out;
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

export function makeCorpus(dir, n, seed = 7) {
  mkdirSync(dir, { recursive: true });
  const all = bases();
  const rand = rng(seed + n);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  for (let i = 0; i < n; i++) {
    const mix = [pick(all), pick(all), pick(all)].slice(0, 2 + Math.floor(rand() * 2));
    const paragraphs = [];
    for (const m of mix) for (const p of m) if (rand() < 0.55) paragraphs.push(p);
    // Vary figures so that the same sentence in two articles is rarely the same text.
    const varied = paragraphs.map((p) => p.replace(/\b(\d{2,3})\b(?![-–]\d)/g, (d) => (rand() < 0.3 ? String(Number(d) + 1 + Math.floor(rand() * 9)) : d)));
    const day = 1 + Math.floor(rand() * 27);
    const outlet = `outlet${1 + Math.floor(rand() * 60)}.example`;
    const text = `date: 2026-02-${String(day).padStart(2, '0')}\nsource: https://${outlet}/news/${i}\n\n${varied.join('\n\n')}\n`;
    writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
  return dir;
}
