import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMail, defaultSubject, mailOptions, markedSubject, plainText, WIDTH, type MailInput } from '../../src/mail/compose.js';
import { mailContent } from '../../src/mail/content.js';
import { richBrief, sampleBrief } from './sample.js';

const MD = Buffer.from('# Chancellor’s official visit\n\nLine with trailing spaces  \nand a lone \r in it\n');
const PDF = Buffer.from('%PDF-1.4\n% invented bytes \x00\x01\x02\xff\n%%EOF\n', 'latin1');
const HTML = Buffer.from('<!DOCTYPE html><title>x</title>\n');
const BASE = 'chancellors-official-visit-to-norland-2031-03-02';

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
  const attached = [`${BASE}.pdf (PDF)`, `${BASE}.md (Markdown)`];
  const text = plainText(sampleBrief(), mailContent(sampleBrief(), attached, null));

  it('has the title, the as-of date, the key facts and the overview with citations', () => {
    expect(text).toMatchSnapshot();
    expect(text.startsWith('Chancellor’s official visit to Norland\nAs of 2 March 2031 · Event: 9–10 March 2031\n')).toBe(true);
    expect(text).toContain('Key facts\n---------\n');
    expect(text).toContain('Visitor: Chancellor Ana Berg, Estmark\n');
    expect(text).toContain('Host:    President Ivo Lund, Norland\n');
    expect(text).toContain('Overview\n--------\n');
    expect(text).toMatch(/before the end of\s+the decade\. \[1\]\[2\]/);
    expect(text).toContain('- The visit is the first in eleven years. [2] (hedged)\n');
    expect(text).not.toContain('Source discrepancies');
  });

  it('lists only the sources it cites, so every [n] can be looked up', () => {
    expect(text).toContain('[1] Harbour Post — Berg to visit Vella (1 March 2031).\n    https://example.org/berg\n');
    expect(text).toContain('[2] unattributed — Talks on ports and grain (undated).\n');
    expect(text).not.toContain('[3]');
  });

  it('prints the discrepancies, each side with its sources and quote, and their sources', () => {
    const brief = richBrief();
    const t = plainText(brief, mailContent(brief, attached, null));
    expect(t).toContain(
      'Source discrepancies\n--------------------\n\nRail link opening (conflict)\n- 1 source [1]: 2033 — “the line opens in 2033”\n' +
        '- 1 source [3]: 2035 — “service starts in 2035 <b>at the earliest</b>”\nWhy: One source dates the opening to 2033; another to 2035.\n',
    );
    expect(t).toContain('Key points\n----------\n\n- Chancellor Ana Berg visits Vella on 9–10 March. [1][2]\n');
    expect(t).toContain('[3] Wire — Uncited (1 March 2031).');
  });

  it('wraps at 78 columns and carries no control characters', () => {
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(WIDTH);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('names the attachments, and shows the marking at the top and the foot', () => {
    expect(text.replace(/\s+/g, ' ')).toContain(`The full brief is attached: ${BASE}.pdf (PDF) and ${BASE}.md (Markdown).`);
    const marked = plainText(sampleBrief(), mailContent(sampleBrief(), attached, 'RESTRICTED'));
    expect(marked.startsWith('RESTRICTED\n\nChancellor’s official visit')).toBe(true);
    expect(marked.endsWith('(Markdown).\n\nRESTRICTED\n')).toBe(true);
  });
});

