import { createHash } from 'node:crypto';
import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer';
import type { Brief } from '../model/schema.js';
import { humanDate } from '../render/view.js';
import type { Address } from './addresses.js';
import { attachmentsOf, baseName } from './attachments.js';
import { mailContent } from './content.js';
import { htmlBody } from './html.js';
import { clean, fallbackText, plainText } from './text.js';

export { plainText, WIDTH } from './text.js';

/** What `readBuiltBrief` found, and whom to send it to. */
export interface MailInput {
  /** The model; null when the build wrote no brief.json. */
  brief: Brief | null;
  /** Used when there is no model: brief.md's heading, and the manifest's as-of day. */
  title?: string;
  asOf?: string | null;
  /** Printed in brackets at the head of the subject, and at the top and foot of both bodies. */
  marking?: string | null;
  /** The files the build wrote, attached byte for byte (null or absent: not written). */
  markdown?: Uint8Array | null;
  html?: Uint8Array | null;
  pdf?: Uint8Array | null;
  json?: Uint8Array | null;
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

/** "Chancellor’s official visit to Norland (as of 3 June 2026)". */
export function defaultSubject(title: string, asOf: string | null): string {
  return asOf ? `${clean(title)} (as of ${humanDate(asOf)})` : clean(title);
}

/** "[RESTRICTED] …": a marked brief says so before anything else, even under a subject of the user's. */
export function markedSubject(subject: string, marking: string | null): string {
  if (!marking) return subject;
  const tag = `[${clean(marking)}]`;
  return subject.startsWith(tag) ? subject : `${tag} ${subject}`;
}

/**
 * The message as nodemailer's MailComposer takes it: multipart/alternative (plain text and HTML)
 * with the brief's files attached. Pure: the Date header is the brief's as-of day and the
 * boundaries are derived from the content, so the same inputs give the same message except for
 * the Message-ID, which nodemailer makes unique.
 */
export function mailOptions(input: MailInput): MailComposerOptions {
  const { brief } = input;
  const title = brief?.title ?? input.title ?? 'Attaché brief';
  const asOf = brief?.asOf ?? input.asOf ?? null;
  const marking = input.marking?.trim() ? input.marking.trim() : null;
  const subject = markedSubject(input.subject ? clean(input.subject) : defaultSubject(title, asOf), marking);
  const { attachments, labels } = attachmentsOf(input, baseName(title, asOf));
  const content = brief ? mailContent(brief, labels, marking) : null;
  const text = brief ? plainText(brief, content!) : fallbackText(title, asOf, input.markdown ?? null, labels, marking);
  const html = brief ? htmlBody(brief, content!) : undefined;
  const digest = createHash('sha256');
  for (const part of [subject, JSON.stringify([input.from, input.to]), text, html ?? '', ...attachments.map((a) => a.content as Buffer)]) digest.update(part).update('\0');
  return {
    from: { ...input.from },
    to: input.to.map((a) => ({ ...a })),
    subject,
    ...(asOf ? { date: new Date(`${asOf}T00:00:00Z`) } : {}),
    text,
    ...(html ? { html } : {}),
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
