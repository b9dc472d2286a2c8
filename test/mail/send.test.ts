import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { AttacheError } from '../../src/errors.js';
import { composeMail, type ComposedMail } from '../../src/mail/compose.js';
import { parseSmtpUrl, redact, sendSmtp } from '../../src/mail/send.js';
import { closedPort, silentServer, startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { sampleBrief } from './sample.js';

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

  it('logs in with the user and password of the URL', async () => {
    server = await startSmtp({ auth: { user: 'desk', pass: 's3cret:x' } });
    await sendSmtp(parseSmtpUrl(`smtp://desk:s3cret%3Ax@127.0.0.1:${server.port}`), await message());
    expect(server.messages[0]!.user).toBe('desk');
    const e = await failure(sendSmtp(parseSmtpUrl(`smtp://desk:wrong@127.0.0.1:${server.port}`), await message()));
    expect(e.line).toMatch(/^smtp:\/\/desk:\*\*\*@127\.0\.0\.1:\d+: could not send: login refused/);
    expect(e.line).not.toContain('wrong');
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
    expect(e.line).toBe(`smtp://127.0.0.1:${port}: could not send: connection refused (connect ECONNREFUSED 127.0.0.1:${port})`);
  });

  it('gives up on a server that never greets within its timeout', async () => {
    const silent = await silentServer();
    try {
      const started = Date.now();
      const e = await failure(sendSmtp(parseSmtpUrl(`smtp://127.0.0.1:${silent.port}`), await message(), { connect: 500, greeting: 500, idle: 500 }));
      const ms = Date.now() - started;
      expect(ms).toBeGreaterThanOrEqual(400);
      expect(ms).toBeLessThan(5_000);
      expect(e.line).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+: could not send: no answer in time/);
      expect(e.line).not.toContain('\n');
    } finally {
      await silent.close();
    }
  });
});
