import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import { AttacheError } from '../errors.js';
import type { ComposedMail } from './compose.js';

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

/** `smtp://host[:port]` (plain, STARTTLS when offered; port 587) or `smtps://host[:port]` (TLS; port 465), with optional `user:pass@`. */
export function parseSmtpUrl(value: string, opts: { password?: string } = {}): SmtpTarget {
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
    pass = url.password ? decodeURIComponent(url.password) : (opts.password ?? null);
  } catch {
    throw bad('bad %-escape in the user or password');
  }
  if (pass !== null && user === null) throw bad('a password without a user');
  const auth = user === null ? '' : `${url.username}${pass === null ? '' : ':***'}@`;
  return { secure, host, port, user, pass, display: `${url.protocol}//${auth}${url.host}` };
}

export interface SendResult {
  accepted: string[];
  response: string;
}

/** Delivers a composed message through an SMTP server; every failure is one AttacheError line. */
export async function sendSmtp(target: SmtpTarget, mail: ComposedMail, opts: Partial<SmtpTimeouts> & { allowInsecureAuth?: boolean } = {}): Promise<SendResult> {
  const timeouts: SmtpTimeouts = { connect: opts.connect ?? DEFAULT_TIMEOUTS.connect, greeting: opts.greeting ?? DEFAULT_TIMEOUTS.greeting, idle: opts.idle ?? DEFAULT_TIMEOUTS.idle };
  const { createTransport } = await import('nodemailer');
  const options: SMTPTransportOptions = {
    host: target.host,
    port: target.port,
    secure: target.secure,
    connectionTimeout: timeouts.connect,
    dnsTimeout: timeouts.connect,
    greetingTimeout: timeouts.greeting,
    socketTimeout: timeouts.idle,
    logger: false,
    debug: false,
  };
  if (target.user !== null) options.auth = { user: target.user, pass: target.pass ?? '' };
  const transport = createTransport(options);
  try {
    const info = await transport.sendMail({ envelope: mail.envelope, raw: mail.raw });
    const accepted = (info.accepted ?? []).map(String);
    const rejected = (info.rejected ?? []).map(String);
    if (rejected.length) {
      const sent = accepted.length ? `sent to ${accepted.join(', ')}, but ` : '';
      throw new AttacheError(target.display, `${sent}the server refused ${rejected.join(', ')}`);
    }
    return { accepted, response: oneLine(String(info.response ?? '')) };
  } catch (e) {
    if (e instanceof AttacheError) throw e;
    throw new AttacheError(target.display, `could not send: ${describe(e as SmtpError, timeouts)}`);
  } finally {
    transport.close();
  }
}

interface SmtpError extends Error {
  code?: string;
  response?: string;
  responseCode?: number;
  rejected?: string[];
}

function describe(e: SmtpError, t: SmtpTimeouts): string {
  const msg = oneLine(e.message || String(e));
  if (/ECONNREFUSED/.test(msg)) return `connection refused (${msg})`;
  if (e.code === 'ETIMEDOUT') return `no answer in time (${msg}; waited at most ${Math.round(Math.max(t.connect, t.greeting) / 1000)} s to connect)`;
  if (e.code === 'EDNS') return `host not found (${msg})`;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') return `login refused (${msg})`;
  if (e.code === 'EENVELOPE') return `sender or recipients refused (${msg})`;
  if (e.code === 'ETLS') return `TLS failed (${msg})`;
  return msg;
}

/** smtp://user:secret@host → smtp://user:***@host, also for strings that are not URLs. */
export function redact(value: string): string {
  return oneLine(value).replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
