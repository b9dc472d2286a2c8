import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import { oneLine, run } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/run.js';

const CORPUS = join(ROOT, 'test/fixtures/corpora/baltic-visit/articles');

describe('one validation layer for every option', () => {
  it('rejects bad numbers with one line naming the option, before any work', () => {
    const out = join(tempDir(), 'never');
    for (const [args, line] of [
      [['build', CORPUS, '--max-file-size', 'abc'], 'attache: --max-file-size: expected a number of MB greater than 0; got "abc"'],
      [['build', CORPUS, '--max-file-size', '-5'], 'attache: --max-file-size: expected a number of MB greater than 0; got "-5"'],
      [['build', CORPUS, '--keep', 'abc'], 'attache: --keep: expected a whole number of editions, 0 or more; got "abc"'],
      [['build', CORPUS, '--keep', '1.5'], 'attache: --keep: expected a whole number of editions, 0 or more; got "1.5"'],
      [['build', CORPUS, '--keep', '-5'], 'attache: --keep: expected a whole number of editions, 0 or more; got "-5"'],
      [['watch', CORPUS, '--debounce', 'soon'], 'attache: --debounce: expected a whole number of milliseconds, 0 or more; got "soon"'],
      [['schedule', CORPUS, '--cron', '* * * * *', '--runs', '0'], 'attache: --runs: expected a whole number of runs, 1 or more; got "0"'],
      [['schedule', CORPUS, '--cron', '* * * * *', '--tz', 'Mars/Olympus'], 'attache: --tz: expected a time zone such as Europe/Paris, America/New_York or UTC; got "Mars/Olympus"'],
      [['build', CORPUS, '--paper', 'A3'], 'attache: --paper: expected one of a4, letter; got "A3"'],
    ] as const) {
      const r = run([...args, '--out', out]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(oneLine(r)).toBe(line);
      expect(r.stdout).toBe('');
    }
  });

  it('checks the options of the fetching commands with the same fields and wording, before anything is fetched', () => {
    const dir = tempDir();
    for (const [args, line] of [
      [['add', 'http://127.0.0.1:9/story', '--concurrency', '0'], 'attache: --concurrency: expected a whole number of requests, from 1 to 32; got "0"'],
      [['add', 'http://127.0.0.1:9/story', '--delay', 'soon'], 'attache: --delay: expected a number of seconds, from 0 to 3600; got "soon"'],
      [['feeds', 'poll', '--timeout', '0'], 'attache: --timeout: expected a number of seconds greater than 0 and at most 3600; got "0"'],
      [['feeds', 'add', 'http://127.0.0.1:9/rss', '--max-size', '-1'], 'attache: --max-size: expected a number of MB greater than 0 and at most 1024; got "-1"'],
      [['feeds', 'poll', '--match', '/[/'], 'attache: --match: not a valid regular expression /[/: Invalid regular expression: /[/: Unterminated character class'],
      [['watch', CORPUS, '--out', join(dir, 'o'), '--feeds', 'feeds.json', '--poll-interval', '0'], 'attache: --poll-interval: expected a number of seconds greater than 0 and at most 86400; got "0"'],
      [['schedule', CORPUS, '--out', join(dir, 'o'), '--cron', '* * * * *', '--feeds', 'feeds.json', '--concurrency', '1.5'], 'attache: --concurrency: expected a whole number of requests, from 1 to 32; got "1.5"'],
    ] as const) {
      const r = run([...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(oneLine(r)).toBe(line);
      expect(r.stdout).toBe('');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads choices in any case: --paper Letter --format MD --length FULL', () => {
    const out = tempDir();
    const r = run(['build', CORPUS, '--out', out, '--paper', 'Letter', '--format', 'MD', '--length', 'FULL', '--date', '2027-03-01', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, '.attache-manifest.json'), 'utf8')).toMatch(/"length": "full"[\s\S]*"outputs": \[\s*"brief\.md"\s*\]/);
  });

  it('suggests the command or option meant, and rejects unknown ones', () => {
    expect(oneLine(run(['biuld']))).toBe('attache: unknown command "biuld"; did you mean build?');
    expect(oneLine(run(['-q', 'shedule']))).toBe('attache: unknown command "shedule"; did you mean schedule?');
    expect(oneLine(run(['frobnicate']))).toBe('attache: unknown command "frobnicate"; the commands are build, watch, schedule, mail, add, feeds');
    expect(oneLine(run(['feeds', 'lsit']))).toBe('attache: unknown command "feeds lsit"; did you mean feeds list?');
    expect(oneLine(run(['feeds', 'frobnicate']))).toBe('attache: unknown command "feeds frobnicate"; the feeds commands are add, list, poll');
    expect(oneLine(run(['feeds']))).toBe('attache: name a feeds command: add, list, poll; see attache feeds --help');
    expect(oneLine(run(['add']))).toBe('attache: add: give the http(s) address of at least one article page; see attache add --help');
    expect(oneLine(run(['feeds', 'poll', '--dleay', '0']))).toBe('attache: unknown option --dleay for feeds poll; did you mean --delay?');
    expect(oneLine(run(['feeds', 'add', 'http://127.0.0.1:9/rss', '--nmae', 'x']))).toBe('attache: unknown option --nmae for feeds add; did you mean --name?');
    expect(oneLine(run(['add', 'http://127.0.0.1:9/story', '--corpsu', 'x']))).toBe('attache: unknown option --corpsu for add; did you mean --corpus?');
    expect(oneLine(run(['schedule', '--cron', '* * * * *', '--feed', 'f.json']))).toBe('attache: unknown option --feed for schedule; did you mean --feeds?');
    expect(oneLine(run(['build', '--ouut', 'x']))).toBe('attache: unknown option --ouut for build; did you mean --out?');
    expect(oneLine(run(['build', '--max-fil-size', '3']))).toBe('attache: unknown option --max-fil-size for build; did you mean --max-file-size?');
    expect(oneLine(run(['mail', '--tto', 'a@example.org']))).toBe('attache: unknown option --tto for mail; did you mean --to?');
    expect(oneLine(run(['build', '--zebra']))).toBe('attache: unknown option --zebra for build; see attache build --help');
    expect(oneLine(run(['build', 'a', 'b']))).toBe('attache: unexpected argument "b" for build; see attache build --help');
    for (const args of [['biuld'], ['build', '--ouut', 'x'], ['build', 'a', 'b'], []]) expect(run(args).code, args.join(' ')).toBe(2);
  });

  it('takes the short aliases -o, -f, -q, -c and -v', () => {
    const dir = tempDir();
    const r = run(['build', CORPUS, '-o', join(dir, 'o'), '-f', 'json', '-q', '-v', '--date', '2027-03-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 'o', 'brief.json'), 'utf8')).toContain('"asOf": "2027-03-01"');
    const c = run(['build', CORPUS, '-c', join(dir, 'nope.json')]);
    expect(oneLine(c)).toBe(`attache: --config: configuration file not found: ${join(dir, 'nope.json')}`);
  });
});

describe('results on stdout, everything else on stderr', () => {
  it('build: "wrote" on stdout, warnings on stderr; --quiet silences stderr only', () => {
    const out = tempDir();
    const r = run(['build', CORPUS, '--out', out, '-f', 'md,json', '--date', '2027-03-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^wrote ${out}/brief\\.json, ${out}/brief\\.md from 5 sources in \\d+ ms\\n$`));
    expect(r.stderr).toMatch(/^warning: /m);
    expect(r.stderr).not.toContain('wrote');
    const again = run(['build', CORPUS, '--out', out, '-f', 'md,json', '--date', '2027-03-01', '--if-changed', '--quiet']);
    expect(again).toEqual({ code: 0, stdout: `unchanged: ${out}\n`, stderr: '' });
  });
});

describe('exit codes', () => {
  it('are listed by --help and by each command\'s --help', () => {
    for (const args of [['--help'], ['build', '--help'], ['mail', '--help'], ['schedule', '--help']]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Exit codes:');
      for (const [code, meaning] of EXIT_CODES) expect(r.stdout.replace(/\s+/g, ' '), `${args} ${code}`).toContain(`${code} ${meaning}`);
      expect(r.stdout).toContain('ATTACHE_OUT');
    }
    for (const args of [['add', '--help'], ['feeds', 'poll', '--help'], ['feeds', 'add', '--help']]) {
      const r = run(args);
      expect(r.code).toBe(0);
      for (const [code, meaning] of EXIT_CODES) expect(r.stdout.replace(/\s+/g, ' '), `${args} ${code}`).toContain(`${code} ${meaning}`);
      expect(r.stdout).toContain('ATTACHE_CONTACT');
    }
  });

  it('are the README\'s table, row for row', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Exit codes'), readme.indexOf('\n## ', readme.indexOf('## Exit codes') + 1));
    const rows = [...table.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(rows).toEqual(EXIT_CODES.map(([code, meaning]) => [code, meaning]));
  });

  it('1 for a problem with a file, 2 for a bad option, 75 when the output folder is busy', () => {
    expect(run(['build', join(tempDir(), 'missing')]).code).toBe(1);
    expect(run(['build', '--format', 'docx']).code).toBe(2);
    const out = tempDir();
    mkdirSync(join(out, '.attache.lock'));
    const busy = run(['build', CORPUS, '--out', out]);
    expect(busy.code).toBe(75);
    expect(oneLine(busy)).toContain('another build is writing this output folder');
  });
});
