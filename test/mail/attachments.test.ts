import { describe, expect, it } from 'vitest';
import { attachmentsOf, baseName, MAX_SLUG, slugify } from '../../src/mail/attachments.js';

describe('slugify', () => {
  it('makes an ASCII, lower-case, hyphenated name from the title', () => {
    expect(slugify('Chancellor’s official visit to Norland')).toBe('chancellors-official-visit-to-norland');
    expect(slugify('Soto’s state visit to España, 18–20 October 2027')).toBe('sotos-state-visit-to-espana-18-20-october-2027');
    expect(slugify('  «Summit» / Coral Sea Forum: day 1 (draft)  ')).toBe('summit-coral-sea-forum-day-1-draft');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
  });

  it('is "brief" when nothing ASCII is left', () => {
    expect(slugify('Визит в Норландию')).toBe('brief');
    expect(slugify('—')).toBe('brief');
  });

  it('cuts a long title between words, within MAX_SLUG characters', () => {
    const s = slugify('The Coral Sea Forum leaders’ summit in Port Alvar, Queensland, with the chair’s statement and annexes');
    expect(s.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(s).toBe('the-coral-sea-forum-leaders-summit-in-port-alvar-queensland');
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(MAX_SLUG));
  });

  it('adds the as-of day when there is one', () => {
    expect(baseName('Port talks', '2031-03-02')).toBe('port-talks-2031-03-02');
    expect(baseName('Port talks', null)).toBe('port-talks');
  });
});

describe('attachmentsOf', () => {
  const bytes = (s: string) => Buffer.from(s);

  it('attaches the PDF, the page and the Markdown in that order, with their types', () => {
    const { attachments, labels } = attachmentsOf({ markdown: bytes('md'), html: bytes('h'), pdf: bytes('p'), json: bytes('{}') }, 'b');
    expect(attachments.map((a) => [a.filename, a.contentType, String(a.content)])).toEqual([
      ['b.pdf', 'application/pdf', 'p'],
      ['b.html', 'text/html; charset=utf-8', 'h'],
      ['b.md', 'text/markdown; charset=utf-8', 'md'],
    ]);
    expect(labels).toEqual(['b.pdf (PDF)', 'b.html (web page)', 'b.md (Markdown)']);
  });

  it('attaches brief.json only when nothing else was written', () => {
    expect(attachmentsOf({ json: bytes('{}') }, 'b').attachments.map((a) => a.filename)).toEqual(['b.json']);
    expect(attachmentsOf({}, 'b').attachments).toEqual([]);
  });
});
