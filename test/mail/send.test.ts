import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { composeMail, type ComposedMail } from '../../src/mail/compose.js';
import { EXIT_UNAVAILABLE, parseSmtpUrl, redact, sendSmtp } from '../../src/mail/send.js';
import { closedPort, silentServer, startSmtp, TEST_CA, type TestSmtp } from '../helpers/smtp.js';
import { sampleBrief } from './sample.js';

const CA = readFileSync(TEST_CA);

async function message(to = ['desk@example.org']): Promise<ComposedMail> {
  return composeMail({
    brief: sampleBrief(),
    markdown: Buffer.from('# brief\n'),
    pdf: Buffer.from('%PDF-1.4\n%%EOF\n'),
    from: { name: '', address: 'attache@localhost' },
    to: to.map((address) => ({ name: '', address })),
  });
}

async function failure(p: Promise<unknown>): Promise<AttacheError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AttacheError);
    return e as AttacheError;
  }
  throw new Error('expected an AttacheError');
}

describe('parseSmtpUrl', () => {
  it('reads scheme, host, port and login', () => {
    expect(parseSmtpUrl('smtp://127.0.0.1:2525')).toEqual({ secure: false, host: '127.0.0.1', port: 2525, user: null, pass: null, display: 'smtp://127.0.0.1:2525' });
    expect(parseSmtpUrl('smtps://me%40x.org:p%3Ass@mail.example.org')).toEqual({
      secure: true,
      host: 'mail.example.org',
      port: 465,
      user: 'me@x.org',
      pass: 'p:ss',
      display: 'smtps://me%40x.org:***@mail.example.org',
    });
    expect(parseSmtpUrl('smtp://[::1]').host).toBe('::1');
    expect(parseSmtpUrl('smtp://mail.example.org/').port).toBe(587);
  });

  it('rejects other URLs with an error naming --smtp that never shows the password', () => {
    for (const bad of ['mail.example.org', 'http://u:hunter2@x', 'smtp://', 'smtp://x/path', 'smtp://x?pool=true', 'smtp://:hunter2@x']) {
      let e: unknown;
      try {
        parseSmtpUrl(bad);
      } catch (err) {
        e = err;
      }
      expect(e, bad).toBeInstanceOf(AttacheError);
      expect((e as AttacheError).file).toBe('--smtp');
      expect((e as AttacheError).line).not.toContain('hunter2');
    }
    expect(redact('smtp://u:hunter2@h:25')).toBe('smtp://u:***@h:25');
  });
});

