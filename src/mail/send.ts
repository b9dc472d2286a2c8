import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { AttacheError } from '../errors.js';
import type { ComposedMail } from './compose.js';
import { describeSmtpError, oneLine, type SmtpError } from './smtp-errors.js';

/** Where `--smtp smtp://user:pass@host:port` points, checked. */
export interface SmtpTarget {
  secure: boolean;
  host: string;
  port: number;
  user: string | null;
  pass: string | null;
  /** The URL without the password, for messages. */
  display: string;
}

/** How long each step may wait: an unreachable server fails within `connect` ms. */
export interface SmtpTimeouts {
  connect: number;
  greeting: number;
  /** Silence in the middle of the conversation. */
  idle: number;
}

export const DEFAULT_TIMEOUTS: SmtpTimeouts = { connect: 10_000, greeting: 10_000, idle: 30_000 };

/** Exit code of a message that could not be delivered (sysexits' EX_UNAVAILABLE). */
export const EXIT_UNAVAILABLE = 69;

/**
 * `smtp://host[:port]` (plain, STARTTLS when offered; port 587) or `smtps://host[:port]` (TLS; port
 * 465), with optional `user[:pass]@`. `opts.password` (from the environment or a config file)
 * supplies or overrides the URL's password.
 */
export function parseSmtpUrl(value: string, opts: { password?: string | null } = {}): SmtpTarget {
  const shown = redact(value);
  const bad = (why: string) => new AttacheError('--smtp', `${why}; expected smtp://[user:pass@]host[:port] or smtps://…; got "${shown}"`, 2);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw bad('not a URL');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw bad(`unsupported scheme "${url.protocol.replace(/:$/, '')}"`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw bad('no host');
  if (url.pathname && url.pathname !== '/') throw bad('unexpected path');
  if (url.search || url.hash) throw bad('query and fragment are not supported');
  const secure = url.protocol === 'smtps:';
  const port = url.port ? Number(url.port) : secure ? 465 : 587;
  let user: string | null = null;
  let pass: string | null = null;
  try {
    user = url.username ? decodeURIComponent(url.username) : null;
    pass = url.password ? decodeURIComponent(url.password) : null;
  } catch {
    throw bad('bad %-escape in the user or password');
  }
  if (pass !== null && user === null) throw bad('a password without a user');
  if (opts.password) {
    if (user === null) throw bad('a password is set but the URL names no user to log in as (smtp://USER@host)');
    pass = opts.password;
  }
  const auth = user === null ? '' : `${url.username}${pass === null ? '' : ':***'}@`;
  return { secure, host, port, user, pass, display: `${url.protocol}//${auth}${url.host}` };
}

export interface SendResult {
  accepted: string[];
  response: string;
}

export interface SendOptions {
  /**
   * Log in over a plain connection when the server offers no STARTTLS. Off by default: with a
   * user on smtp://, encryption is required before the password is sent.
   */
  allowInsecureAuth?: boolean;
  timeouts?: SmtpTimeouts;
  /** Extra certificate authorities (PEM) to trust, besides the system's and NODE_EXTRA_CA_CERTS. */
  ca?: string | Buffer;
}

/** Delivers a composed message through an SMTP server; every failure is one AttacheError line (exit 69). */
export async function sendSmtp(target: SmtpTarget, mail: ComposedMail, opts: SendOptions = {}): Promise<SendResult> {
  const { createTransport } = await import('nodemailer');
  const timeouts = opts.timeouts ?? DEFAULT_TIMEOUTS;
  // A password never crosses the wire in clear: with a user on smtp://, STARTTLS is required before
  // AUTH unless the caller allows it (a trusted network). Without a login, STARTTLS is used when offered.
  const requireTLS = !target.secure && target.user !== null && !opts.allowInsecureAuth;
  const options: SMTPTransportOptions = {
    host: target.host,
    port: target.port,
    secure: target.secure,
    requireTLS,
    connectionTimeout: timeouts.connect,
    dnsTimeout: timeouts.connect,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.idle,
    logger: false,
    debug: false,
  };
  options.tls = { checkServerIdentity: namingCertificate, ...(opts.ca ? { ca: opts.ca } : {}) };
  if (target.user !== null) options.auth = { user: target.user, pass: target.pass ?? '' };
  const transport = createTransport(options);
  const fail = (message: string) => new AttacheError(target.display, scrub(message, target.pass), EXIT_UNAVAILABLE);
  try {
    const info = await transport.sendMail({ envelope: mail.envelope, raw: mail.raw });
    const accepted = (info.accepted ?? []).map(String);
    const rejected = (info.rejected ?? []).map(String);
    if (rejected.length) {
      const sent = accepted.length ? `sent to ${accepted.join(', ')}, but ` : '';
      throw fail(`${sent}the server refused ${rejected.join(', ')}`);
    }
    return { accepted, response: oneLine(String(info.response ?? '')) };
  } catch (e) {
    if (e instanceof AttacheError) throw e;
    const where = { ...target, waited: Math.round(Math.max(timeouts.connect, timeouts.greeting) / 1000), requiredTls: requireTLS };
    throw fail(`could not send: ${describeSmtpError(e as SmtpError, where)}`);
  } finally {
    transport.close();
  }
}

/** Node's own check; a mismatch also says which names the certificate does carry, for the message. */
function namingCertificate(host: string, cert: PeerCertificate): Error | undefined {
  const err = checkServerIdentity(host, cert);
  if (err) err.message = `Hostname/IP does not match certificate's altnames: ${cert.subjectaltname ?? cert.subject?.CN ?? ''}`;
  return err;
}

/** The password, should a server echo it back, never reaches a message. */
function scrub(message: string, pass: string | null): string {
  // A very short password would blank out ordinary letters; servers do not echo passwords anyway.
  if (!pass || pass.length < 4) return message;
  let out = message;
  for (const form of new Set([pass, encodeURIComponent(pass)])) out = out.split(form).join('***');
  return out;
}

/** smtp://user:secret@host → smtp://user:***@host, also for strings that are not URLs. */
export function redact(value: string): string {
  return oneLine(value).replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
