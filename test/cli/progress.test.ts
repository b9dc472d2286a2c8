import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressFor } from '../../src/cli/progress.js';
import { attache, tempDir } from '../helpers/run.js';

function fakeStream(tty: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({ write(c, _e, cb) { chunks.push(c.toString()); cb(); } }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: tty, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, text: () => chunks.join('') };
}

describe('progress bars', () => {
  it('draws a bar per stage on a terminal once the run has lasted', async () => {
    const { stream, text } = fakeStream(true);
    const p = await progressFor(stream, false, 0);
    p.update('extract', 50, 100);
    p.update('consolidate', 1, 1);
    p.stop();
    expect(text()).toContain('extract');
    expect(text()).toContain('50/100');
    expect(text()).toContain('consolidate');
  });

  it('shows nothing before the delay', async () => {
    const { stream, text } = fakeStream(true);
    const p = await progressFor(stream, false, 60_000);
    p.update('extract', 1, 2);
    p.stop();
    expect(text()).toBe('');
  });

  it('shows nothing when stderr is not a terminal, or with --quiet', async () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const { stream, text } = fakeStream(tty);
      const p = await progressFor(stream, quiet, 0);
      p.update('extract', 1, 2);
      p.stop();
      expect(text()).toBe('');
    }
  });

  it('keeps piped output free of bars', () => {
    const r = attache(['build', 'corpus', '--out', tempDir(), '--date', '2025-12-01']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/[█░]|\u001b\[/);
  });
});
