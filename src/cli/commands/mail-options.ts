import { AttacheError } from '../../errors.js';
import { DEFAULT_FROM, parseAddressList, parseSingleAddress, type Address } from '../../mail/addresses.js';
import { parseSmtpUrl, type SmtpTarget } from '../../mail/send.js';
import { BadValue, flag, optional, path, secret, show, text, type Field } from '../options.js';
import { defineOptions, type CommandSpec, type Values } from '../spec.js';
import { GLOBAL_OPTIONS } from './build-options.js';

/** The address parsers' one-line errors, as the schema's. */
function addresses<T>(parse: (value: string) => T): Field<T> {
  return {
    parse: (v) => {
      const list = Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join(',') : v;
      if (typeof list !== 'string') throw new BadValue(`expected e-mail addresses, comma-separated; got ${show(v)}`);
      try {
        return parse(list);
      } catch (e) {
        throw e instanceof AttacheError ? new BadValue(e.message) : e;
      }
    },
  };
}

/** Checked with the password in the schema's last step, by parseSmtpUrl. */
const url: Field<string | undefined> = {
  optional: true,
  parse: (v) => {
    if (typeof v === 'string' && v.trim()) return v;
    throw new BadValue(`expected smtp://[user@]host[:port] or smtps://…; got ${show(v)}`);
  },
};

export const MAIL_OPTIONS = defineOptions({
  ...GLOBAL_OPTIONS,
  to: { field: addresses((s) => parseAddressList(s)), flag: 'string', repeatable: true, env: 'ATTACHE_MAIL_TO', config: 'mail.to', describe: 'Recipients, comma-separated: a@x.org,"Name" <b@y.org> (required)' },
  from: { field: addresses((s) => parseSingleAddress(s)), flag: 'string', default: DEFAULT_FROM, env: 'ATTACHE_MAIL_FROM', config: 'mail.from', describe: 'Sender address' },
  subject: { field: text, flag: 'string', config: 'mail.subject', defaultDescription: "the brief's title and as-of date", describe: 'Subject' },
  out: { field: path('an output folder'), flag: 'string', alias: 'o', default: 'out', env: 'ATTACHE_OUT', config: 'out', path: true, describe: 'Folder holding the built brief (any of brief.json, brief.md, brief.html, brief.pdf)' },
  pdf: { field: optional(flag), flag: 'boolean', config: 'mail.pdf', defaultDescription: 'when the build wrote one', describe: 'Attach brief.pdf (--no-pdf: leave it out)' },
  eml: { field: optional(path('a file name')), flag: 'string', describe: 'Write the message to this .eml file instead of sending it' },
  smtp: { field: url, flag: 'string', env: 'ATTACHE_SMTP_URL', config: 'smtp.url', describe: 'Send through this server: smtp://[user@]host[:port] or smtps://…; the password comes from ATTACHE_SMTP_PASSWORD or "smtp.password" in the configuration file' },
  password: { field: secret, flag: false, env: 'ATTACHE_SMTP_PASSWORD', config: 'smtp.password', describe: 'SMTP password (never on the command line, never printed)' },
  'allow-insecure-auth': { field: flag, flag: 'boolean', default: false, env: 'ATTACHE_SMTP_ALLOW_INSECURE_AUTH', config: 'smtp.allow-insecure-auth', describe: 'Allow sending the password over a connection that is not encrypted' },
});

export interface MailOptions {
  to: Address[];
  from: Address;
  subject: string | null;
  out: string;
  /** Attach brief.pdf: true (must be there), false (never), undefined (when the build wrote one). */
  pdf: boolean | undefined;
  target: { kind: 'eml'; path: string } | { kind: 'smtp'; smtp: SmtpTarget; allowInsecureAuth: boolean };
  quiet: boolean;
}

const EXACTLY_ONE = 'give exactly one of --eml FILE (write the message to a file) or --smtp URL (send it)';

function toMailOptions(v: Values<typeof MAIL_OPTIONS>): MailOptions {
  if ((v.eml === undefined) === (v.smtp === undefined)) throw new BadValue(EXACTLY_ONE);
  let target: MailOptions['target'];
  if (v.eml !== undefined) target = { kind: 'eml', path: v.eml };
  else {
    try {
      target = { kind: 'smtp', smtp: parseSmtpUrl(v.smtp!, { password: v.password }), allowInsecureAuth: v['allow-insecure-auth'] };
    } catch (e) {
      throw e instanceof AttacheError ? new BadValue(e.message, 'smtp') : e;
    }
  }
  return { to: v.to, from: v.from, subject: v.subject ?? null, out: v.out, pdf: v.pdf, target, quiet: v.quiet };
}

export const MAIL_COMMAND: CommandSpec<typeof MAIL_OPTIONS, MailOptions> = {
  name: 'mail',
  options: MAIL_OPTIONS,
  finish: toMailOptions,
  // --eml on the command line wins over a server set in the environment or the file.
  exclusive: [['eml', 'smtp']],
};
