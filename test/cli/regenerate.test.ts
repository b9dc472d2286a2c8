import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../src/model/schema.js';
import { attache, BIN, ROOT, tempDir } from '../helpers/run.js';
import { bundledSources } from '../helpers/bundle.js';

const BRIEF = ['brief.json', 'brief.md', 'brief.pdf'];

function corpusCopy(files?: string[]): string {
  const dir = tempDir('attache-corpus-');
  for (const f of readdirSync(join(ROOT, 'corpus'))) if (!files || files.includes(f)) cpSync(join(ROOT, 'corpus', f), join(dir, f));
  return dir;
}

function snapshot(out: string) {
  return BRIEF.map((f) => ({ f, bytes: readFileSync(join(out, f)), mtime: statSync(join(out, f)).mtimeMs }));
}

describe('build --if-changed', () => {
  it('does nothing on an unchanged corpus: same files, same modification times', () => {
    const out = tempDir();
    expect(attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
    const before = snapshot(out);
    const r = attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--if-changed']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`unchanged: ${out}`);
    expect(snapshot(out)).toEqual(before);
  });

  it('loads neither the PDF renderer nor the NLP libraries on the unchanged path', () => {
    const out = tempDir();
    expect(attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
    const trace = join(tempDir(), 'modules.txt');
    const r = spawnSyncTraced(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--if-changed'], trace);
    expect(r).toContain(`unchanged: ${out}`);
    const sources = bundledSources(readFileSync(trace, 'utf8'));
    expect(sources).toContain('src/cli/main.ts');
    expect(sources).toContain('src/cli/fast-path.ts');
    for (const heavy of ['@react-pdf', 'chrono-node', 'handlebars', 'src/pipeline.ts', 'src/extract/', 'src/consolidate/', 'yargs', 'zod']) {
      expect(sources.filter((s) => s.includes(heavy)), heavy).toEqual([]);
    }
  });

  it('rebuilds when an option, a template or an article changes', () => {
    const out = tempDir();
    const corpus = corpusCopy();
    expect(attache(['build', corpus, '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
    expect(attache(['build', corpus, '--out', out, '--date', '2025-12-02', '--if-changed', '--quiet']).stdout).not.toContain('unchanged');
    writeFileSync(join(corpus, '003_e5502f474a8e0458.txt'), readFileSync(join(corpus, '003_e5502f474a8e0458.txt'), 'utf8') + '\nOne more line.\n');
    expect(attache(['build', corpus, '--out', out, '--date', '2025-12-02', '--if-changed', '--quiet']).stdout).not.toContain('unchanged');
    expect(attache(['build', corpus, '--out', out, '--date', '2025-12-02', '--if-changed', '--quiet']).stdout).toContain('unchanged');
  });
});

describe('changes since the last brief', () => {
  it('says the first edition is the first, then lists a new article and its claims', () => {
    const out = tempDir();
    const corpus = corpusCopy(['000_7f8707ccf5929d48.txt', '001_b4bc8a240b885ea1.txt', '002_a77e585c79256534.txt', '003_e5502f474a8e0458.txt']);
    expect(attache(['build', corpus, '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
    const first = Brief.parse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8')));
    expect(first.edition).toBe(1);
    expect(first.changes?.first).toBe(true);
    expect(readFileSync(join(out, 'brief.md'), 'utf8')).toContain('This is the first edition');

    cpSync(join(ROOT, 'corpus', '004_bdde30f0427dd6d3.txt'), join(corpus, '004_bdde30f0427dd6d3.txt'));
    expect(attache(['build', corpus, '--out', out, '--date', '2025-12-01', '--if-changed', '--quiet']).code).toBe(0);
    const second = Brief.parse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8')));
    expect(second.edition).toBe(2);
    const items = second.changes!.items;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'source-added', sources: ['S5'] }));
    const added = items.filter((i) => i.kind === 'claim-added');
    expect(added.length).toBeGreaterThan(5);
    // Ranking may bring an older claim into view once a new outlet shifts the scores, but the new outlet's claims dominate.
    expect(added.filter((i) => !i.sources.includes('S5')).length).toBeLessThanOrEqual(2);
    expect(added.map((i) => i.text)).toContain('India has emerged as one of the biggest buyers of discounted Russian crude since the Ukraine war.');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'programme-added', text: 'BrahMos' }));
    expect(items.some((i) => i.kind === 'discrepancy-opened')).toBe(true);

    const md = readFileSync(join(out, 'brief.md'), 'utf8');
    const section = md.slice(md.indexOf('## Changes since the last brief'));
    expect(md.lastIndexOf('\n## ')).toBe(md.indexOf('\n## Changes since the last brief'));
    expect(section).toContain('### New sources');
    expect(section).toContain('biggest buyers of discounted Russian crude');
    expect(readdirSync(join(out, 'archive'))).toEqual(['edition-0001']);
    expect(readFileSync(join(out, 'archive/edition-0001/brief.json'), 'utf8')).toContain('"edition": 1');
  });

  it('keeps byte-identical outputs when the same build runs again', () => {
    const out = tempDir();
    expect(attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
    const before = BRIEF.map((f) => readFileSync(join(out, f)));
    expect(attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
    BRIEF.forEach((f, i) => expect(readFileSync(join(out, f)).equals(before[i]!), f).toBe(true));
    expect(existsSync(join(out, 'archive'))).toBe(false);
  });

  it('keeps at most --keep previous editions', () => {
    const out = tempDir();
    for (const d of ['2025-12-01', '2025-12-02', '2025-12-03', '2025-12-04']) expect(attache(['build', 'corpus', '--out', out, '--date', d, '--format', 'json', '--keep', '2', '--quiet']).code).toBe(0);
    expect(readdirSync(join(out, 'archive'))).toEqual(['edition-0002', 'edition-0003']);
  });
});

describe('outputs are never inputs', () => {
  it('does not read its own briefs or archive when --out lies inside the corpus', () => {
    const corpus = corpusCopy();
    const out = join(corpus, 'out');
    for (const date of ['2025-12-01', '2025-12-02', '2025-12-03']) {
      expect(attache(['build', corpus, '--out', out, '--date', date, '--format', 'md,json', '--quiet']).code).toBe(0);
    }
    expect(existsSync(join(out, 'archive'))).toBe(true);
    const brief = Brief.parse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8')));
    expect(brief.sources).toHaveLength(readdirSync(join(ROOT, 'corpus')).length);
    expect(brief.sources.every((s) => !s.file.startsWith('out/'))).toBe(true);
  });

  it('still reads a folder named like an output that is not the output', () => {
    const corpus = corpusCopy();
    mkdirSync(join(corpus, 'out'));
    cpSync(join(ROOT, 'corpus', readdirSync(join(ROOT, 'corpus'))[0]!), join(corpus, 'out', 'copy.txt'));
    const elsewhere = tempDir();
    expect(attache(['build', corpus, '--out', elsewhere, '--format', 'json', '--quiet']).code).toBe(0);
    const brief = Brief.parse(JSON.parse(readFileSync(join(elsewhere, 'brief.json'), 'utf8')));
    expect(brief.sources.some((s) => s.file === 'out/copy.txt')).toBe(true);
  });
});

describe('safe writes', () => {
  it('refuses to write while another build holds the folder', () => {
    const out = tempDir();
    mkdirSync(join(out, '.attache.lock'));
    const r = attache(['build', 'corpus', '--out', out, '--date', '2025-12-01']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('another build is writing');
    rmSync(join(out, '.attache.lock'), { recursive: true });
  });

  it('leaves the previous brief whole when interrupted by SIGINT or SIGTERM', async () => {
    for (const [signal, delay] of [['SIGINT', 300], ['SIGTERM', 900], ['SIGINT', 1500]] as const) {
      const out = tempDir();
      expect(attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']).code).toBe(0);
      const before = BRIEF.map((f) => readFileSync(join(out, f)));
      const child = spawn(process.execPath, [BIN, 'build', 'corpus', '--out', out, '--date', '2025-12-09', '--quiet'], { cwd: ROOT, stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      const after = BRIEF.map((f) => readFileSync(join(out, f)));
      const whole = (b: Buffer[]) => Brief.safeParse(JSON.parse(b[0]!.toString())).success && b[2]!.subarray(-6).toString().includes('EOF');
      // Either the old brief untouched, or (if the signal came after publishing) a whole new one.
      expect(whole(after), `${signal} after ${delay} ms`).toBe(true);
      if (code !== 0) after.forEach((b, i) => expect(b.equals(before[i]!)).toBe(true));
      expect(readdirSync(out).filter((n) => n.includes('.tmp-'))).toEqual([]);
      expect(existsSync(join(out, '.attache.lock'))).toBe(false);
    }
  });
});

function spawnSyncTraced(args: string[], trace: string): string {
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/fixtures/trace/register.mjs'), BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ATTACHE_TRACE: trace },
  });
  return r.stdout + r.stderr;
}
