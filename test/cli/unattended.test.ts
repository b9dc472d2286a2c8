import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attache, BIN, ROOT, tempDir } from '../helpers/run.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** Starts the CLI and collects its stdout lines; `waitFor` resolves when a line matches. */
function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, TZ: 'UTC' } });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  const waiters: { re: RegExp; count: number; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) if ([...lines, ...stderr.split('\n')].filter((l) => w.re.test(l)).length >= w.count) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
    check();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    check();
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  return {
    lines,
    exited,
    stderr: () => stderr,
    waitFor(re: RegExp, count = 1, ms = 60_000) {
      return new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`timed out waiting for ${re} x${count}; got:\n${lines.join('\n')}\n${stderr}`)), ms);
        waiters.push({ re, count, resolve: () => (clearTimeout(t), resolve()) });
        check();
      });
    },
  };
}

function corpusCopy(): string {
  const dir = tempDir('attache-corpus-');
  for (const f of readdirSync(join(ROOT, 'corpus'))) cpSync(join(ROOT, 'corpus', f), join(dir, f));
  return dir;
}

describe('attache schedule', () => {
  it('runs on a short cron period, skips unchanged runs, never overlaps, one line per run', async () => {
    const out = tempDir();
    const p = start(['schedule', 'corpus', '--out', out, '--date', '2025-12-01', '--cron', '*/1 * * * * *', '--runs', '3']);
    expect(await p.exited).toBe(0);
    const runs = p.lines.filter((l) => /^\d{4}-\d\d-\d\dT/.test(l));
    expect(runs).toHaveLength(3);
    expect(runs[0]).toMatch(/ built 3 files from 5 sources in \d+ ms$/);
    expect(runs.slice(1).every((l) => l.endsWith(`unchanged: ${out}`))).toBe(true);
    // The first build takes longer than a second: protected runs were skipped, not overlapped.
    const seconds = runs.map((l) => Date.parse(l.slice(0, 20)) / 1000);
    expect(seconds[1]! - seconds[0]!).toBeGreaterThanOrEqual(1);
  });

  it('refuses a bad cron expression with one line and a non-zero exit', () => {
    const r = attache(['schedule', 'corpus', '--out', tempDir(), '--cron', 'every tuesday']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--cron');
  });
});

describe('attache watch', () => {
  it('rebuilds after a real file change in the corpus', async () => {
    const out = tempDir();
    const corpus = corpusCopy();
    const p = start(['watch', corpus, '--out', out, '--date', '2025-12-01', '--debounce', '200']);
    await p.waitFor(/^watching /);
    await p.waitFor(/ built 3 files from 5 sources/);
    appendFileSync(join(corpus, '003_e5502f474a8e0458.txt'), '\nThe two sides will also discuss a new fertiliser supply agreement worth $2 billion.\n');
    await p.waitFor(/ built 3 files from 5 sources/, 2);
    cpSync(join(ROOT, 'corpus', '000_7f8707ccf5929d48.txt'), join(corpus, 'zz-copy.txt'));
    await p.waitFor(/ built 3 files from 6 sources/);
    p.lines.length = 0;
    (children[children.length - 1] as ChildProcess).kill('SIGINT');
    expect(await p.exited).not.toBeNull();
  });
});
