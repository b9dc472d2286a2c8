import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/run.js';

const CORPUS = join(ROOT, 'test/fixtures/corpora/baltic-visit/articles');
/** What `npm pack` needs from the project: sources, build settings, scripts; node_modules is linked. */
const PROJECT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE', 'bin', 'src', 'templates', 'scripts'];

/** npm as a user runs it: none of the npm_… settings `npm test` passes down, the same cache. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|ATTACHE_)/i.test(k) || /^npm_config_(cache|registry|userconfig)$/i.test(k)));
  return { ...env, TZ: 'UTC' };
}

const work = tempDir('attache-package-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('packs into a tarball that installs globally and builds a brief from any folder', () => {
    // Packed from a copy, so that its fresh dist/ never races the other tests' CLI runs.
    const source = join(work, 'source');
    mkdirSync(source);
    for (const f of PROJECT_FILES) cpSync(join(ROOT, f), join(source, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
    const stdout = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: source, env: npmEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // The JSON report follows whatever the prepack script printed.
    const packed = JSON.parse(stdout.slice(stdout.search(/^\[/m))) as {
      name: string;
      filename: string;
      files: { path: string }[];
    }[];
    expect(packed[0]!.name).toBe('attache-brief');
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'bin/attache.js', 'dist/bundle/attache.js', 'dist/bundle/pdf-worker.js', 'fonts/NotoSans_400Regular.latin.ttf', 'templates/brief.md.hbs']));
    expect(files.filter((f) => /^(src|test|corpus|bench|scripts|node_modules)\//.test(f) || /^dist\/(?!bundle\/)/.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(manifest.bin).toEqual({ attache: 'bin/attache.js' });
    // npm counts `prepare` as an install script of a tarball (and would run it where no TypeScript is installed).
    expect(manifest.scripts.prepare).toBeUndefined();

    const prefix = join(work, 'prefix');
    const install = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, packed[0]!.filename)], { cwd: work, env: npmEnv(), encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|ERR!/);

    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const out = join(work, 'brief');
    const bin = join(prefix, 'bin', 'attache');
    const r = spawnSync(bin, ['build', CORPUS, '--out', out, '--date', '2027-03-01'], { cwd: elsewhere, env: npmEnv(), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*brief\.json, .*brief\.md, .*brief\.pdf from 5 sources in \d+ ms\n$/);
    expect(readFileSync(join(out, 'brief.md'), 'utf8')).toMatch(/^# /);
    // The PDF embeds Noto Sans, which came with the package's dependencies.
    const pdf = readFileSync(join(out, 'brief.pdf')).toString('latin1');
    expect(pdf).toMatch(/\/FontFile2/);
    expect(pdf).toMatch(/NotoSans/);
    expect(readdirSync(elsewhere)).toEqual([]);
    const version = spawnSync(bin, ['--version'], { cwd: elsewhere, env: npmEnv(), encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'attache-brief', 'dist', 'bundle', 'attache.js'))).toBe(true);
  }, 600_000);
});
