import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/model/schema.js';
import { loadTemplates, renderMarkdown } from '../../src/render/markdown.js';
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
  /** Sentences that go on about a programme without naming it, and must be among its facts. */
  facts?: { programme: string; text: string }[];
  /** Sentences that follow a programme but are about something else. */
  notFacts?: { programme: string; text: string }[];
  /** Sentences that are facts of several programmes: each has it, and the brief prints it once. */
  shared?: { programmes: string[]; text: string }[];
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

  it('takes the sentences that go on about a programme, and not those about something else', () => {
    // A fact that does not name the programme is printed after the sentence before it, so it ends the printed text.
    const factsOf = (name: string) => brief.defenceProgrammes.find((p) => p.name === name)?.facts.map((f) => f.text) ?? [];
    const endsOne = (name: string, text: string) => factsOf(name).some((t) => t === text || t.endsWith(` ${text}`));
    for (const f of answer.facts ?? []) expect(endsOne(f.programme, f.text), `${f.programme}: ${f.text} in ${JSON.stringify(factsOf(f.programme))}`).toBe(true);
    for (const f of answer.notFacts ?? []) expect(endsOne(f.programme, f.text), f.text).toBe(false);
  });

  it('prints a sentence that is a fact of several programmes once', () => {
    const md = renderMarkdown(brief, loadTemplates(null));
    const section = md.slice(md.indexOf('## Defence programmes'), md.indexOf('\n## ', md.indexOf('## Defence programmes') + 1)).replace(/\s+/g, ' ');
    for (const { programmes, text } of answer.shared ?? []) {
      for (const name of programmes) {
        const fact = brief.defenceProgrammes.find((p) => p.name === name)?.facts.find((f) => f.text === text);
        expect(fact?.sharedWith, `${name}: ${text}`).toEqual(expect.arrayContaining(programmes.filter((n) => n !== name)));
      }
      expect(section.split(text.replace(/\s+/g, ' ')).length - 1, text).toBe(1);
    }
  });
});
