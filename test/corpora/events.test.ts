import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief, Person } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { loadTemplates, renderMarkdown } from '../../src/render/markdown.js';
import { REAL_CORPORA } from '../helpers/corpus.js';
import { ROOT } from '../helpers/run.js';

/** A person as an answer key names them: spellings, and whether an analyst could leave them out. */
interface ExpectedPerson {
  name: string;
  aliases?: string[];
  role?: string;
  country?: string | null;
  optional?: boolean;
  countryOptional?: boolean;
}

interface EventKey {
  description: string;
  event: {
    kind: string;
    kindAlternatives?: string[];
    principals: ExpectedPerson[];
    notPrincipals: string[];
    visitor: ExpectedPerson | null;
    host: ExpectedPerson | null;
    venue: { names: string[]; country: string };
    start: string;
    end: string;
    endAlternatives?: string[];
    stops: { names: string[]; start: string; end: string }[];
  };
  people: ExpectedPerson[];
  offTopic: string[];
  noise?: string[];
}

/**
 * The event block and people on every kind of event: eight real events as real outlets covered
 * them (read from ../shared/real-corpora, never copied here) and five invented ones, each with an
 * answer key written by reading the articles.
 */
const cases: { name: string; articles: string; key: string }[] = [];
const KEYS = join(ROOT, 'test/fixtures/real-corpora');
if (REAL_CORPORA) {
  for (const name of readdirSync(KEYS).sort()) cases.push({ name: `real ${name}`, articles: join(REAL_CORPORA, name), key: join(KEYS, name, 'expected.json') });
}
const EVENTS = join(ROOT, 'test/fixtures/events');
for (const name of readdirSync(EVENTS).sort()) cases.push({ name: `invented ${name}`, articles: join(EVENTS, name, 'articles'), key: join(EVENTS, name, 'expected.json') });

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const TITLE = /^(?:pope|king|queen|prince|princess|patriarch|president|prime minister|father|sheikh)\s+/;

/** Every spelling an answer key accepts for a person, folded, with a leading title or without. */
function spellings(p: ExpectedPerson): Set<string> {
  const all = [p.name, ...(p.aliases ?? [])].map(fold);
  return new Set([...all, ...all.map((s) => s.replace(TITLE, ''))]);
}

const same = (found: Pick<Person, 'name'> | null | undefined, want: ExpectedPerson) => !!found && spellings(want).has(fold(found.name));

