import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontMatter } from '../../src/intake/article-file.js';
import { BIN, ROOT } from '../helpers/run.js';

/**
 * Runs the compiled CLI without blocking this process: the fixture server lives in the test's own
 * event loop and must keep answering while the CLI fetches from it.
 */
export function attacheAsync(args: string[], opts: { cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
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
