import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Brief, Claim } from '../../src/model/schema.js';
import { analyse } from '../../src/pipeline.js';
import { ROOT } from '../helpers/run.js';

// Three invented outlets on one invented visit: two count 11 agreements, one 14; a preview with
// sentences that point back ("These issues…", "…, it said."); programme facts that do not repeat
// the programme's name ("Deliveries are due in 2033.").
const dir = join(ROOT, 'test/fixtures/items/three-outlets/articles');
const files = readdirSync(dir)
  .sort()
  .map((name) => ({ path: name, bytes: readFileSync(join(dir, name)) }));
const brief: Brief = analyse(files, { asOf: '2031-05-14', title: null });
const file = (id: string) => brief.sources.find((s) => s.id === id)!.file;
const printed = (): Claim[] => [
  ...(brief.keyPoints ?? []).filter((k) => k.role !== 'discrepancy'),
  ...brief.overview,
  ...brief.agenda,
  ...brief.energyTrade,
  ...brief.geopolitics,
  ...brief.defenceProgrammes.flatMap((p) => p.facts),
  ...brief.timeline,
];

describe('three outlets, two figures', () => {
  it('cites for "11 agreements" only the outlets that count 11, and never prints the 14 as a statement of its own', () => {
    const eleven = printed().filter((c) => c.text.includes('11 agreements'));
    expect(eleven.length).toBeGreaterThan(0);
    for (const c of eleven) expect(c.sources.map(file).sort()).toEqual(['amber-wire-outcome.txt', 'harbour-times-outcome.txt']);
    // The timeline may date the ministers' Monday signing from the sentence that counts 14; it cites that outlet alone.
    expect(printed().filter((c) => c.text.includes('14 agreements') && !brief.timeline.includes(c as never))).toEqual([]);
    for (const t of brief.timeline.filter((c) => c.text.includes('14 agreements'))) expect(t.sources.map(file)).toEqual(['meridian-post-outcome.txt']);
  });

  it('leads the key points with the outcome, cited by both outlets that report it', () => {
    const [first] = brief.keyPoints ?? [];
    expect(first!.text).toMatch(/^Finland and Chile signed 11 agreements/);
    expect(first!.sources).toHaveLength(2);
    expect(brief.keyPoints!.map((k) => k.role)).toEqual(expect.arrayContaining(['contention', 'discrepancy']));
    expect(brief.keyPoints!.find((k) => k.role === 'contention')!.text).toMatch(/^Critics in Chile warned/);
  });

  it('puts the 11 against the 14 in a discrepancy', () => {
    const d = brief.discrepancies.find((x) => x.kind === 'conflict' && /agreements/i.test(x.topic));
    expect(d).toBeDefined();
    const quotes = d!.claims.map((c) => c.quote).join(' ');
    expect(quotes).toContain('11 agreements');
    expect(quotes).toContain('14 agreements');
    // One row, every source on its side: 2 sources for 11, 1 for 14.
    expect(brief.discrepancies.filter((x) => x.topic === d!.topic)).toHaveLength(1);
    expect(d!.sides!.map((side) => [side.value, side.sources.map(file).sort()])).toEqual([
      ['11 agreements', ['amber-wire-outcome.txt', 'harbour-times-outcome.txt']],
      ['14 agreements', ['meridian-post-outcome.txt']],
    ]);
    expect(d!.note).not.toMatch(/\d{4}-\d{2}|cues/);
    const point = brief.keyPoints!.find((k) => k.role === 'discrepancy')!;
    expect(point.text).toContain('11 agreements');
    expect(point.text).toContain('14 agreements');
  });

  it('joins a sentence that points back with the one it points at, or leaves it out', () => {
    for (const c of printed()) {
      expect(c.text).not.toMatch(/^(?:These|It|This|They)\b/);
      expect(c.text).not.toMatch(/\bit said\.$/);
    }
    const issues = printed().filter((c) => c.text.includes('These issues will be taken up'));
    expect(issues.length).toBeGreaterThan(0);
    for (const c of issues) expect(c.text).toMatch(/^The two leaders are expected to discuss .* These issues will be taken up/);
  });

  it('prints a programme fact that does not name the programme after the sentence that does', () => {
    const corvus = brief.defenceProgrammes.find((p) => p.name === 'Corvus');
    expect(corvus).toBeDefined();
    const deliveries = corvus!.facts.find((f) => f.text.endsWith('Deliveries are due in 2033.'));
    expect(deliveries?.text).toMatch(/^Chile will buy four Corvus patrol aircraft/);
    expect(deliveries!.sources.map(file)).toEqual(['harbour-times-outcome.txt']);
  });

  it('never dates an entry at a "since" year', () => {
    expect(brief.timeline.map((t) => t.date)).not.toContain('1990');
    expect(brief.timeline.map((t) => t.date)).not.toContain('2019');
    expect(brief.timeline.find((t) => t.text.startsWith('Finland and Chile signed 11'))?.date).toBe('2031-05-13');
  });
});