describe.each(cases)('event on $name', ({ articles, key }) => {
  let expected: EventKey;
  let brief: Brief;
  let md: string;

  beforeAll(async () => {
    expected = JSON.parse(readFileSync(key, 'utf8')) as EventKey;
    const { files, warnings } = await readCorpus(articles, { maxBytes: 10 * 1024 * 1024 });
    brief = analyse(files, { asOf: expected.event.end, title: null, warnings });
    md = renderMarkdown(brief, loadTemplates(null));
  });

  it('reads the kind of event', () => {
    expect([expected.event.kind, ...(expected.event.kindAlternatives ?? [])]).toContain(brief.event.kind);
  });

  it('names every principal, with their country, and no passing figure', () => {
    const found = brief.event.principals ?? [];
    for (const want of expected.event.principals.filter((p) => !p.optional)) {
      const hit = found.find((p) => same(p, want));
      expect(hit, `${want.name} among ${found.map((p) => p.name).join(', ')}`).toBeDefined();
      if (want.country && !(want.countryOptional && hit!.country === null)) expect(hit!.country, want.name).toBe(want.country);
    }
    for (const not of expected.event.notPrincipals) expect(found.map((p) => fold(p.name)), not).not.toContain(fold(not));
  });

  it('finds the visitor and the host', () => {
    const { visitor, host } = expected.event;
    if (visitor) expect(same(brief.event.visitor, visitor), `visitor ${brief.event.visitor?.name}`).toBe(true);
    else expect(brief.event.visitor).toBeNull();
    if (host && !host.optional) expect(same(brief.event.host, host), `host ${brief.event.host?.name}`).toBe(true);
    else if (host) expect(brief.event.host === null || same(brief.event.host, host), `host ${brief.event.host?.name}`).toBe(true);
    else expect(brief.event.host).toBeNull();
  });

  it('finds the venue', () => {
    const names = expected.event.venue.names.map(fold);
    const venue = brief.event.venue;
    expect(venue?.country).toBe(expected.event.venue.country);
    const at = [venue?.name, brief.event.location].filter((n): n is string => !!n).map(fold);
    expect(at.some((n) => names.includes(n)) || names.includes(fold(expected.event.venue.country)), `${at.join(' / ')} in ${names.join(', ')}`).toBe(true);
  });

  it('finds the first and the last day', () => {
    expect(brief.event.start).toBe(expected.event.start);
    expect([expected.event.end, ...(expected.event.endAlternatives ?? [])]).toContain(brief.event.end);
  });

  it('lists the stops of a tour in order, each with its days', () => {
    const stops = brief.event.stops ?? [];
    const want = expected.event.kind === 'tour' ? expected.event.stops : [];
    if (expected.event.kind !== 'tour') return;
    expect(stops.map((s) => s.place.name)).toHaveLength(want.length);
    want.forEach((w, i) => {
      const s = stops[i]!;
      expect(w.names.map(fold), s.place.name).toContain(fold(s.place.name));
      // The day a visitor moves on belongs to both stops: a key may give it to either side. The
      // first day of the tour and its last are exact.
      if (i === 0) expect(s.start, s.place.name).toBe(w.start);
      else expect([w.start, nextDay(w.start)], s.place.name).toContain(s.start);
      if (i === want.length - 1) expect(s.end, s.place.name).toBe(w.end);
      else expect([w.end, nextDay(w.end)], s.place.name).toContain(s.end);
    });
  });

  it('lists the people an analyst would list', () => {
    const found = new Set(brief.people.map((p) => fold(p.name)));
    const want = expected.people.filter((p) => !p.optional);
    const missing = want.filter((p) => ![...spellings(p)].some((s) => found.has(s)));
    // Every principal; of the rest, all but a few named only once in passing.
    for (const p of expected.event.principals.filter((q) => !q.optional)) expect(missing.map((m) => m.name), p.name).not.toContain(p.name);
    expect(missing.length / want.length, `missing: ${missing.map((p) => p.name).join(', ')}`).toBeLessThanOrEqual(0.25);
  });

  it('lists no person twice, and no name made of page furniture', () => {
    const names = brief.people.map((p) => p.name);
    expect(new Set(names.map(fold)).size).toBe(names.length);
    for (const n of names) {
      expect(n, n).not.toMatch(/\b(?:MORE|Photos?|Caption|Advertisement|Getty|Reuters|Image|Video|Share|Click)\b/);
      // Two words glued by a web page ("DoeFederal"); "McDoe" and "DeDoe" are names.
      expect(n, n).not.toMatch(/\p{Lu}\p{Ll}{3,}\p{Lu}/u);
      const tokens = n.split(/\s+/);
      expect(new Set(tokens).size, `${n}: a word twice`).toBe(tokens.length);
    }
    // A short form of one person's name is not a second person ("Jane Doe" and "Jane Ann Doe").
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        const [x, y] = [a.split(' '), b.split(' ')];
        const sameEnds = x.length >= 2 && y.length >= 2 && x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
        expect(sameEnds, `${a} / ${b}`).toBe(false);
      }
    }
  });

  it('lists articles about something else, and reads nothing from them', () => {
    const excluded = brief.sources.filter((s) => s.excluded).map((s) => s.file.split('/').pop());
    expect(excluded.sort()).toEqual([...expected.offTopic].sort());
    const ids = new Set(brief.sources.filter((s) => s.excluded).map((s) => s.id));
    const cited = [...brief.overview, ...brief.agenda, ...brief.energyTrade, ...brief.geopolitics].flatMap((c) => c.sources);
    for (const id of cited) expect(ids.has(id), id).toBe(false);
    for (const d of brief.discrepancies) for (const c of d.claims) expect(ids.has(c.source), c.source).toBe(false);
    for (const file of expected.offTopic) expect(md).toContain(`not about this event`);
  });

  it('leaves no page furniture in the brief', () => {
    const all = JSON.stringify(brief) + md;
    for (const n of expected.noise ?? []) expect(all, n).not.toContain(n);
  });
});

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

it('has an answer key for every real corpus that is there', () => {
  if (!REAL_CORPORA) return;
  const folders = readdirSync(REAL_CORPORA, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  for (const f of folders) expect(existsSync(join(KEYS, f, 'expected.json')), f).toBe(true);
});
