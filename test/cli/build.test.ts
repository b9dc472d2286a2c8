import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Brief } from '../../src/model/schema.js';
import { pdfPages } from '../helpers/pdf.js';
import { attache, ROOT, tempDir } from '../helpers/run.js';

const NOISE = ['icon-facebook', 'icon-twitter', 'superfanline.com', 'casinotwins.com', 'offspringmeds.com'];

describe('attache build on the example corpus', () => {
  let out: string;
  let brief: Brief;
  let md: string;
  let pages: string[];

  beforeAll(async () => {
    out = tempDir();
    const r = attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--marking', 'UNCLASSIFIED — FOR BRIEFING USE']);
    expect(r.stdout).toMatch(/^wrote .*brief\.pdf.* from 5 sources in \d+ ms\n$/);
    expect(r.code).toBe(0);
    brief = Brief.parse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8')));
    md = readFileSync(join(out, 'brief.md'), 'utf8');
    pages = await pdfPages(readFileSync(join(out, 'brief.pdf')));
  });

  it('writes the three files and a valid model with the five sources', () => {
    for (const f of ['brief.pdf', 'brief.md', 'brief.json']) expect(statSync(join(out, f)).size).toBeGreaterThan(1000);
    expect(brief.schemaVersion).toBe(1);
    expect(brief.asOf).toBe('2025-12-01');
    expect(brief.sources.map((s) => s.file)).toEqual([
      '000_7f8707ccf5929d48.txt',
      '001_b4bc8a240b885ea1.txt',
      '002_a77e585c79256534.txt',
      '003_e5502f474a8e0458.txt',
      '004_bdde30f0427dd6d3.txt',
    ]);
    expect(brief.sources.every((s) => s.duplicateOf === null)).toBe(true);
  });

  it('finds the event: who, whom, where, when', () => {
    const e = brief.event;
    expect(e.visitor).toEqual({ name: 'Vladimir Putin', role: 'President', country: 'Russia' });
    expect(e.host).toEqual({ name: 'Narendra Modi', role: 'Prime Minister', country: 'India' });
    expect(e.location).toBe('New Delhi');
    expect(e.start).toBe('2025-12-04');
    expect(e.end).toBe('2025-12-05');
    expect(e.ordinal).toBe('23rd');
    expect(e.kind).toBe('state visit');
    expect(e.summary.split(/(?<=\.)\s/).length).toBe(1);
    expect(brief.people).toContainEqual(expect.objectContaining({ name: 'Droupadi Murmu', role: 'President', country: 'India' }));
  });

  it('lists exactly the defence programmes the articles name', () => {
    const names = brief.defenceProgrammes.map((p) => p.name).sort();
    expect(names).toEqual(['AK-203', 'BrahMos', 'Kilo-class submarines', 'MiG-29', 'S-400', 'Su-30 MKI']);
    const s400 = brief.defenceProgrammes.find((p) => p.name === 'S-400')!;
    expect(s400.aliases).toContain('S-400 Triumf');
    expect(s400.sources).toHaveLength(5);
    for (const p of brief.defenceProgrammes) expect(p.facts.length).toBeGreaterThan(0);
  });

  it('fills every section with cited claims and no noise', () => {
    for (const key of ['overview', 'agenda', 'energyTrade', 'geopolitics'] as const) {
      expect(brief[key].length, key).toBeGreaterThan(0);
      for (const c of brief[key]) expect(c.sources.length).toBeGreaterThan(0);
    }
    expect(brief.overview.length).toBeGreaterThanOrEqual(3);
    expect(brief.overview.length).toBeLessThanOrEqual(5);
    // Each item is shown once: the best of a section may lead the overview or the key points.
    const top = [...(brief.keyPoints ?? []), ...brief.overview].map((c) => c.text).join(' ');
    const energy = brief.energyTrade.map((c) => c.text).join(' ') + top;
    for (const word of ['oil', 'payment', 'LNG', 'tariffs']) expect(energy).toContain(word);
    const geo = brief.geopolitics.map((c) => c.text).join(' ') + top;
    for (const word of ['Ukraine', 'sanctions', 'China']) expect(geo).toContain(word);
    const everything = JSON.stringify(brief) + md + pages.join('\n');
    for (const n of NOISE) expect(everything).not.toContain(n);
  });

  it('builds a dated timeline in order', () => {
    const dates = brief.timeline.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates).toContain('2021');
    expect(dates).toContain('2022-02');
    expect(dates).toContain('2024-07');
    const visit = brief.timeline.find((t) => t.date === '2025-12-04');
    expect(visit?.end).toBe('2025-12-05');
    // Cited by every outlet that states the entry as printed, days and all.
    expect(visit!.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('finds where the outlets disagree, with verbatim quotes', () => {
    const raw = new Map(brief.sources.map((src) => [src.id, readFileSync(join(ROOT, 'corpus', src.file), 'utf8')]));
    for (const d of brief.discrepancies) for (const c of d.claims) expect(raw.get(c.source), c.quote).toContain(c.quote);
    const of = (kind: string) => brief.discrepancies.filter((d) => d.kind === kind);
    const files = (d: (typeof brief.discrepancies)[number]) => d.claims.map((c) => brief.sources.find((src) => src.id === c.source)!.file.slice(0, 3)).sort();

    const lastMet = of('conflict').find((d) => d.claims.some((c) => c.quote.includes('first face-to-face discussion in nearly three years')));
    expect(lastMet).toBeDefined();
    expect(lastMet!.claims.some((c) => c.quote.includes('In July last year, PM Modi travelled to Moscow'))).toBe(true);

    const s400 = of('attribution').find((d) => d.topic.includes('S-400'));
    expect(s400).toBeDefined();
    expect(files(s400!)).toEqual(expect.arrayContaining(['000', '004']));
    expect(s400!.claims.some((c) => c.quote.includes('offer from Moscow'))).toBe(true);

    const wording = of('wording')[0];
    expect(wording?.claims.some((c) => c.quote.includes('Special and Privileged Strategic Partnership'))).toBe(true);
    expect(wording?.claims.some((c) => c.source === 'S3' && /privileged strategic partnership/i.test(c.quote))).toBe(true);

    expect(of('framing').some((d) => files(d).join() === '002,004')).toBe(true);

    const lone = of('uncorroborated').map((d) => d.claims[0]!.quote).join(' | ');
    expect(lone).toContain('labour mobility pact');
    expect(lone).toContain('60–70% of its military hardware');

    // Every outlet agrees on the visit dates: no conflict about them.
    expect(of('conflict').filter((d) => /date|december/i.test(d.topic))).toEqual([]);
    expect(brief.discrepancies[0]!.kind).toBe('conflict');
  });

  it('renders the Markdown brief with every section and citations', () => {
    for (const h of ['## Key facts', '## Overview', '## Agenda', '## Defence programmes', '## Energy and trade', '## Geopolitics', '## Timeline', '## Source discrepancies', '## Sources']) {
      expect(md).toContain(h);
    }
    expect(md).toMatch(/\[1\]\[2\]/);
    expect(md).not.toMatch(/<[a-z]/i);
    expect(md).toMatchSnapshot();
  });

  it('renders a PDF with the sections, page numbers and the marking', () => {
    const text = pages.join('\n');
    expect(text).toContain('KEY FACTS');
    for (const h of [ 'Overview', 'Agenda', 'Defence programmes', 'Energy and trade', 'Geopolitics', 'Timeline', 'Source discrepancies', 'Sources']) {
      expect(text).toContain(h);
    }
    expect(pages[0]).toContain('UNCLASSIFIED — FOR BRIEFING USE');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(text).toContain('Vladimir Putin');
    expect(pages).toMatchSnapshot();
  });

  it('embeds its font', () => {
    const raw = readFileSync(join(out, 'brief.pdf')).toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/NotoSans/);
  });

  it('is byte-identical when built twice', () => {
    const again = tempDir();
    const r = attache(['build', 'corpus', '--out', again, '--date', '2025-12-01', '--marking', 'UNCLASSIFIED — FOR BRIEFING USE', '--quiet']);
    expect(r.code).toBe(0);
    for (const f of ['brief.pdf', 'brief.md', 'brief.json']) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });
});

describe('attache build with bad input', () => {
  it('a missing corpus folder: one line, non-zero exit, out untouched', () => {
    const out = tempDir();
    writeFileSync(join(out, 'brief.md'), 'previous brief');
    const r = attache(['build', join(out, 'no-such-folder'), '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no-such-folder');
    expect(r.stderr).toContain('corpus folder not found');
    expect(readFileSync(join(out, 'brief.md'), 'utf8')).toBe('previous brief');
  });

  it('rejects a bad --date and a bad --format with one line each', () => {
    for (const args of [['--date', '2025-02-30'], ['--format', 'pdf,docx']]) {
      const r = attache(['build', 'corpus', '--out', tempDir(), ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(args[0]);
    }
  });

  it('refuses an output path that is a file', () => {
    const dir = tempDir();
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const r = attache(['build', 'corpus', '--out', file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('not a folder');
  });

  it('a broken template: one line with file and line, non-zero exit, earlier outputs untouched', () => {
    const out = tempDir();
    expect(attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
    const before = ['brief.md', 'brief.json', 'brief.pdf'].map((f) => readFileSync(join(out, f)));
    const r = attache(['build', 'corpus', '--out', out, '--date', '2025-12-02', '--templates', join(ROOT, 'test/fixtures/templates/broken')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(/broken\/brief\.md\.hbs:5: "\{\{\/if\}\}" closes the block "each" opened on line 3/);
    ['brief.md', 'brief.json', 'brief.pdf'].forEach((f, i) => expect(readFileSync(join(out, f)).equals(before[i]!), f).toBe(true));
    expect(readdirSync(out).filter((n) => !n.startsWith('.attache')).sort()).toEqual(['brief.json', 'brief.md', 'brief.pdf']);
  });

  it('writes only the formats asked for', () => {
    const out = tempDir();
    mkdirSync(out, { recursive: true });
    const r = attache(['build', 'corpus', '--out', out, '--format', 'md', '--date', '2025-12-01', '--quiet']);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'brief.md'))).toBe(true);
    expect(existsSync(join(out, 'brief.pdf'))).toBe(false);
  });
});

describe('attache --help and --version', () => {
  it('shows the commands with examples', () => {
    const r = attache(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('build [corpus]');
    expect(r.stdout).toContain('Examples:');
  });
  it('prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(attache(['--version']).stdout.trim()).toBe(pkg.version);
  });
});
