import { createHash } from 'node:crypto';
import MailComposer, { type MailComposerAttachment, type MailComposerOptions } from 'nodemailer/lib/mail-composer';
import type { Brief, Claim } from '../model/schema.js';
import { wrap } from '../render/escape.js';
import { cap, cite, humanDate, humanRange, keyFacts, LIMITS } from '../render/view.js';
import type { Address } from './addresses.js';

/** Plain-text lines are wrapped here (RFC 5322 recommends at most 78 characters). */
export const WIDTH = 78;

export interface MailInput {
  brief: Brief;
  /** brief.md exactly as built; attached byte for byte. */
  markdown: Uint8Array;
  /** brief.pdf, or null to send without it. */
  pdf: Uint8Array | null;
  from: Address;
  to: readonly Address[];
  /** null: the default subject (title and as-of date). */
  subject?: string | null;
}

export interface ComposedMail {
  /** The RFC 5322 message, CRLF line ends. */
  raw: Buffer;
  /** SMTP envelope: MAIL FROM and RCPT TO. */
  envelope: { from: string; to: string[] };
  subject: string;
}

/** "Chilean President's state visit to Japan (as of 3 June 2026)". */
export function defaultSubject(brief: Brief): string {
  return `${clean(brief.title)} (as of ${humanDate(brief.asOf)})`;
}

/**
 * The message as nodemailer's MailComposer takes it. Pure: the Date header is the brief's as-of
 * day and the multipart boundaries are derived from the content, so the same inputs give the
 * same message except for the Message-ID, which nodemailer makes unique.
 */
export function mailOptions(input: MailInput): MailComposerOptions {
  const { brief } = input;
  const subject = input.subject ? clean(input.subject) : defaultSubject(brief);
  const text = plainText(brief, { pdf: input.pdf !== null });
  const attachments: MailComposerAttachment[] = [
    { filename: 'brief.md', content: Buffer.from(input.markdown), contentType: 'text/markdown; charset=utf-8', contentTransferEncoding: 'base64' },
  ];
  if (input.pdf) attachments.push({ filename: 'brief.pdf', content: Buffer.from(input.pdf), contentType: 'application/pdf', contentTransferEncoding: 'base64' });
  const digest = createHash('sha256');
  for (const part of [subject, JSON.stringify([input.from, input.to]), text, ...attachments.map((a) => a.content as Buffer)]) digest.update(part).update('\0');
  return {
    from: { ...input.from },
    to: input.to.map((a) => ({ ...a })),
    subject,
    date: new Date(`${brief.asOf}T00:00:00Z`),
    text,
    attachments,
    baseBoundary: digest.digest('hex').slice(0, 24),
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** Builds the message with MailComposer. */
export async function composeMail(input: MailInput): Promise<ComposedMail> {
  const options = mailOptions(input);
  const raw = await new MailComposer(options).compile().build();
  return {
    raw,
    envelope: { from: input.from.address, to: input.to.map((a) => a.address) },
    subject: options.subject!,
  };
}

/** The body a person reads in their mail client: title, key points, key facts, overview with citations, the sources cited. */
export function plainText(brief: Brief, opts: { pdf: boolean } = { pdf: true }): string {
  const out: string[] = [];
  const heading = (title: string) => out.push('', title, '-'.repeat(title.length), '');
  out.push(wrap(clean(brief.title), WIDTH));
  const span = humanRange(brief.event.start, brief.event.end);
  out.push(`As of ${humanDate(brief.asOf)}${brief.event.start ? ` · Event: ${span}` : ''}`);
  if (brief.event.summary.trim()) out.push('', wrap(clean(brief.event.summary), WIDTH));

  const points = brief.keyPoints ?? [];
  if (points.length) {
    heading('Key points');
    for (const c of points) out.push(item(c));
  }

  heading('Key facts');
  const facts = keyFacts(brief);
  const pad = Math.max(...facts.map((f) => f.label.length)) + 2;
  for (const f of facts) {
    const lines = wrap(clean(f.value), WIDTH - pad).split('\n');
    out.push(lines.map((l, i) => (i ? ' '.repeat(pad) : `${f.label}:`.padEnd(pad)) + l).join('\n'));
  }

  const overview = cap(brief.overview, LIMITS.overview);
  if (overview.items.length) {
    heading('Overview');
    for (const c of overview.items) out.push(item(c));
    if (overview.more) out.push(`- … and ${overview.more} more in the attached brief.`);
  }

  const cited = new Set([...points, ...overview.items].flatMap((c) => c.sources));
  const sources = brief.sources.filter((s) => cited.has(s.id));
  if (sources.length) {
    heading('Sources cited');
    for (const s of sources) {
      const when = s.published ? humanDate(s.published) : 'undated';
      const line = `${cite([s.id])} ${clean(s.outlet)} — ${clean(s.title)} (${when}).${s.url ? ` ${clean(s.url)}` : ''}`;
      out.push(wrap(line, WIDTH, ' '.repeat(cite([s.id]).length + 1)));
    }
  }

  out.push('', wrap(`The full brief is attached: ${opts.pdf ? 'brief.pdf, and brief.md (the same as Markdown)' : 'brief.md (Markdown)'}.`, WIDTH));
  return out.join('\n') + '\n';
}

function item(c: Claim): string {
  return wrap(`- ${clean(c.text)} ${cite(c.sources)}`, WIDTH, '  ');
}

/** Article text is data: no control characters, no line breaks of its own. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
