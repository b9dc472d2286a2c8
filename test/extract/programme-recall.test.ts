import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/model/schema.js';
import { briefOf } from '../helpers/corpus.js';
import { ROOT } from '../helpers/run.js';

/**
 * Programme recall measured on whole corpora: the defence-heavy ones in test/fixtures/programmes,
 * written to look like real coverage (plain names, makers alongside, acronyms for pacts), and the
 * visit corpora in test/fixtures/corpora.
 */
interface Answer {
  asOf?: string;
  event?: { end: string };
  programmes: { name: string; aliases: string[] }[];
  notProgrammes: string[];
}

const corpora = ['programmes', 'corpora'].flatMap((set) => {
  const base = join(ROOT, 'test/fixtures', set);
  return readdirSync(base)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((n) => ({ label: `${set}/${n}`, dir: join(base, n) }));
});

/** Share of expected programmes the brief lists under their name or one of their aliases. */
function recall(brief: Brief, expected: Answer['programmes']): { recall: number; missing: string[] } {
  const listed = brief.defenceProgrammes.map((p) => [p.name, ...p.aliases].map((f) => f.toLowerCase()));
  const missing = expected.filter((want) => {
    const all = [want.name, ...want.aliases].map((f) => f.toLowerCase());
    return !listed.some((forms) => forms.some((f) => all.includes(f)));
  });
  return { recall: expected.length ? (expected.length - missing.length) / expected.length : 1, missing: missing.map((m) => m.name) };
}

describe.each(corpora)('programmes in $label', ({ dir }) => {
  let answer: Answer;
  let brief: Brief;

  beforeAll(async () => {
    answer = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Answer;
    brief = await briefOf(dir, answer.asOf ?? answer.event!.end);
  });

  it('lists every programme the coverage names (recall 1.0)', () => {
    const { recall: r, missing } = recall(brief, answer.programmes);
    expect(missing).toEqual([]);
    expect(r).toBe(1);
  });

  it('lists no maker, possessive, title, country, date word or person', () => {
    const listed = brief.defenceProgrammes.flatMap((p) => [p.name, ...p.aliases]);
    const lower = new Set(listed.map((f) => f.toLowerCase()));
    for (const not of answer.notProgrammes) expect(lower.has(not.toLowerCase()), not).toBe(false);
    for (const f of listed) expect(f, 'a possessive').not.toMatch(/['’]s$/);
  });
});
