import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusFile } from '../../src/model/pipeline.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { REAL_CORPORA } from '../helpers/corpus.js';
import { ROOT } from '../helpers/run.js';

/**
 * Renaming or reordering the files changes nothing but the source numbers: the same items, in the
 * same order, citing the same articles, with the same event and the same discrepancies.
 */
const corpora = [{ name: 'example', dir: join(ROOT, 'corpus') }, { name: 'three outlets', dir: join(ROOT, 'test/fixtures/items/three-outlets/articles') }];
if (REAL_CORPORA) corpora.push({ name: 'real obama_cuba_visit_2016', dir: join(REAL_CORPORA, 'obama_cuba_visit_2016') }, { name: 'real g7_charlevoix_2018', dir: join(REAL_CORPORA, 'g7_charlevoix_2018') });

function files(dir: string): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** The same articles under new names: `rename(i)` gives the i-th file (in the original order) its new name. */
function renamed(all: { name: string; bytes: Uint8Array }[], rename: (i: number) => string): CorpusFile[] {
  return all.map((f, i) => ({ path: `${rename(i)}-${f.name.replace(/^\d+_/, '')}`, bytes: f.bytes }));
}

/** The brief with every source id replaced by the article it stands for (its text's first words). */
function normalised(b: Brief): unknown {
  const key = new Map(b.sources.map((s) => [s.id, `${s.title}|${s.words}`]));
  const ids = (xs: readonly string[]) => xs.map((x) => key.get(x) ?? x).sort();
  const claims = (cs: readonly { text: string; sources: string[] }[]) => cs.map((c) => ({ text: c.text, sources: ids(c.sources), first: key.get(c.sources[0]!) }));
  return {
    title: b.title,
    event: { ...b.event, sources: ids(b.event.sources), stops: (b.event.stops ?? []).map((s) => ({ ...s, sources: ids(s.sources) })) },
    people: b.people.map((p) => ({ ...p, sources: ids(p.sources) })),
    // A discrepancy's line is the tool's words, not a source's sentence: which source comes first does not matter.
    keyPoints: claims(b.keyPoints ?? []).map((k, i) => (b.keyPoints![i]!.role === 'discrepancy' ? { ...k, first: null } : k)),
    overview: claims(b.overview),
    agenda: claims(b.agenda),
    energyTrade: claims(b.energyTrade),
    geopolitics: claims(b.geopolitics),
    programmes: b.defenceProgrammes.map((p) => ({ name: p.name, aliases: p.aliases, sources: ids(p.sources), facts: claims(p.facts) })),
    timeline: b.timeline.map((t) => ({ ...t, sources: ids(t.sources) })),
    discrepancies: b.discrepancies.map((d) => ({ topic: d.topic, kind: d.kind, claims: d.claims.map((c) => ({ quote: c.quote, source: key.get(c.source) })).sort((x, y) => (x.quote < y.quote ? -1 : 1)) })),
    strays: b.sources.filter((s) => s.excluded).map((s) => key.get(s.id)).sort(),
    copies: b.sources.filter((s) => s.duplicateOf).map((s) => `${key.get(s.id)} of ${key.get(s.duplicateOf!)}`).sort(),
  };
}

describe.each(corpora)('file order on $name', ({ dir }) => {
  const all = files(dir);
  const brief = (fs: CorpusFile[]) => normalised(analyse(fs, { asOf: '2030-01-01', title: null }));
  const original = brief(renamed(all, (i) => String(i).padStart(3, '0')));

  it('is the same brief with the file names in reverse order', () => {
    expect(brief(renamed(all, (i) => String(all.length - i).padStart(3, '0')))).toEqual(original);
  });

  it('is the same brief with the file names shuffled', () => {
    // A fixed permutation (a stride coprime with the count), so the test is the same on every run.
    const stride = [3, 5, 7, 11].find((p) => all.length % p !== 0) ?? 1;
    expect(brief(renamed(all, (i) => String((i * stride) % all.length).padStart(3, '0') + String(i)))).toEqual(original);
  });
});
