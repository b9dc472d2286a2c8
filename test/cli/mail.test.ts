import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attache, tempDir } from '../helpers/run.js';
import { attacheAsync, closedPort, startSmtp, type TestSmtp } from '../helpers/smtp.js';

/** Attachments are named after the brief: its title as a slug, and the as-of day. */
const NAME = 'putins-state-visit-to-india-4-5-december-2025-2025-12-01';

const addresses = (a: AddressObject | AddressObject[] | undefined) => [a ?? []].flat().flatMap((o) => o.value.map((v) => v.address));

/** The only line a failing command prints. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines, stderr).toHaveLength(1);
  return lines[0]!;
}

describe('attache mail', () => {
  let out: string;
  let md: Buffer;
  let pdf: Buffer;
  let smtp: TestSmtp;

  beforeAll(async () => {
    out = tempDir();
    const r = attache(['build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    md = readFileSync(join(out, 'brief.md'));
    pdf = readFileSync(join(out, 'brief.pdf'));
    smtp = await startSmtp({ auth: { user: 'desk', pass: 'p@ss word' } });
  });

  afterAll(async () => {
    await smtp?.close();
  });

  async function sendAndReceive(args: string[]): Promise<ParsedMail> {
    const before = smtp.messages.length;
    const r = await attacheAsync(['mail', '--out', out, '--smtp', smtp.url, ...args]);
    expect(r.stdout).toMatch(/^sent "/);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(smtp.messages).toHaveLength(before + 1);
    return simpleParser(smtp.messages.at(-1)!.raw);
  }

  it('sends the brief through a real SMTP server: headers, body and both attachments', async () => {
    const mail = await sendAndReceive(['--to', 'desk@example.org, "Doe, Jane" <jane@example.org>', '--from', 'Attaché <brief@example.org>']);
    const got = smtp.messages.at(-1)!;
    expect(got.from).toBe('brief@example.org');
    expect(got.to).toEqual(['desk@example.org', 'jane@example.org']);
    expect(addresses(mail.to)).toEqual(['desk@example.org', 'jane@example.org']);
    expect(mail.from?.value).toEqual([{ address: 'brief@example.org', name: 'Attaché' }]);
    expect(mail.subject).toBe('Putin’s state visit to India, 4–5 December 2025 (as of 1 December 2025)');
    expect(mail.date?.toISOString()).toBe('2025-12-01T00:00:00.000Z');

    const text = mail.text ?? '';
    expect(text).toContain('Key facts');
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('Narendra Modi');
    expect(text).toContain('Overview');
    // A statement several outlets make is cited to each of them.
    expect(text).toMatch(/(?:\[\d\]){3,}/);
    for (const line of text.split(/\r?\n/)) expect(line.length, line).toBeLessThanOrEqual(78);

    expect(mail.html).toContain('Source discrepancies');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`${NAME}.pdf`, 'application/pdf'],
      [`${NAME}.md`, 'text/markdown'],
    ]);
    expect(mail.attachments[0]!.content.equals(pdf)).toBe(true);
    expect(mail.attachments[1]!.content.equals(md)).toBe(true);
  });

  it('leaves the PDF out with --no-pdf, takes --subject, and defaults --from to attache@localhost', async () => {
    const mail = await sendAndReceive(['--to', 'desk@example.org', '--no-pdf', '--subject', 'Putin visit: read before Thursday']);
    expect(mail.subject).toBe('Putin visit: read before Thursday');
    expect(mail.from?.value).toEqual([{ address: 'attache@localhost', name: '' }]);
    expect(smtp.messages.at(-1)!.from).toBe('attache@localhost');
    expect(mail.attachments.map((a) => a.filename)).toEqual([`${NAME}.md`]);
  });

  it('logs in with the user and password of the URL, and says nothing with --quiet', async () => {
    const before = smtp.messages.length;
    const url = `smtp://desk:p%40ss%20word@127.0.0.1:${smtp.port}`;
    const r = await attacheAsync(['mail', '--out', out, '--smtp', url, '--to', 'desk@example.org', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(smtp.messages).toHaveLength(before + 1);
    expect(smtp.messages.at(-1)!.user).toBe('desk');

    const bad = await attacheAsync(['mail', '--out', out, '--smtp', `smtp://desk:hunter2@127.0.0.1:${smtp.port}`, '--to', 'desk@example.org']);
    expect(bad.code).not.toBe(0);
    expect(oneLine(bad.stderr)).toMatch(/^attache: smtp:\/\/desk:\*\*\*@127\.0\.0\.1:\d+: could not send: login refused/);
    expect(bad.stderr).not.toContain('hunter2');
    expect(smtp.messages).toHaveLength(before + 1);
  });

  it('writes a parseable .eml that is the same on every run but for the Message-ID', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.eml');
    const b = join(dir, 'nested', 'b.eml');
    const r1 = attache(['mail', '--out', out, '--to', 'desk@example.org', '--eml', a]);
    expect(r1.code).toBe(0);
    expect(r1.stdout).toMatch(/^wrote .*a\.eml: "Putin’s state visit to India, 4–5 December 2025 \(as of 1 December 2025\)" for desk@example\.org/);
    expect(attache(['mail', '--out', out, '--to', 'desk@example.org', '--eml', b, '--quiet']).code).toBe(0);
    const strip = (p: string) => readFileSync(p, 'latin1').replace(/^Message-ID: .*\r\n/m, '');
    expect(strip(a)).toBe(strip(b));
    expect(readdirSync(dir).sort()).toEqual(['a.eml', 'nested']);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['b.eml']);

    const mail = await simpleParser(readFileSync(a));
    expect(addresses(mail.to)).toEqual(['desk@example.org']);
    expect(mail.messageId).toMatch(/^<.+@localhost>$/);
    expect(mail.text).toContain('Key facts');
    expect(mail.attachments.map((x) => x.filename)).toEqual([`${NAME}.pdf`, `${NAME}.md`]);
    expect(mail.attachments[1]!.content.equals(md)).toBe(true);
  });

  it('rejects a bad address with one line naming the option, and sends nothing', async () => {
    const before = smtp.messages.length;
    for (const [opt, value] of [
      ['--to', 'not-an-address'],
      ['--to', 'desk@example.org,jane@'],
      ['--from', 'attache'],
    ] as const) {
      const args = ['mail', '--out', out, '--smtp', smtp.url, '--to', 'desk@example.org', opt, value];
      const r = await attacheAsync(args);
      expect(r.code, value).toBe(2);
      expect(oneLine(r.stderr)).toMatch(new RegExp(`^attache: ${opt}: ".*" is not an e-mail address`));
    }
    expect(smtp.messages).toHaveLength(before);
  });

  it('fails on an unreachable server with one line, quickly', async () => {
    const port = await closedPort();
    const r = await attacheAsync(['mail', '--out', out, '--to', 'desk@example.org', '--smtp', `smtp://127.0.0.1:${port}`], { timeoutMs: 20_000 });
    expect(r.code).toBe(69);
    expect(oneLine(r.stderr)).toBe(`attache: smtp://127.0.0.1:${port}: could not send: the server at 127.0.0.1:${port} refused the connection (nothing listens on port ${port}); check the host and port`);
    expect(r.ms).toBeLessThan(15_000);
  });

  it('asks for exactly one of --eml and --smtp, and for --to', () => {
    const eml = join(tempDir(), 'x.eml');
    for (const args of [[], ['--eml', eml, '--smtp', 'smtp://127.0.0.1:1']]) {
      const r = attache(['mail', '--out', out, '--to', 'desk@example.org', ...args]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe('attache: give exactly one of --eml FILE (write the message to a file) or --smtp URL (send it)');
    }
    const r = attache(['mail', '--out', out, '--eml', eml]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^attache: .*\bto\b/);
    const bad = attache(['mail', '--out', out, '--to', 'desk@example.org', '--smtp', 'https://u:hunter2@mail.example.org']);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toMatch(/^attache: --smtp: unsupported scheme "https"/);
    expect(bad.stderr).not.toContain('hunter2');
    expect(existsSync(eml)).toBe(false);
  });

  it('tells the user to build first when the output folder has no brief', () => {
    const empty = tempDir();
    const r = attache(['mail', '--out', empty, '--to', 'desk@example.org', '--eml', join(empty, 'x.eml')]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(`attache: ${join(empty, 'brief.json')}: no brief here; run \`attache build\` first`);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('attaches brief.pdf when the build wrote one, and needs it only with --pdf', async () => {
    const dir = tempDir();
    expect(attache(['build', 'corpus', '--out', dir, '--date', '2025-12-01', '--format', 'md,json', '--quiet']).code).toBe(0);
    const r = attache(['mail', '--out', dir, '--to', 'desk@example.org', '--eml', join(dir, 'x.eml'), '--pdf']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toMatch(/brief\.pdf: not found; build with --format pdf, or mail without --pdf$/);
    expect(attache(['mail', '--out', dir, '--to', 'desk@example.org', '--eml', join(dir, 'x.eml'), '--quiet']).code).toBe(0);
    expect((await simpleParser(readFileSync(join(dir, 'x.eml')))).attachments.map((a) => a.filename)).toEqual([`${NAME}.md`]);
  });

  it('mails whichever formats the build wrote', async () => {
    const built = tempDir();
    expect(attache(['build', 'corpus', '--out', built, '--date', '2025-12-01', '--format', 'pdf,md,json,html', '--marking', 'RESTRICTED', '--quiet']).code).toBe(0);
    // What a build with fewer formats leaves: those files and the manifest.
    const mailOf = async (names: string[]) => {
      const dir = tempDir();
      for (const n of [...names, '.attache-manifest.json']) copyFileSync(join(built, n), join(dir, n));
      const r = attache(['mail', '--out', dir, '--to', 'desk@example.org', '--eml', join(dir, 'x.eml'), '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return simpleParser(readFileSync(join(dir, 'x.eml')));
    };
    const all = await mailOf(['brief.json', 'brief.md', 'brief.html', 'brief.pdf']);
    expect(all.subject).toBe('[RESTRICTED] Putin’s state visit to India, 4–5 December 2025 (as of 1 December 2025)');
    expect(all.attachments.map((a) => a.filename)).toEqual([`${NAME}.pdf`, `${NAME}.html`, `${NAME}.md`]);
    expect(all.html).toContain('RESTRICTED');

    const mdJson = await mailOf(['brief.json', 'brief.md']);
    expect(mdJson.attachments.map((a) => a.filename)).toEqual([`${NAME}.md`]);
    expect(mdJson.text).toContain('Source discrepancies');

    // No brief.json: brief.md is the body, its heading the subject, the manifest's as-of day the date.
    const mdOnly = await mailOf(['brief.md']);
    expect(mdOnly.subject).toBe(all.subject);
    expect(mdOnly.date?.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(mdOnly.text).toContain('## Source discrepancies');
    expect(mdOnly.attachments.map((a) => a.filename)).toEqual([`${NAME}.md`]);

    const json = await mailOf(['brief.json']);
    expect(json.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`${NAME}.json`, 'application/json']]);
  });
});
