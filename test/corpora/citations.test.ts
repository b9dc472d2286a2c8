import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, readCorpus } from '../../src/ingest/index.js';
import type { Article } from '../../src/model/pipeline.js';
import type { Brief, Claim } from '../../src/model/schema.js';
import { segment } from '../../src/segment/index.js';
import { analyse } from '../../src/pipeline.js';
import { REAL_CORPORA } from '../helpers/corpus.js';
import { ROOT } from '../helpers/run.js';

/**
 * The brief's promise, checked on every corpus there is: each cited source states the item it is
 * cited for (every figure, and at least half the content words, in one or two adjacent sentences
 * of its own text), and every item reads alone. The check is written here independently of the
 * code that chooses the citations.
 */
const corpora: { name: string; dir: string }[] = [{ name: 'example', dir: join(ROOT, 'corpus') }];
for (const base of ['test/fixtures/corpora', 'test/fixtures/events', 'test/fixtures/programmes', 'test/fixtures/items']) {
  const dir = join(ROOT, base);
  if (!existsSync(dir)) continue;
  for (const n of readdirSync(dir).sort()) corpora.push({ name: `${base.split('/').pop()}/${n}`, dir: join(dir, n, 'articles') });
}
if (REAL_CORPORA) for (const n of readdirSync(REAL_CORPORA).filter((f) => !f.includes('.')).sort()) corpora.push({ name: `real/${n}`, dir: join(REAL_CORPORA, n) });

const STOP = new Set(
  'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those will would shall should can could may might must has have had do does did not no so than then there their they them he she his her we our you your i me my also which who whom whose what when where while into over after before about between during under up down out said says say according added told more most very such both each other some any all'.split(
    ' ',
  ),
);
const NUMBER_WORDS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12', twenty: '20', thirty: '30', fifty: '50', hundred: '100' };

const words = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, '').replace(/s$/, '')).filter((w) => w.length > 1 && !STOP.has(w)));
const figures = (text: string) =>
  new Set([
    // A figure stands alone: the 7 of a name like "G7" is not one.
    ...(text.match(/(?<![\p{L}\d])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/gu) ?? []).map((n) => String(Number(n.replace(/,/g, '')))),
    ...(text.toLowerCase().match(/\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred)\b/g) ?? []).map((w) => NUMBER_WORDS[w]!),
  ]);
/** Sentences as the tool reads them (abbreviations and bullet lists handled by its segmenter). */
const sentencesOf = (article: Article) => segment(article).map((s) => s.text);
/** An item's own sentences, for "it said" at its end: split plainly at a full stop before a capital. */
const partsOf = (text: string) => text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘'(]?\p{Lu})/u).filter((s) => s.trim());

function states(item: string, sentences: string[]): boolean {
  const want = words(item);
  const nums = figures(item);
  for (let i = 0; i < sentences.length; i++) {
    for (const text of [sentences[i]!, `${sentences[i]} ${sentences[i + 1] ?? ''}`]) {
      const have = words(text);
      const haveNums = figures(text);
      if ([...nums].every((n) => haveNums.has(n)) && [...want].filter((w) => have.has(w)).length >= 0.5 * want.size) return true;
    }
  }
  return false;
}

/** "This summit…" opens on the event the whole brief is about; every other pointer needs its referent in the item. */
const LEANS = /^(?:["“‘'(]\s*)?(?:It|This|These|They|He|She|Such)\b(?!\s+(?:(?:state|official|working|historic|upcoming|latest|two-day|three-day)\s+)?(?:visit|summit|trip|tour|meeting|gathering)\b)/;
const UNNAMED = /\b(?:it|he|she|they)\s+(?:said|added)\s*\.?["”’]?$/i;

function itemsOf(b: Brief): { where: string; claim: Claim }[] {
  const out: { where: string; claim: Claim }[] = [];
  for (const k of b.keyPoints ?? []) if (k.role !== 'discrepancy') out.push({ where: 'key points', claim: k });
  for (const key of ['overview', 'agenda', 'energyTrade', 'geopolitics'] as const) for (const c of b[key]) out.push({ where: key, claim: c });
  for (const p of b.defenceProgrammes) for (const f of p.facts) out.push({ where: `programme ${p.name}`, claim: f });
  for (const t of b.timeline) out.push({ where: 'timeline', claim: { text: t.text, sources: t.sources } });
  return out;
}

describe.each(corpora)('citations on $name', ({ dir }) => {
  let brief: Brief;
  let texts: Map<string, string[]>;

  beforeAll(async () => {
    const { files, warnings } = await readCorpus(dir, { maxBytes: 10 * 1024 * 1024 });
    brief = analyse(files, { asOf: '2030-01-01', title: null, warnings });
    const { articles } = ingest(files);
    texts = new Map(articles.map((a) => [a.id, sentencesOf(a)]));
  });

  it('cites a source only for what it states, figures and all', () => {
    const wrong: string[] = [];
    let pairs = 0;
    for (const { where, claim } of itemsOf(brief)) {
      for (const s of claim.sources) {
        pairs++;
        if (!states(claim.text, texts.get(s) ?? [])) wrong.push(`${where} [${s}] ${claim.text.slice(0, 90)}`);
      }
    }
    expect(pairs).toBeGreaterThan(0);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('prints items that read alone', () => {
    for (const { where, claim } of itemsOf(brief)) {
      expect(LEANS.test(claim.text), `${where}: ${claim.text}`).toBe(false);
      // "…, it said." only where the sentence before, naming the speaker, is part of the item.
      if (UNNAMED.test(claim.text)) expect(partsOf(claim.text).length, `${where}: ${claim.text}`).toBeGreaterThan(1);
    }
  });

  it('prints each item once', () => {
    const seen = new Set<string>();
    for (const { where, claim } of itemsOf(brief).filter((i) => i.where !== 'timeline' && !i.where.startsWith('programme'))) {
      expect(seen.has(claim.text), `${where}: ${claim.text}`).toBe(false);
      seen.add(claim.text);
    }
  });
});
