import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../../src/intake/article-file.js';
import { cleanEnv, runAsync, type Run } from '../helpers/cli.js';
import { BIN, ROOT } from '../helpers/run.js';

/**
 * Runs the compiled CLI without blocking this process: the fixture server lives in the test's own
 * event loop and must keep answering while the CLI fetches from it.
 */
export function attacheAsync(args: string[], opts: { cwd?: string } = {}): Promise<Run> {
  return runAsync(args, opts);
}

/** For a server on this machine: no politeness delay (tests that need a short timeout add --timeout). */
export const FAST = ['--delay', '0'];

/** Every file in a folder, hidden ones included: a test that the corpus holds nothing partial sees them all. */
export function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1))
      .sort();
  } catch {
    return [];
  }
}

export function savedArticle(path: string) {
  const text = readFileSync(path, 'utf8');
  const front = readFrontMatter(text);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return { text, front, body };
}

/**
 * Starts a long-running command (watch, schedule) without blocking this process, collecting its
 * stdout lines and stderr; `waitFor` resolves when enough lines of either match. The caller stops
 * it with `kill`.
 */
export function startAttache(args: string[], opts: { cwd?: string } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: cleanEnv() });
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  const waiters: { re: RegExp; count: number; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      if ([...lines, ...stderr.split('\n')].filter((l) => w.re.test(l)).length < w.count) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    const parts = (partial + d).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
    check();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    check();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    waitFor(re: RegExp, count = 1, ms = 60_000) {
      return new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`timed out waiting for ${re} x${count}; stdout:\n${lines.join('\n')}\nstderr:\n${stderr}`)), ms);
        waiters.push({ re, count, resolve: () => (clearTimeout(t), resolve()) });
        check();
      });
    },
  };
}
