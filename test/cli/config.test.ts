import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '../helpers/bundle.js';
import { oneLine, run } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/run.js';

const CORPUS = join(ROOT, 'test/fixtures/corpora/baltic-visit/articles');

/** A project: its articles in news/, a configuration file, and a subfolder to work from. */
function project(config: Record<string, unknown>) {
  const root = tempDir('attache-project-');
  cpSync(CORPUS, join(root, 'news'), { recursive: true });
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'attache.config.json'), JSON.stringify(config, null, 2));
  return root;
}

describe('attache.config.json', () => {
  it('is found from a subfolder, its paths read from its own folder, and flags and variables override it', () => {
    const root = project({ corpus: 'news', out: 'briefs', format: 'json', marking: 'FROM THE FILE' });
    const r = run(['build', '--date', '2027-03-01'], { cwd: join(root, 'notes') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`wrote ${join(root, 'briefs', 'brief.json')} from 5 sources in ${/in (\d+) ms/.exec(r.stdout)![1]} ms\n`);
    const manifest = () => JSON.parse(readFileSync(join(root, 'briefs', '.attache-manifest.json'), 'utf8')).options;
    expect(manifest()).toMatchObject({ marking: 'FROM THE FILE', formats: ['json'] });

    expect(run(['build', '--date', '2027-03-01', '--quiet'], { cwd: join(root, 'notes'), env: { ATTACHE_MARKING: 'FROM THE ENVIRONMENT' } }).code).toBe(0);
    expect(manifest()).toMatchObject({ marking: 'FROM THE ENVIRONMENT' });
    expect(run(['build', '--date', '2027-03-01', '--quiet', '--marking', 'FROM THE FLAG'], { cwd: join(root, 'notes'), env: { ATTACHE_MARKING: 'FROM THE ENVIRONMENT' } }).code).toBe(0);
    expect(manifest()).toMatchObject({ marking: 'FROM THE FLAG' });
  });

  it('a bad value in the file is one line naming the file and key, exit 2, on the fast path too', () => {
    const root = project({ corpus: 'news', out: 'briefs', format: 'json' });
    expect(run(['build', '--date', '2027-03-01', '--quiet'], { cwd: root }).code).toBe(0);
    writeFileSync(join(root, 'attache.config.json'), JSON.stringify({ corpus: 'news', out: 'briefs', format: 'json', length: 'long' }));
    for (const extra of [[], ['--if-changed']]) {
      const r = run(['build', '--date', '2027-03-01', ...extra], { cwd: root });
      expect(r.code).toBe(2);
      expect(oneLine(r)).toBe('attache: attache.config.json: "length": expected one of short, standard, full; got "long"');
    }
  });

  it('the unchanged fast path honours the file and the environment, and loads neither yargs nor zod', () => {
    const root = project({ corpus: 'news', out: 'briefs', format: 'json' });
    expect(run(['build', '--date', '2027-03-01', '--quiet'], { cwd: root }).code).toBe(0);
    const trace = join(tempDir(), 'modules.txt');
    const traced = spawnTraced(['build', '--date', '2027-03-01', '--if-changed'], root, trace);
    expect(traced).toBe('unchanged: briefs\n');
    const sources = bundledSources(readFileSync(trace, 'utf8'));
    expect(sources).toContain('src/cli/fast-path.ts');
    for (const heavy of ['node_modules/yargs/', 'node_modules/zod/']) expect(sources.filter((s) => s.includes(heavy)), heavy).toEqual([]);
    // An option the file or the environment changes is a change.
    const changed = run(['build', '--date', '2027-03-01', '--if-changed'], { cwd: root, env: { ATTACHE_LENGTH: 'short' } });
    expect(changed.code).toBe(0);
    expect(changed.stdout).toMatch(/^wrote /);
    writeFileSync(join(root, 'attache.config.json'), JSON.stringify({ corpus: 'news', out: 'briefs', format: 'json', length: 'short', keep: 1 }));
    expect(run(['build', '--date', '2027-03-01', '--if-changed'], { cwd: root }).stdout).toBe('unchanged: briefs\n');
  });
});

function spawnTraced(args: string[], cwd: string, trace: string): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ATTACHE_')));
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test/fixtures/trace/register.mjs'), join(ROOT, 'bin/attache.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...env, TZ: 'UTC', ATTACHE_TRACE: trace },
  });
  return r.stdout + r.stderr;
}
