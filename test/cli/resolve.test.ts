import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_COMMAND } from '../../src/cli/commands/build-options.js';
import { MAIL_COMMAND } from '../../src/cli/commands/mail-options.js';
import { CONFIG_KEYS } from '../../src/cli/commands/specs.js';
import { SCHEDULE_COMMAND } from '../../src/cli/commands/unattended-options.js';
import { resolveOptions } from '../../src/cli/resolve.js';
import { AttacheError } from '../../src/errors.js';
import { tempDir } from '../helpers/run.js';

/** A project folder with an attache.config.json (or none) and a subfolder to run from. */
function project(config?: unknown, name = 'attache.config.json') {
  const root = tempDir('attache-project-');
  mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
  if (config !== undefined) writeFileSync(join(root, name), typeof config === 'string' ? config : JSON.stringify(config));
  return root;
}

const build = (cwd: string, flags: Record<string, unknown> = {}, env: Record<string, string> = {}) =>
  resolveOptions(BUILD_COMMAND, { flags, env, cwd, configKeys: CONFIG_KEYS });

function failure(fn: () => unknown): AttacheError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AttacheError) return e;
    throw e;
  }
  throw new Error('expected an AttacheError');
}

describe('option layers: flags over environment over file over defaults', () => {
  it('uses the defaults when nothing is set', () => {
    const o = build(project());
    expect(o).toMatchObject({ corpus: 'corpus', out: 'out', formats: ['pdf', 'md', 'json'], paper: 'A4', length: 'standard', marking: null, keep: 5, maxFileBytes: 10 * 1024 * 1024, quiet: false });
  });

  it('each layer overrides the one below it, option by option', () => {
    const root = project({ out: 'from-file', length: 'short', keep: 2, marking: 'FILE', paper: 'letter' });
    const file = build(root);
    expect(file).toMatchObject({ out: 'from-file', length: 'short', keep: 2, marking: 'FILE', paper: 'LETTER' });
    const env = build(root, {}, { ATTACHE_OUT: 'from-env', ATTACHE_LENGTH: 'full' });
    expect(env).toMatchObject({ out: 'from-env', length: 'full', keep: 2, marking: 'FILE' });
    const flags = build(root, { out: 'from-flag', keep: '0' }, { ATTACHE_OUT: 'from-env', ATTACHE_LENGTH: 'full' });
    expect(flags).toMatchObject({ out: 'from-flag', length: 'full', keep: 0, marking: 'FILE' });
  });

  it('an empty variable counts as unset; an empty --marking clears the file\'s', () => {
    const root = project({ marking: 'FILE', out: 'from-file' });
    expect(build(root, {}, { ATTACHE_OUT: '' }).out).toBe('from-file');
    expect(build(root, { marking: '' }).marking).toBeNull();
  });

  it('finds the file from the working folder upward, and reads its paths from its own folder', () => {
    const root = project({ corpus: 'news', out: 'briefs', templates: '/abs/templates' });
    const o = build(join(root, 'sub', 'deeper'));
    expect(o.corpus).toBe(join(root, 'news'));
    expect(o.out).toBe(join(root, 'briefs'));
    expect(o.templates).toBe('/abs/templates');
    // Next to the file, the paths stay as written.
    expect(build(root).out).toBe('briefs');
    // A flag's path is the user's, relative to where they are.
    expect(build(join(root, 'sub'), { out: 'here' }).out).toBe('here');
  });

  it('reads the "attache" key of a package.json, and skips a package.json without one', () => {
    const root = project({ name: 'x', attache: { format: 'md' } }, 'package.json');
    writeFileSync(join(root, 'sub', 'package.json'), JSON.stringify({ name: 'inner' }));
    expect(build(join(root, 'sub')).formats).toEqual(['md']);
    const bad = failure(() => build(project({ name: 'x', attache: { length: 'long' } }, 'package.json')));
    expect(bad.line).toBe('package.json: "attache.length": expected one of short, standard, full; got "long"');
  });

  it('takes --config or ATTACHE_CONFIG instead of searching', () => {
    const root = project({ out: 'searched' });
    writeFileSync(join(root, 'other.json'), JSON.stringify({ out: 'explicit' }));
    expect(build(root, { config: 'other.json' }).out).toBe('explicit');
    expect(build(root, {}, { ATTACHE_CONFIG: join(root, 'other.json') }).out).toBe('explicit');
    expect(failure(() => build(root, { config: 'missing.json' })).line).toBe('--config: configuration file not found: missing.json');
  });
});

