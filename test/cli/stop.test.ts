import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/cli.js';
import { BIN, ROOT, tempDir } from '../helpers/run.js';

const CORPUS = join(ROOT, 'test/fixtures/corpora/baltic-visit/articles');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

/** The CLI running in the background; `until` waits for a line on stdout or stderr. */
function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(env) });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  const waiters: (() => void)[] = [];
  const poke = () => waiters.splice(0).forEach((w) => w());
  child.stdout.setEncoding('utf8').on('data', (d: string) => ((out.stdout += d), poke()));
  child.stderr.setEncoding('utf8').on('data', (d: string) => ((out.stderr += d), poke()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const until = async (re: RegExp) => {
    while (!re.test(out.stdout + out.stderr)) {
      const done = await Promise.race([new Promise<boolean>((r) => waiters.push(() => r(false))), exited.then(() => true)]);
      if (done && !re.test(out.stdout + out.stderr)) throw new Error(`exited before ${re}:\n${out.stdout}${out.stderr}`);
    }
  };
  return { child, out, exited, until };
}

describe('a clean stop of a long-running command', () => {
  it('watch: Ctrl-C while idle exits 0 with one "stopped" line; warnings and results are printed', async () => {
    const corpus = tempDir('attache-corpus-');
    cpSync(CORPUS, corpus, { recursive: true });
    const p = start(['watch', corpus, '--out', tempDir(), '-f', 'json', '--date', '2027-03-01']);
    await p.until(/^watching /m);
    expect(p.out.stdout).toMatch(/^\d{4}-\d\d-\d\dT\S+Z built 1 file from 5 sources in \d+ ms$/m);
    // What the build warns about is shown, as `attache build` shows it.
    expect(p.out.stderr).toMatch(/^warning: amber-coast-review-orka-analysis\.txt: no publication date found$/m);
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
    expect(p.out.stderr.trim().split('\n').at(-1)).toBe(`stopped watching ${corpus} (SIGINT)`);
    expect(p.out.stderr).not.toContain('interrupted');
  });

  it('schedule: SIGTERM while idle exits 0 with one "stopped" line', async () => {
    const p = start(['schedule', CORPUS, '--out', tempDir(), '--cron', '0 0 1 1 *']);
    await p.until(/^scheduled /m);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.out.stderr.trim().split('\n')).toHaveLength(2);
    expect(p.out.stderr).toMatch(/\nstopped the schedule "0 0 1 1 \*" \(SIGTERM\)\n$/);
  });
});

describe('schedule runs cron in local time', () => {
  it("reads the expression in the machine's zone, and logs the next run in it", async () => {
    const p = start(['schedule', CORPUS, '--out', tempDir(), '--cron', '30 6 * * *'], { TZ: 'Asia/Kolkata' });
    await p.until(/next run/);
    // 06:30 on the wall clock of Kolkata (UTC+05:30), not 06:30 UTC.
    expect(p.out.stderr).toMatch(/^scheduled "30 6 \* \* \*" in Asia\/Kolkata for .* → .*; next run \d{4}-\d\d-\d\dT06:30:00\+05:30$/m);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('or in the zone given with --tz', async () => {
    const p = start(['schedule', CORPUS, '--out', tempDir(), '--cron', '0 7 * * *', '--tz', 'America/New_York'], { TZ: 'Asia/Kolkata' });
    await p.until(/next run/);
    expect(p.out.stderr).toMatch(/ in America\/New_York for .*; next run \d{4}-\d\d-\d\dT07:00:00-0[45]:00$/m);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });
});
