/**
 * What went wrong talking to an SMTP server, in one plain sentence. Node and OpenSSL say
 * "write EPROTO …:error:0A00010B:SSL routines::wrong version number"; a person needs to read
 * "the server does not speak TLS on this port" and what to do about it.
 */

export interface SmtpError extends Error {
  code?: string;
  /** The system or TLS code nodemailer replaced with its own (ESOCKET, ETLS, …). */
  originalCode?: string;
  response?: string;
  responseCode?: number;
  command?: string;
}

export interface Where {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  /** Seconds the client waits to connect and be greeted. */
  waited: number;
  /** Whether the client refused to log in without encryption (STARTTLS was required). */
  requiredTls: boolean;
}

/** Certificates no trusted authority signed. */
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);
const TIMEOUTS = new Set(['ETIMEDOUT', 'ETIMEOUT']);
const CLOSED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);

/** The sentence after "could not send: ". Never the raw OpenSSL text, never a password. */
export function describeSmtpError(e: SmtpError, at: Where): string {
  const server = `the server at ${hostPort(at)}`;
  const codes = [e.originalCode, e.code, ...causeCodes(e)].filter((c): c is string => typeof c === 'string');
  const has = (c: string | Set<string>) => codes.some((x) => (typeof c === 'string' ? x === c : c.has(x)));
  const msg = oneLine(e.message || String(e));

  // STARTTLS was required (a password was to be sent) and the server would not or could not start it.
  if (at.requiredTls && (e.command === 'STARTTLS' || /STARTTLS/.test(msg)) && !tlsDetail(codes, msg)) {
    return `${server} offers no encryption (STARTTLS), so the password was not sent; use smtps:// or a server with STARTTLS, or --allow-insecure-auth on a trusted network`;
  }
  if (has('ECONNREFUSED')) return `${server} refused the connection (nothing listens on port ${at.port}); check the host and port`;
  if (has(NOT_FOUND) || e.code === 'EDNS') return `the host "${at.host}" was not found; check its spelling`;
  if (has('EHOSTUNREACH') || has('ENETUNREACH')) return `${server} cannot be reached from this network`;
  const tls = tlsDetail(codes, msg);
  if (tls) return tls === 'plain' ? plainPort(at) : `${tls.replace('SERVER', server)}`;
  if (has(TIMEOUTS) || /timeout/i.test(msg)) return `${server} did not answer in time (waited at most ${at.waited} s to connect and be greeted)`;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') {
    return `login refused: ${server} did not accept the password${at.user ? ` for user "${at.user}"` : ''}${reply(e)}`;
  }
  if (e.code === 'EENVELOPE') return `sender or recipients refused${reply(e)}`;
  if (has(CLOSED) || /closed unexpectedly|Connection closed/i.test(msg)) return `${server} closed the connection before the message was sent${reply(e)}`;
  if (e.code === 'ETLS') return `the encrypted connection to ${hostPort(at)} could not be set up`;
  if (e.responseCode) return `${server} answered${reply(e)}`;
  return withoutSsl(msg);
}

/** What a TLS failure means; 'plain' when the other end does not speak TLS at all. */
function tlsDetail(codes: string[], msg: string): string | 'plain' | null {
  const has = (c: string) => codes.includes(c);
  if (/wrong version number|packet length too long|unknown protocol|record layer failure|http request/i.test(msg)) return 'plain';
  if (codes.some((c) => UNTRUSTED.has(c)) || /self[- ]signed|unable to verify|issuer certificate/i.test(msg)) {
    return 'SERVER presented a certificate that no trusted authority signed (a self-signed or private certificate); if you trust it, name its authority with NODE_EXTRA_CA_CERTS=/path/to/ca.pem';
  }
  if (has('ERR_TLS_CERT_ALTNAME_INVALID') || /altnames|Hostname\/IP does not match/i.test(msg)) {
    const names = /(?:cert|certificate)'s altnames: (.*)$/i.exec(msg)?.[1]?.replace(/DNS:|IP Address:/g, '').trim();
    return `SERVER presented a certificate for another name${names ? ` (${names})` : ''}; connect to the name on the certificate`;
  }
  if (has('CERT_HAS_EXPIRED') || /certificate has expired/i.test(msg)) return 'SERVER presented an expired certificate';
  if (has('CERT_NOT_YET_VALID')) return 'SERVER presented a certificate that is not valid yet (check this computer\'s clock)';
  if (has('ERR_SSL_UNSUPPORTED_PROTOCOL') || /unsupported protocol|no protocols available/i.test(msg)) {
    return 'SERVER only offers an old, insecure version of TLS';
  }
  if (/handshake failure|alert/i.test(msg) && /SSL|TLS/i.test(msg)) return 'SERVER ended the encryption handshake (TLS) without agreeing on a way to encrypt';
  return null;
}

function plainPort(at: Where): string {
  return at.secure
    ? `${hostPort(at)} does not speak TLS on port ${at.port}; use smtp:// there (it switches to encryption with STARTTLS), or the server's smtps:// port (usually 465)`
    : `the encryption offered by ${hostPort(at)} could not be set up (the server does not speak TLS after STARTTLS)`;
}

/** The server's own reply, which is the server's words (a status code and a reason), never ours. */
function reply(e: SmtpError): string {
  const r = oneLine(e.response ?? '');
  return r ? ` (the server said: ${r.slice(0, 200)})` : '';
}

function causeCodes(e: SmtpError): string[] {
  const cause = (e as { cause?: { code?: unknown } }).cause;
  return cause && typeof cause.code === 'string' ? [cause.code] : [];
}

function hostPort(at: Where): string {
  return at.host.includes(':') ? `[${at.host}]:${at.port}` : `${at.host}:${at.port}`;
}

/** Anything left: the message without OpenSSL's "error:0A000…:SSL routines::" noise. */
function withoutSsl(msg: string): string {
  return msg.replace(/[\w ]*error:[0-9A-F]+:SSL routines:[^:]*:/gi, '').replace(/^(write|read) EPROTO\s*/i, '').trim() || 'the connection failed';
}

export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