describe('composeMail', () => {
  it('builds multipart/alternative text and HTML, with the files attached under the brief’s name', async () => {
    const m = await composeMail(input({ html: HTML }));
    expect(m.envelope).toEqual({ from: 'attache@localhost', to: ['desk@example.org', 'jane@example.org'] });
    const raw = m.raw.toString('latin1');
    expect(raw).toMatch(/^Content-Type: multipart\/mixed;/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
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
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(mailOptions(input({ html: HTML })).text);
    expect(mail.html).toContain('Chancellor’s official visit to Norland</h1>');
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`${BASE}.pdf`, 'application/pdf'],
      [`${BASE}.html`, 'text/html'],
      [`${BASE}.md`, 'text/markdown'],
    ]);
    expect(mail.attachments[0]!.content.equals(PDF)).toBe(true);
    expect(mail.attachments[1]!.content.equals(HTML)).toBe(true);
    expect(mail.attachments[2]!.content.equals(MD)).toBe(true);
  });

  it('attaches what the build wrote; brief.json only when there is nothing else', async () => {
    const names = async (over: Partial<MailInput>) => (await simpleParser((await composeMail(input(over))).raw)).attachments.map((a) => a.filename);
    expect(await names({ pdf: null })).toEqual([`${BASE}.md`]);
    expect(await names({ pdf: null, markdown: null, json: Buffer.from('{}') })).toEqual([`${BASE}.json`]);
    expect(await names({ json: Buffer.from('{}') })).toEqual([`${BASE}.pdf`, `${BASE}.md`]);
  });

  it('puts the marking in brackets before the subject, the user’s subject too, and in both bodies', async () => {
    const m = await composeMail(input({ brief: richBrief(), marking: 'RESTRICTED — FOR BRIEFING USE' }));
    expect(m.subject).toBe('[RESTRICTED — FOR BRIEFING USE] Chancellor’s official visit to Norland (as of 2 March 2031)');
    const mail = await simpleParser(m.raw);
    expect(mail.subject).toBe(m.subject);
    expect(mail.text!.split('\n').filter((l) => l.trim() === 'RESTRICTED — FOR BRIEFING USE')).toHaveLength(2);
    expect((mail.html as string).match(/>RESTRICTED — FOR BRIEFING USE<\/p>/g)).toHaveLength(2);
    expect((await composeMail(input({ marking: 'SECRET', subject: 'Read before Monday' }))).subject).toBe('[SECRET] Read before Monday');
    expect(markedSubject('[SECRET] Read', 'SECRET')).toBe('[SECRET] Read');
    expect(markedSubject('Read', null)).toBe('Read');
  });

  it('takes a subject of one line', async () => {
    const m = await composeMail(input({ subject: 'Read\r\nBcc: evil@example.org before Monday' }));
    expect(m.subject).toBe('Read Bcc: evil@example.org before Monday');
    const mail = await simpleParser(m.raw);
    expect(mail.subject).toBe('Read Bcc: evil@example.org before Monday');
    expect(mail.bcc).toBeUndefined();
    expect(defaultSubject('Chancellor’s official visit to Norland', '2031-03-02')).toBe('Chancellor’s official visit to Norland (as of 2 March 2031)');
    expect(defaultSubject('A brief', null)).toBe('A brief');
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

  it('without brief.json, sends brief.md as the text body under the title the build gave', async () => {
    const m = await composeMail(input({ brief: null, title: 'Chancellor’s official visit to Norland', asOf: '2031-03-02', marking: 'RESTRICTED', pdf: null }));
    const mail = await simpleParser(m.raw);
    expect(mail.subject).toBe('[RESTRICTED] Chancellor’s official visit to Norland (as of 2 March 2031)');
    expect(mail.html).toBe(false);
    const text = mail.text!.replace(/\r\n/g, '\n');
    expect(text.startsWith('RESTRICTED\n\n# Chancellor’s official visit\n')).toBe(true);
    expect(text.endsWith('(Markdown).\n\nRESTRICTED\n')).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toContain(`The full brief is attached: ${BASE}.md (Markdown).`);
    expect(mail.attachments.map((a) => a.filename)).toEqual([`${BASE}.md`]);
    const bare = await simpleParser((await composeMail(input({ brief: null, title: 'Some brief', asOf: null, markdown: null }))).raw);
    expect(bare.subject).toBe('Some brief');
    expect(bare.text).toContain('Some brief');
    expect(bare.attachments.map((a) => a.filename)).toEqual(['some-brief.pdf']);
  });
});
