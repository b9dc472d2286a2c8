import type { CommandModule } from 'yargs';
import { AttacheError } from '../../errors.js';
import { DEFAULT_FROM, parseAddressList, parseSingleAddress, type Address } from '../../mail/addresses.js';

export interface MailArgs {
  to?: string | string[];
  from?: string | string[];
  subject?: string | string[];
  out?: string | string[];
  pdf?: boolean;
  eml?: string | string[];
  smtp?: string | string[];
  quiet?: unknown;
}

export interface MailOptions {
  to: Address[];
  from: Address;
  subject: string | null;
  out: string;
  pdf: boolean;
  target: { kind: 'eml'; path: string } | { kind: 'smtp'; url: string };
}

/** Parsed, checked mail options; bad values are one-line errors naming the option. */
export function toMailOptions(args: MailArgs): MailOptions {
  const eml = last(args.eml);
  const smtp = last(args.smtp);
  if ((eml === undefined) === (smtp === undefined)) {
    throw new AttacheError(null, 'give exactly one of --eml FILE (write the message to a file) or --smtp URL (send it)', 2);
  }
  if (eml !== undefined && !eml.trim()) throw new AttacheError('--eml', 'expected a file name', 2);
  if (smtp !== undefined && !smtp.trim()) throw new AttacheError('--smtp', 'expected smtp://[user:pass@]host[:port] or smtps://…', 2);
  const to = [args.to ?? []].flat().join(',');
  const subject = last(args.subject);
  if (subject !== undefined && !subject.trim()) throw new AttacheError('--subject', 'expected some text (or leave it out for the default)', 2);
  return {
    to: parseAddressList(to, '--to'),
    from: parseSingleAddress(last(args.from) ?? DEFAULT_FROM, '--from'),
    subject: subject ?? null,
    out: last(args.out) ?? 'out',
    pdf: args.pdf !== false,
    target: eml !== undefined ? { kind: 'eml', path: eml } : { kind: 'smtp', url: smtp! },
  };
}

export const mailCommand: CommandModule<object, MailArgs> = {
  command: 'mail',
  describe: 'Mail the brief: key points, key facts, overview and discrepancies as text and HTML, the built files attached',
  builder: (y) =>
    y
      .option('to', { type: 'string', demandOption: true, describe: 'Recipients, comma-separated: a@x.org,"Name" <b@y.org>' })
      .option('from', { type: 'string', default: DEFAULT_FROM, describe: 'Sender address' })
      .option('subject', { type: 'string', describe: 'Subject (default: the brief\'s title and as-of date)' })
      .option('out', { type: 'string', default: 'out', describe: 'Folder holding the built brief (any of brief.json, brief.md, brief.html, brief.pdf)' })
      .option('pdf', { type: 'boolean', default: true, describe: 'Attach brief.pdf when there is one (--no-pdf: leave it out)' })
      .option('eml', { type: 'string', describe: 'Write the message to this .eml file instead of sending it' })
      .option('smtp', { type: 'string', describe: 'Send through this server: smtp://[user:pass@]host[:port] or smtps://…' })
      .example('$0 mail --to desk@example.org --eml /tmp/brief.eml', 'Write the message to a file')
      .example('$0 mail --to a@example.org,b@example.org --smtp smtps://me:secret@mail.example.org', 'Send it') as never,
  handler: async (args) => {
    const opts = toMailOptions(args);
    const log = (line: string) => process.stderr.write(`${line}\n`);
    // Checked before any work, so a bad URL is reported even without a brief.
    const send = await import('../../mail/send.js');
    const smtp = opts.target.kind === 'smtp' ? send.parseSmtpUrl(opts.target.url) : null;
    const { readBuiltBrief } = await import('../../mail/read.js');
    const built = await readBuiltBrief(opts.out, { pdf: opts.pdf });
    const { composeMail } = await import('../../mail/compose.js');
    const mail = await composeMail({ ...built, from: opts.from, to: opts.to, subject: opts.subject });
    if (opts.target.kind === 'eml') {
      const { writeEml } = await import('../../mail/eml.js');
      await writeEml(opts.target.path, mail.raw);
      if (!args.quiet) log(`wrote ${opts.target.path}: "${mail.subject}" for ${mail.envelope.to.join(', ')} (${mail.raw.length} bytes)`);
    } else {
      const result = await send.sendSmtp(smtp!, mail);
      if (!args.quiet) log(`sent "${mail.subject}" to ${result.accepted.join(', ')} via ${smtp!.display}`);
    }
  },
};

/** A repeated option (`--from a --from b`) counts once: the last wins. */
function last(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[v.length - 1] : v;
}
