import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/model/schema.js';
import { decodeEntities } from '../../src/ingest/html.js';
import { loadTemplates, renderMarkdown } from '../../src/render/markdown.js';
import { briefOf, loadExpected, type Expected } from '../helpers/corpus.js';
import { ROOT } from '../helpers/run.js';

const CORPORA = join(ROOT, 'test/fixtures/corpora');
const names = readdirSync(CORPORA).filter((n) => !n.startsWith('.')).sort();

/** The extraction on corpora we wrote ourselves, about other events: the product must generalise. */
describe.each(names)('invented corpus %s', (name) => {
  const dir = join(CORPORA, name);
  let expected: Expected;
  let brief: Brief;
  let md: string;

  beforeAll(async () => {
    expected = loadExpected(dir);
    brief = await briefOf(dir, expected.event.end);
    md = renderMarkdown(brief, loadTemplates(null));
  });

  it('finds the event', () => {
    const e = brief.event;
    expect(e.visitor).toMatchObject({ name: expected.event.visitor.name, country: expected.event.visitor.country, role: expected.event.visitor.role });
    expect(e.host).toMatchObject({ name: expected.event.host.name, country: expected.event.host.country, role: expected.event.host.role });
    expect(e.location).toBe(expected.event.location);
    expect(e.start).toBe(expected.event.start);
    expect(e.end).toBe(expected.event.end);
    expect(e.kind).toBe(expected.event.kind);
    if (expected.event.ordinal) expect(e.ordinal).toBe(expected.event.ordinal);
  });

  it('names the officials', () => {
    const found = new Set(brief.people.map((p) => p.name));
    const officials = expected.people.filter((p) => /President|Minister|Chancellor|King|Secretary/.test(p.role));
    for (const p of officials) expect(found, p.name).toContain(p.name);
  });

  it('finds every programme and nothing that is not one', () => {
    const forms = brief.defenceProgrammes.map((p) => [p.name, ...p.aliases].map((f) => f.toLowerCase()));
    for (const want of expected.programmes) {
      const all = [want.name, ...want.aliases].map((f) => f.toLowerCase());
      expect(forms.some((fs) => fs.some((f) => all.includes(f))), want.name).toBe(true);
    }
    expect(brief.defenceProgrammes.length).toBe(expected.programmes.length);
    const names = brief.defenceProgrammes.flatMap((p) => [p.name, ...p.aliases]);
    for (const not of expected.notProgrammes) expect(names).not.toContain(not);
  });

  it('counts a republished copy once', () => {
    const byFile = new Map(brief.sources.map((s) => [s.file, s]));
    for (const d of expected.duplicates) expect(byFile.get(d.file)?.duplicateOf).toBe(byFile.get(d.duplicateOf)?.id);
    const copies = brief.sources.filter((s) => s.duplicateOf).length;
    expect(copies).toBe(expected.duplicates.length);
  });

  it('puts the dated events on the timeline', () => {
    for (const t of expected.timeline) {
      const hit = brief.timeline.some((e) => (e.date === t.date || (e.date <= t.date && (e.end ?? e.date) >= t.date)) && e.text.toLowerCase().includes(t.mentions.toLowerCase()));
      expect(hit, `${t.date} ${t.mentions}`).toBe(true);
    }
  });

  it('sorts claims into the sections', () => {
    for (const key of ['energyTrade', 'geopolitics'] as const) {
      const text = [...brief[key], ...brief.overview].map((c) => c.text).join(' ').toLowerCase();
      const hits = expected.sections[key].filter((w) => text.includes(w.toLowerCase()));
      expect(hits.length, `${key}: ${expected.sections[key].join(', ')}`).toBeGreaterThanOrEqual(Math.ceil(expected.sections[key].length / 2));
    }
  });

  it('finds every planted discrepancy, quoting each side verbatim', () => {
    const fileOf = new Map(brief.sources.map((s) => [s.id, s.file]));
    for (const d of brief.discrepancies) {
      for (const c of d.claims) {
        // In an HTML page the quote is the text a browser shows: entities decoded, white space folded.
        const raw = readFileSync(join(dir, 'articles', fileOf.get(c.source)!), 'utf8');
        const shown = decodeEntities(raw.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
        expect(raw.includes(c.quote) || shown.includes(c.quote), c.quote).toBe(true);
      }
    }
    for (const e of expected.discrepancies) {
      const hit = brief.discrepancies.find((d) => d.kind === e.kind && e.quotes.filter((q) => d.claims.some((c) => c.quote.includes(q))).length >= Math.min(2, e.quotes.length));
      expect(hit, `${e.kind}: ${e.about}`).toBeDefined();
    }
  });

  it('flags no agreement and no more than one discrepancy beyond the planted ones', () => {
    const planted = (d: Brief['discrepancies'][number]) => expected.discrepancies.some((e) => e.kind === d.kind && e.quotes.some((q) => d.claims.some((c) => c.quote.includes(q))));
    const extra = brief.discrepancies.filter((d) => !planted(d));
    expect(extra.filter((d) => d.kind === 'conflict'), 'false conflicts').toEqual([]);
    expect(extra.length).toBeLessThanOrEqual(1);
    for (const m of expected.mustNotFlag) {
      const flagged = brief.discrepancies.filter((d) => d.kind !== 'uncorroborated' && !planted(d) && m.terms.some((t) => d.claims.some((c) => c.quote.includes(t))));
      expect(flagged, m.about).toEqual([]);
    }
  });

  it('leaves no noise in the brief', () => {
    const all = JSON.stringify(brief) + md;
    for (const n of expected.noise) expect(all, n).not.toContain(n);
  });
});