describe('sendSmtp', () => {
  let server: TestSmtp | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('delivers the composed message as is, envelope included', async () => {
    server = await startSmtp();
    const m = await message(['desk@example.org', 'jane@example.org']);
    const r = await sendSmtp(parseSmtpUrl(server.url), m);
    expect(r.accepted).toEqual(['desk@example.org', 'jane@example.org']);
    expect(server.messages).toHaveLength(1);
    const got = server.messages[0]!;
    expect(got.from).toBe('attache@localhost');
    expect(got.to).toEqual(['desk@example.org', 'jane@example.org']);
    expect(got.raw.toString('latin1').trimEnd()).toBe(m.raw.toString('latin1').trimEnd());
    expect((await simpleParser(got.raw)).attachments.map((a) => a.filename)).toEqual(['chancellors-official-visit-to-norland-2031-03-02.pdf', 'chancellors-official-visit-to-norland-2031-03-02.md']);
  });

  it('logs in with the user and password of the URL, over STARTTLS', async () => {
    server = await startSmtp({ auth: { user: 'desk', pass: 's3cret:x' } });
    await sendSmtp(parseSmtpUrl(`smtp://desk:s3cret%3Ax@127.0.0.1:${server.port}`), await message(), { ca: CA });
    expect(server.messages[0]!.user).toBe('desk');
    expect(server.logins).toEqual([{ user: 'desk', encrypted: true }]);
    const e = await failure(sendSmtp(parseSmtpUrl(`smtp://desk:wrong@127.0.0.1:${server.port}`), await message(), { ca: CA }));
    expect(e.line).toMatch(/^smtp:\/\/desk:\*\*\*@127\.0\.0\.1:\d+: could not send: login refused: the server at 127\.0\.0\.1:\d+ did not accept the password for user "desk"/);
    expect(e.line).not.toContain('wrong');
    expect(e.exitCode).toBe(EXIT_UNAVAILABLE);
  });

  it('takes the password from the caller (environment or config) over the URL\'s', async () => {
    server = await startSmtp({ auth: { user: 'desk', pass: 'from-env' } });
    const target = parseSmtpUrl(`smtp://desk:stale@127.0.0.1:${server.port}`, { password: 'from-env' });
    expect(target.display).toBe(`smtp://desk:***@127.0.0.1:${server.port}`);
    await sendSmtp(target, await message(), { ca: CA });
    expect(server.messages[0]!.user).toBe('desk');
    expect(parseSmtpUrl('smtp://desk@mail.example.org', { password: 'p' }).pass).toBe('p');
    expect(() => parseSmtpUrl('smtp://mail.example.org', { password: 'hunter2' })).toThrow(/names no user/);
  });
  it('fails when the server refuses a recipient, saying which', async () => {
    server = await startSmtp({ refuse: ['gone@example.org'] });
    const e = await failure(sendSmtp(parseSmtpUrl(server.url), await message(['desk@example.org', 'gone@example.org'])));
    expect(e.line).toContain('sent to desk@example.org, but the server refused gone@example.org');
    const all = await failure(sendSmtp(parseSmtpUrl(server.url), await message(['gone@example.org'])));
    expect(all.line).toContain('gone@example.org');
    expect(all.line).not.toContain('\n');
  });

  it('reports a closed port at once', async () => {
    const port = await closedPort();
    const started = Date.now();
    const e = await failure(sendSmtp(parseSmtpUrl(`smtp://127.0.0.1:${port}`), await message()));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(e.line).toBe(`smtp://127.0.0.1:${port}: could not send: the server at 127.0.0.1:${port} refused the connection (nothing listens on port ${port}); check the host and port`);
    expect(e.exitCode).toBe(EXIT_UNAVAILABLE);
  });

  it('gives up on a server that never greets within its timeout', async () => {
    const silent = await silentServer();
    try {
      const started = Date.now();
      const e = await failure(sendSmtp(parseSmtpUrl(`smtp://127.0.0.1:${silent.port}`), await message(), { timeouts: { connect: 500, greeting: 500, idle: 500 } }));
      const ms = Date.now() - started;
      expect(ms).toBeGreaterThanOrEqual(400);
      expect(ms).toBeLessThan(5_000);
      expect(e.line).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+: could not send: the server at 127\.0\.0\.1:\d+ did not answer in time \(waited at most 1 s/);
      expect(e.line).not.toContain('\n');
    } finally {
      await silent.close();
    }
  });
});

