import type { MailComposerAttachment } from 'nodemailer/lib/mail-composer';

/** The longest slug a file name gets from the title; the cut falls between words. */
export const MAX_SLUG = 60;

/**
 * "Chancellor’s official visit to Norland" → "chancellors-official-visit-to-norland": ASCII,
 * lower case, words joined by hyphens, at most MAX_SLUG characters; "brief" when nothing is left.
 */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG) return ascii || 'brief';
  const cut = ascii.slice(0, MAX_SLUG + 1);
  const at = cut.lastIndexOf('-');
  return (at > MAX_SLUG / 2 ? cut.slice(0, at) : ascii.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** "chancellors-official-visit-to-norland-2031-03-02": the brief's name for its attachments. */
export function baseName(title: string, asOf: string | null): string {
  return asOf ? `${slugify(title)}-${asOf}` : slugify(title);
}

export interface BriefFiles {
  pdf?: Uint8Array | null;
  html?: Uint8Array | null;
  markdown?: Uint8Array | null;
  json?: Uint8Array | null;
}

const KINDS = [
  { key: 'pdf', ext: 'pdf', type: 'application/pdf', label: 'PDF' },
  { key: 'html', ext: 'html', type: 'text/html; charset=utf-8', label: 'web page' },
  { key: 'markdown', ext: 'md', type: 'text/markdown; charset=utf-8', label: 'Markdown' },
] as const;

/**
 * Every reader's format the build wrote, byte for byte, the PDF first. brief.json is the model for
 * tools, not for a reader (and the body already carries its key content), so it is attached only
 * when the build wrote nothing else: the mail always holds the whole brief.
 */
export function attachmentsOf(files: BriefFiles, base: string): { attachments: MailComposerAttachment[]; labels: string[] } {
  const attachments: MailComposerAttachment[] = [];
  const labels: string[] = [];
  const add = (ext: string, type: string, label: string, data: Uint8Array) => {
    attachments.push({ filename: `${base}.${ext}`, content: Buffer.from(data), contentType: type, contentTransferEncoding: 'base64' });
    labels.push(`${base}.${ext} (${label})`);
  };
  for (const k of KINDS) {
    const data = files[k.key];
    if (data) add(k.ext, k.type, k.label, data);
  }
  if (!attachments.length && files.json) add('json', 'application/json', 'the brief as data', files.json);
  return { attachments, labels };
}
