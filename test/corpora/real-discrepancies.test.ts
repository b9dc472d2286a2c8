import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { disjoint, readValues } from '../../src/consolidate/discrepancies/values.js';
import { readCorpus } from '../../src/ingest/index.js';
import type { Brief } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { REAL_CORPORA } from '../helpers/corpus.js';

// Real coverage, read from disk beside the repository and never copied in; skipped where absent.
const folders = REAL_CORPORA ? readdirSync(REAL_CORPORA).filter((n) => statSync(join(REAL_CORPORA!, n)).isDirectory()).sort() : ['(no real corpora here)'];
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

describe.skipIf(!REAL_CORPORA).each(folders)('discrepancies on the real corpus %s', (name) => {
  let brief: Brief;
  let raw: Map<string, string>;

  beforeAll(async () => {
    const dir = join(REAL_CORPORA!, name);
    const { files, warnings } = await readCorpus(dir, { maxBytes: 10 << 20 });
    brief = analyse(files, { asOf: '2025-01-01', title: null, warnings });
    raw = new Map(brief.sources.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8').replace(/\s+/g, ' ')]));
  }, 60_000);

  it('lists each topic once per kind, every source once per row', () => {
    const keys = brief.discrepancies.map((d) => `${d.kind}|${d.topic}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const d of brief.discrepancies) {
      const sources = d.sides!.flatMap((s) => s.sources);
      expect(new Set(sources).size, d.topic).toBe(sources.length);
      expect(new Set(d.claims.map((c) => c.source)), d.topic).toEqual(new Set(sources));
    }
  });

  it('writes every note in plain words: no ISO dates, no counts of cues', () => {
    for (const d of brief.discrepancies) {
      expect(d.note, d.topic).not.toMatch(/\b\d{4}-\d{2}\b/);
      expect(d.note, d.topic).not.toMatch(/\bcues?\b/i);
      expect(d.note.length, d.topic).toBeGreaterThan(20);
    }
  });

  it('quotes every claim and every side verbatim', () => {
    for (const d of brief.discrepancies) {
      for (const c of d.claims) expect(raw.get(c.source)!.includes(c.quote.replace(/\s+/g, ' ')), c.quote).toBe(true);
      for (const s of d.sides!) expect(s.sources.some((id) => raw.get(id)!.includes(s.quote.replace(/\s+/g, ' '))), s.quote).toBe(true);
    }
  });

  it('reads no conflict into a part of a longer length, a moment after something, or the day someone spoke', () => {
    for (const d of brief.discrepancies.filter((x) => x.kind === 'conflict')) {
      for (const c of d.claims) {
        if (!c.value) continue;
        // "2 hours and 11 minutes" is not "11 minutes"; "90 minutes after the meeting began" is no length.
        expect(c.quote, d.topic).not.toContain(`hours and ${c.value}`);
        expect(c.quote, d.topic).not.toMatch(new RegExp(`${c.value.replace(/[$.*+?()[\]{}|\\^]/g, '\\$&')}\\s+(?:after|later|ago)\\b`));
        if (d.topic.startsWith('Date of')) expect(c.quote, d.topic).not.toMatch(new RegExp(`\\b(?:said|says|saying)\\s+(?:on\\s+)?${WEEKDAY}\\b`));
      }
    }
  });

  it('holds a duration or amount conflict only between values that cannot both be true', () => {
    for (const d of brief.discrepancies.filter((x) => x.kind === 'conflict' && /^(?:Length|Value) of/.test(x.topic))) {
      const values = d.sides!.map((s) => d.claims.find((c) => c.source === s.sources[0])!.value!).map((v) => readValues(v)[0]!);
      for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) expect(disjoint(values[i]!, values[j]!), d.topic).toBe(true);
    }
  });
});