describe('one line naming where a bad value came from', () => {
  it('names the flag, the variable or the file and key', () => {
    const root = project({ length: 'long' });
    expect(failure(() => build(root)).line).toBe('attache.config.json: "length": expected one of short, standard, full; got "long"');
    expect(failure(() => build(root, {}, { ATTACHE_LENGTH: 'medium' })).line).toBe('ATTACHE_LENGTH: expected one of short, standard, full; got "medium"');
    expect(failure(() => build(root, { length: 'tiny' })).line).toBe('--length: expected one of short, standard, full; got "tiny"');
    expect(failure(() => build(root, { length: 'tiny' })).exitCode).toBe(2);
  });

  it('rejects unknown keys with a suggestion, JSON that does not parse, and a file that is not an object', () => {
    expect(failure(() => build(project({ lenght: 'short' }))).line).toBe('attache.config.json: "lenght": unknown key; did you mean "length"?');
    expect(failure(() => build(project({ mail: { too: 'a@example.org' } }))).line).toBe('attache.config.json: "mail.too": unknown key; did you mean "mail.to"?');
    expect(failure(() => build(project({ zzz: 1 }))).line).toMatch(/^attache\.config\.json: "zzz": unknown key; known keys: .*corpus.*/);
    expect(failure(() => build(project('{ "out": '))).line).toMatch(/^attache\.config\.json: not valid JSON: /);
    expect(failure(() => build(project('[1, 2]'))).line).toMatch(/^attache\.config\.json: expected an object of options/);
    expect(failure(() => build(project({ mail: 'desk@example.org' }))).line).toMatch(/^attache\.config\.json: "mail": expected an object of options/);
  });

  it('checks numbers whatever layer they come from', () => {
    const root = project();
    for (const [flags, line] of [
      [{ keep: 'abc' }, '--keep: expected a whole number of editions, 0 or more; got "abc"'],
      [{ keep: '1.5' }, '--keep: expected a whole number of editions, 0 or more; got "1.5"'],
      [{ keep: '-5' }, '--keep: expected a whole number of editions, 0 or more; got "-5"'],
      [{ 'max-file-size': 'abc' }, '--max-file-size: expected a number of MB greater than 0; got "abc"'],
      [{ 'max-file-size': '-5' }, '--max-file-size: expected a number of MB greater than 0; got "-5"'],
    ] as const) expect(failure(() => build(root, flags)).line).toBe(line);
    expect(failure(() => build(project({ keep: 1.5 }))).line).toBe('attache.config.json: "keep": expected a whole number of editions, 0 or more; got 1.5');
    expect(build(root, { 'max-file-size': '0.5' }).maxFileBytes).toBe(524288);
  });

  it('reads enums and formats in any case', () => {
    const o = build(project(), { paper: 'Letter', format: 'MD,Json', length: 'FULL' });
    expect(o).toMatchObject({ paper: 'LETTER', formats: ['md', 'json'], length: 'full' });
    expect(build(project({ format: ['JSON', 'pdf'] })).formats).toEqual(['pdf', 'json']);
  });
});

describe('schedule and mail options', () => {
  it('checks the cron expression and the time zone, from the file too', () => {
    const root = project({ schedule: { cron: '*/5 * * * *', tz: 'Asia/Kolkata' } });
    expect(resolveOptions(SCHEDULE_COMMAND, { flags: {}, env: {}, cwd: root, configKeys: CONFIG_KEYS })).toMatchObject({ cron: '*/5 * * * *', tz: 'Asia/Kolkata' });
    const bad = project({ schedule: { cron: '*/5 * * * *', tz: 'Mars/Olympus' } });
    expect(failure(() => resolveOptions(SCHEDULE_COMMAND, { flags: {}, env: {}, cwd: bad, configKeys: CONFIG_KEYS })).line).toMatch(/^attache\.config\.json: "schedule\.tz": expected a time zone/);
    expect(failure(() => resolveOptions(SCHEDULE_COMMAND, { flags: {}, env: {}, cwd: project(), configKeys: CONFIG_KEYS })).line).toMatch(/^--cron: required: give --cron, or put "schedule.cron" in attache\.config\.json$/);
  });

  it('takes the SMTP password from the environment or the file, never from a flag, and never shows it', () => {
    const mail = (cwd: string, flags: Record<string, unknown>, env: Record<string, string> = {}) => resolveOptions(MAIL_COMMAND, { flags, env, cwd, configKeys: CONFIG_KEYS });
    const fromEnv = mail(project(), { to: 'desk@example.org', smtp: 'smtp://desk@mail.example.org' }, { ATTACHE_SMTP_PASSWORD: 'hunter2' });
    expect(fromEnv.target).toMatchObject({ kind: 'smtp', smtp: { user: 'desk', pass: 'hunter2', display: 'smtp://desk:***@mail.example.org' }, allowInsecureAuth: false });
    const root = project({ mail: { to: ['a@example.org', 'b@example.org'] }, smtp: { url: 'smtps://desk@mail.example.org', password: 's3cret', 'allow-insecure-auth': true } });
    const fromFile = mail(root, {});
    expect(fromFile.to.map((a) => a.address)).toEqual(['a@example.org', 'b@example.org']);
    expect(fromFile.target).toMatchObject({ kind: 'smtp', smtp: { pass: 's3cret', secure: true }, allowInsecureAuth: true });
    // --eml on the command line wins over a server set lower down.
    expect(mail(root, { eml: 'x.eml' }).target).toEqual({ kind: 'eml', path: 'x.eml' });
    const wrong = failure(() => mail(project({ smtp: { url: 'https://desk@mail.example.org', password: 'hunter2' } }), { to: 'desk@example.org' }));
    expect(wrong.line).toMatch(/^attache\.config\.json: "smtp\.url": unsupported scheme "https"/);
    expect(wrong.line).not.toContain('hunter2');
    expect(failure(() => mail(project({ smtp: { password: 42 } }), { to: 'd@example.org', eml: 'x' })).line).toBe('attache.config.json: "smtp.password": expected text');
    expect(failure(() => mail(project(), { to: 'desk@', eml: 'x' }, {})).line).toMatch(/^--to: "desk@" is not an e-mail address/);
    expect(failure(() => mail(project(), { eml: 'x' }, { ATTACHE_MAIL_TO: 'nobody' })).line).toMatch(/^ATTACHE_MAIL_TO: "nobody" is not an e-mail address/);
  });
});
