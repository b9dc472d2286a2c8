import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneLine, run, runAsync } from '../helpers/cli.js';
import { ROOT, tempDir } from '../helpers/run.js';
import { startSmtp, TEST_CA, type TestSmtp } from '../helpers/smtp.js';

const CORPUS = join(ROOT, 'test/fixtures/corpora/baltic-visit/articles');
const SECRET = 'p@ss word 7';
/** The test server offers STARTTLS with a test certificate: trusted as a user would trust theirs. */
const TRUST = { NODE_EXTRA_CA_CERTS: TEST_CA };

describe('attache mail: where the server, the password and the recipients come from', () => {
  let out: string;
  let smtp: TestSmtp;

  beforeAll(async () => {
    out = tempDir();
    const r = run(['build', CORPUS, '--out', out, '-f', 'md,json', '--date', '2027-03-01', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    smtp = await startSmtp({ auth: { user: 'desk', pass: SECRET } });
  });

  afterAll(async () => {
    await smtp?.close();
  });

  it('logs in with ATTACHE_SMTP_PASSWORD, sends to ATTACHE_MAIL_TO, prints the result on stdout and never the password', async () => {
    const before = smtp.messages.length;
    const r = await runAsync(['mail', '--out', out, '--smtp', `smtp://desk@127.0.0.1:${smtp.port}`, '--allow-insecure-auth'], {
      env: { ...TRUST, ATTACHE_SMTP_PASSWORD: SECRET, ATTACHE_MAIL_TO: 'analyst@example.org', ATTACHE_MAIL_FROM: 'briefs@example.org' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^sent ".*" to analyst@example\\.org via smtp://desk:\\*\\*\\*@127\\.0\\.0\\.1:${smtp.port}\\n$`));
    expect(r.stdout).not.toContain(SECRET);
    expect(smtp.messages).toHaveLength(before + 1);
    expect(smtp.messages.at(-1)).toMatchObject({ user: 'desk', from: 'briefs@example.org', to: ['analyst@example.org'] });
  });

  it('takes the server and the password from the configuration file', async () => {
    const project = tempDir('attache-project-');
    writeFileSync(join(project, 'attache.config.json'), JSON.stringify({ out, mail: { to: 'desk@example.org' }, smtp: { url: `smtp://desk@127.0.0.1:${smtp.port}`, password: SECRET } }));
    const before = smtp.messages.length;
    const r = await runAsync(['mail'], { cwd: project, env: TRUST });
    expect(r.code, r.stderr).toBe(0);
    expect(smtp.messages).toHaveLength(before + 1);
    expect(smtp.messages.at(-1)!.user).toBe('desk');
    // A wrong password is refused; the line names the server, not the password.
    writeFileSync(join(project, 'attache.config.json'), JSON.stringify({ out, mail: { to: 'desk@example.org' }, smtp: { url: `smtp://desk@127.0.0.1:${smtp.port}`, password: 'hunter2' } }));
    const bad = await runAsync(['mail'], { cwd: project, env: TRUST });
    // Refused by the mail server: exit 69, as every delivery failure.
    expect(bad.code).toBe(69);
    expect(oneLine(bad)).toMatch(new RegExp(`^attache: smtp://desk:\\*\\*\\*@127\\.0\\.0\\.1:${smtp.port}: could not send: login refused`));
    expect(bad.stderr + bad.stdout).not.toContain('hunter2');
  });

  it('has no --password flag, and --eml on the command line wins over a server in the environment', () => {
    const r = run(['mail', '--out', out, '--to', 'desk@example.org', '--password', SECRET, '--eml', join(tempDir(), 'x.eml')]);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toBe('attache: unknown option --password for mail; see attache mail --help');
    const eml = join(tempDir(), 'brief.eml');
    const w = run(['mail', '--out', out, '--eml', eml], { env: { ATTACHE_SMTP_URL: 'smtp://127.0.0.1:1', ATTACHE_MAIL_TO: 'desk@example.org' } });
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toMatch(/^wrote .*brief\.eml: /);
    // The build wrote no PDF, so none is attached and none is asked for.
    expect(readFileSync(eml, 'latin1')).not.toContain('application/pdf');
  });
});