describe('sendSmtp never sends a password in clear', () => {
  const servers: TestSmtp[] = [];
  const start = async (opts: Parameters<typeof startSmtp>[0]) => {
    const s = await startSmtp(opts);
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const AUTH = { user: 'desk', pass: 'hunter2-secret' };
  const RAW_TLS = /SSL routines|EPROTO|error:0A|wrong version number|ERR_|DEPTH_ZERO/;

  it('refuses to log in when the server offers no STARTTLS: the server never sees AUTH', async () => {
    const s = await start({ auth: AUTH, tls: 'none' });
    const e = await failure(sendSmtp(parseSmtpUrl(`smtp://desk:hunter2-secret@127.0.0.1:${s.port}`), await message()));
    expect(s.logins).toEqual([]);
    expect(s.messages).toEqual([]);
    expect(e.line).toBe(
      `smtp://desk:***@127.0.0.1:${s.port}: could not send: the server at 127.0.0.1:${s.port} offers no encryption (STARTTLS), so the password was not sent; ` +
        'use smtps:// or a server with STARTTLS, or --allow-insecure-auth on a trusted network',
    );
    expect(e.exitCode).toBe(EXIT_UNAVAILABLE);
  });

  it('logs in over the plain connection only when allowInsecureAuth says so', async () => {
    const s = await start({ auth: AUTH, tls: 'none' });
    await sendSmtp(parseSmtpUrl(`smtp://desk:hunter2-secret@127.0.0.1:${s.port}`), await message(), { allowInsecureAuth: true });
    expect(s.logins).toEqual([{ user: 'desk', encrypted: false }]);
    expect(s.messages).toHaveLength(1);
  });

  it('still sends without a login to a plain server (nothing secret goes out)', async () => {
    const s = await start({ tls: 'none' });
    await sendSmtp(parseSmtpUrl(s.url), await message());
    expect(s.messages).toHaveLength(1);
  });

  it('logs in over TLS from the first byte with smtps://', async () => {
    const s = await start({ auth: AUTH, tls: 'implicit' });
    await sendSmtp(parseSmtpUrl(`smtps://desk:hunter2-secret@127.0.0.1:${s.port}`), await message(), { ca: CA });
    expect(s.logins).toEqual([{ user: 'desk', encrypted: true }]);
    expect(s.messages).toHaveLength(1);
  });

  it('says in words that smtps:// reached a port that does not speak TLS', async () => {
    const s = await start({ auth: AUTH, tls: 'none' });
    const e = await failure(sendSmtp(parseSmtpUrl(`smtps://desk:hunter2-secret@127.0.0.1:${s.port}`), await message(), { timeouts: { connect: 3000, greeting: 3000, idle: 3000 } }));
    expect(s.logins).toEqual([]);
    expect(e.line).toBe(
      `smtps://desk:***@127.0.0.1:${s.port}: could not send: 127.0.0.1:${s.port} does not speak TLS on port ${s.port}; ` +
        "use smtp:// there (it switches to encryption with STARTTLS), or the server's smtps:// port (usually 465)",
    );
    expect(e.line).not.toMatch(RAW_TLS);
  });

  it('refuses a self-signed certificate it was not told to trust, before any login', async () => {
    for (const tls of ['starttls', 'implicit'] as const) {
      const s = await start({ auth: AUTH, tls });
      const scheme = tls === 'implicit' ? 'smtps' : 'smtp';
      const e = await failure(sendSmtp(parseSmtpUrl(`${scheme}://desk:hunter2-secret@127.0.0.1:${s.port}`), await message()));
      expect(s.logins, tls).toEqual([]);
      expect(e.line, tls).toBe(
        `${scheme}://desk:***@127.0.0.1:${s.port}: could not send: the server at 127.0.0.1:${s.port} presented a certificate that no trusted authority signed ` +
          '(a self-signed or private certificate); if you trust it, name its authority with NODE_EXTRA_CA_CERTS=/path/to/ca.pem',
      );
      expect(e.line).not.toMatch(RAW_TLS);
    }
  });

  it('refuses a certificate made out to another name', async () => {
    const s = await start({ auth: AUTH, tls: 'starttls', cert: 'other-name' });
    const e = await failure(sendSmtp(parseSmtpUrl(`smtp://desk:hunter2-secret@127.0.0.1:${s.port}`), await message(), { ca: readFileSync(TEST_CA.replace('localhost', 'other-name')) }));
    expect(s.logins).toEqual([]);
    expect(e.line).toBe(
      `smtp://desk:***@127.0.0.1:${s.port}: could not send: the server at 127.0.0.1:${s.port} presented a certificate for another name (mail.other-name.test); ` +
        'connect to the name on the certificate',
    );
  });

  it('never prints the password, whatever fails', async () => {
    const port = await closedPort();
    const lines = [
      (await failure(sendSmtp(parseSmtpUrl(`smtp://desk:hunter2-secret@127.0.0.1:${port}`), await message()))).line,
      (await failure(sendSmtp(parseSmtpUrl(`smtps://desk:hunter2-secret@127.0.0.1:${port}`, { password: 'other-secret' }), await message()))).line,
    ];
    for (const l of lines) {
      expect(l).not.toContain('hunter2');
      expect(l).not.toContain('other-secret');
      expect(l).toContain('desk:***@');
    }
  });
});
