import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMail, defaultSubject, mailOptions, plainText, WIDTH, type MailInput } from '../../src/mail/compose.js';
import { sampleBrief } from './sample.js';

const MD = Buffer.from('# Chancellor’s official visit\n\nLine with trailing spaces  \nand a lone \r in it\n');
const PDF = Buffer.from('%PDF-1.4\n% invented bytes \x00\x01\x02\xff\n%%EOF\n', 'latin1');

function input(over: Partial<MailInput> = {}): MailInput {
  return {
    brief: sampleBrief(),
    markdown: MD,
    pdf: PDF,
    from: { name: '', address: 'attache@localhost' },
    to: [{ name: '', address: 'desk@example.org' }, { name: 'Doe, Jane', address: 'jane@example.org' }],
    ...over,
  };
}

describe('plainText', () => {
  const text = plainText(sampleBrief());

  it('has the title, the as-of date, the key facts and the overview with citations', () => {
    expect(text).toMatchSnapshot();
    expect(text.startsWith('Chancellor’s official visit to Norland\nAs of 2 March 2031 · Event: 9–10 March 2031\n')).toBe(true);
    expect(text).toContain('Key facts\n---------\n');
    expect(text).toContain('Visitor: Chancellor Ana Berg, Estmark\n');
    expect(text).toContain('Host:    President Ivo Lund, Norland\n');
    expect(text).toContain('When:    9–10 March 2031\n');
    expect(text).toContain('Overview\n--------\n');
    expect(text).toMatch(/before the end of\s+the decade\. \[1\]\[2\]/);
    expect(text).toContain('- The visit is the first in eleven years. [2]\n');
  });

  it('lists only the sources the overview cites, so every [n] can be looked up', () => {
    expect(text).toContain('[1] Harbour Post — Berg to visit Vella (1 March 2031).\n    https://example.org/berg\n');
    expect(text).toContain('[2] unattributed — Talks on ports and grain (undated).\n');
    expect(text).not.toContain('[3]');
  });

  it('wraps at 78 columns and carries no control characters', () => {
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(WIDTH);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('says what is attached', () => {
    expect(text).toContain('The full brief is attached: brief.pdf, and brief.md');
    expect(plainText(sampleBrief(), { pdf: false })).toContain('The full brief is attached: brief.md (Markdown).');
  });
});

describe('composeMail', () => {
  it('builds a multipart message: text, brief.md as text/markdown, brief.pdf as application/pdf', async () => {
    const m = await composeMail(input());
    expect(m.envelope).toEqual({ from: 'attache@localhost', to: ['desk@example.org', 'jane@example.org'] });
    const raw = m.raw.toString('latin1');
    expect(raw).toMatch(/^Content-Type: multipart\/mixed;/m);
    expect(raw).toMatch(/^MIME-Version: 1\.0\r$/m);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/); // CRLF only
    const mail = await simpleParser(m.raw);
    expect(mail.subject).toBe('Chancellor’s official visit to Norland (as of 2 March 2031)');
    expect(mail.from?.value).toEqual([{ address: 'attache@localhost', name: '' }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([
      { address: 'desk@example.org', name: '' },
      { address: 'jane@example.org', name: 'Doe, Jane' },
    ]);
    expect(mail.date?.toISOString()).toBe('2031-03-02T00:00:00.000Z');
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(plainText(sampleBrief()));
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['brief.md', 'text/markdown'],
      ['brief.pdf', 'application/pdf'],
    ]);
    expect(mail.attachments[0]!.content.equals(MD)).toBe(true);
    expect(mail.attachments[1]!.content.equals(PDF)).toBe(true);
  });

  it('leaves brief.pdf out when there is none', async () => {
    const mail = await simpleParser((await composeMail(input({ pdf: null }))).raw);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['brief.md']);
  });

  it('takes a subject of one line', async () => {
    const m = await composeMail(input({ subject: 'Read\r\nBcc: evil@example.org before Monday' }));
    expect(m.subject).toBe('Read Bcc: evil@example.org before Monday');
    const mail = await simpleParser(m.raw);
    expect(mail.subject).toBe('Read Bcc: evil@example.org before Monday');
    expect(mail.bcc).toBeUndefined();
    expect(defaultSubject(sampleBrief())).toBe('Chancellor’s official visit to Norland (as of 2 March 2031)');
  });

  it('is the same for the same inputs, but for the Message-ID', async () => {
    const strip = (b: Buffer) => b.toString('latin1').replace(/^Message-ID: .*\r\n/m, '');
    const [a, b] = await Promise.all([composeMail(input()), composeMail(input())]);
    expect(strip(a.raw)).toBe(strip(b.raw));
    expect(a.raw.toString('latin1')).toMatch(/^Message-ID: <[^>]+@localhost>\r$/m);
    const other = await composeMail(input({ markdown: Buffer.from('# other\n') }));
    const boundary = (s: Buffer) => /boundary="([^"]+)"/.exec(s.toString('latin1'))![1];
    expect(boundary(other.raw)).not.toBe(boundary(a.raw));
  });

  it('never reads files or URLs named in the content', () => {
    const o = mailOptions(input());
    expect(o.disableFileAccess).toBe(true);
    expect(o.disableUrlAccess).toBe(true);
  });
});
