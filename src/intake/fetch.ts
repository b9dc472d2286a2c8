import { AttacheError } from '../errors.js';
import { parseContentType } from './charset.js';
import { Polite, userAgent } from './polite.js';
import { redact } from './url.js';

export interface FetchLimits {
  /** Redirects followed before giving up (a loop is caught sooner, on the first repeat). */
  maxRedirects: number;
  /** Time to connect and receive the answer's headers, per request. */
  connectTimeoutMs: number;
  /** Time for the whole fetch, redirects and body included. */
  totalTimeoutMs: number;
  /** Bytes read at most; past this the download is aborted. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { maxRedirects: 5, connectTimeoutMs: 10_000, totalTimeoutMs: 30_000, maxBytes: 5 * 1024 * 1024 };

export interface FetchContext {
  limits: FetchLimits;
  polite: Polite;
  contact?: string | null;
}

export interface FetchRequest {
  url: URL;
  accept: string;
  /** Media types taken; anything else fails before its body is read. */
  types: readonly string[];
  /** What is wanted, for the message when something else comes back: "a web page", "a feed". */
  what: string;
  /** Validators from the last answer: a 304 answer then means "not modified". */
  etag?: string | null;
  lastChanged?: string | null;
}

export type Fetched =
  | { status: 'ok'; url: string; bytes: Uint8Array; type: string; charset: string | null; etag: string | null; lastChanged: string | null }
  | { status: 'not-modified'; url: string };

/** A fetch that failed: the line names the (redacted) URL and the reason. */
export class FetchError extends AttacheError {
  constructor(url: URL | string, reason: string) {
    super(redact(url), reason, 1);
    this.name = 'FetchError';
  }
}

/**
 * GET with redirects followed by hand (so loops and scheme changes are caught), a connect and a
 * total timeout, a streamed size cap, and the media type checked before the body is read.
 */
export async function fetchChecked(req: FetchRequest, ctx: FetchContext): Promise<Fetched> {
  const { limits } = ctx;
  const total = new AbortController();
  // The clock starts with the first request, not while it waits its turn behind other fetches.
  let deadline: NodeJS.Timeout | undefined;
  const arm = () => {
    deadline ??= setTimeout(() => total.abort(), limits.totalTimeoutMs);
  };
  const seen = new Set<string>();
  let url = new URL(req.url.href);
  // Credentials in the URL become a Basic header (fetch refuses them in the URL) and are kept only
  // while the redirects stay on the same origin.
  const auth = url.username || url.password ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` : null;
  const origin = url.origin;
  try {
    for (let hops = 0; ; hops++) {
      seen.add(bare(url));
      const headers: Record<string, string> = { 'user-agent': userAgent(ctx.contact), accept: req.accept };
      if (auth && url.origin === origin) headers.authorization = auth;
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastChanged) headers['if-modified-since'] = req.lastChanged;
      const target = bare(url);
      const result = await ctx.polite.run(url.host, () => {
        arm();
        return once(target, headers, req, ctx, total.signal, url);
      });
      if (result.kind === 'done') return result.fetched;
      const next = result.location;
      if (seen.has(bare(next))) throw new FetchError(req.url, `redirect loop after ${hops + 1} hop${hops ? 's' : ''}`);
      if (hops + 1 > limits.maxRedirects) throw new FetchError(req.url, `too many redirects (more than ${limits.maxRedirects})`);
      url = next;
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (total.signal.aborted) throw new FetchError(req.url, `timed out after ${seconds(limits.totalTimeoutMs)}`);
    throw new FetchError(req.url, networkReason(e));
  } finally {
    clearTimeout(deadline);
  }
}

type Hop = { kind: 'done'; fetched: Fetched } | { kind: 'redirect'; location: URL };

async function once(target: string, headers: Record<string, string>, req: FetchRequest, ctx: FetchContext, totalSignal: AbortSignal, url: URL): Promise<Hop> {
  const { limits } = ctx;
  const hop = new AbortController();
  const onTotal = () => hop.abort();
  totalSignal.addEventListener('abort', onTotal, { once: true });
  let connectTimedOut = false;
  const connect = setTimeout(() => {
    connectTimedOut = true;
    hop.abort();
  }, limits.connectTimeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(target, { headers, redirect: 'manual', signal: hop.signal });
    } catch (e) {
      // Before the headers, either clock running out means the same thing: the server never answered.
      if (connectTimedOut || totalSignal.aborted) throw new FetchError(req.url, `no answer within ${seconds(Math.min(limits.connectTimeoutMs, limits.totalTimeoutMs))}`);
      throw e;
    } finally {
      clearTimeout(connect);
    }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      await res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location');
      if (!location) throw new FetchError(req.url, `HTTP ${res.status} redirect without a Location`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new FetchError(req.url, `redirected to an unreadable address`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FetchError(req.url, `refused: redirected to a ${next.protocol} URL`);
      return { kind: 'redirect', location: next };
    }
    if (res.status === 304 && (req.etag || req.lastChanged)) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: 'done', fetched: { status: 'not-modified', url: url.href } };
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError(req.url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${url.href === req.url.href ? '' : ` at ${redact(url)}`}`);
    }
    const { type, charset } = parseContentType(res.headers.get('content-type'));
    if (!req.types.includes(type)) {
      await res.body?.cancel().catch(() => undefined);
      throw new FetchError(req.url, `not ${req.what}: content type ${type || '(none)'}, expected ${req.types.slice(0, 2).join(' or ')}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      hop.abort();
      throw new FetchError(req.url, `too large: ${megabytes(declared)} is over the ${megabytes(limits.maxBytes)} limit`);
    }
    const bytes = await readCapped(res, limits.maxBytes, () => hop.abort(), req.url);
    return {
      kind: 'done',
      fetched: { status: 'ok', url: url.href, bytes, type, charset, etag: res.headers.get('etag'), lastChanged: res.headers.get('last-modified') },
    };
  } finally {
    clearTimeout(connect);
    totalSignal.removeEventListener('abort', onTotal);
  }
}

/** Reads the body chunk by chunk and aborts as soon as it passes `max`: a huge answer is never held whole. */
async function readCapped(res: Response, max: number, abort: () => void, url: URL): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      abort();
      await reader.cancel().catch(() => undefined);
      throw new FetchError(url, `too large: stopped reading past the ${megabytes(max)} limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The URL fetch is given: without credentials (sent as a header instead) and without the fragment. */
function bare(url: URL): string {
  const u = new URL(url.href);
  u.username = '';
  u.password = '';
  u.hash = '';
  return u.href;
}

const CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'could not connect (timed out)',
  UND_ERR_SOCKET: 'connection closed by the server',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate could not be verified',
};

/** fetch's "fetch failed" says nothing; its cause says what happened. */
function networkReason(e: unknown): string {
  let err = e as { code?: string; message?: string; cause?: unknown } | undefined;
  for (let depth = 0; err && depth < 4; depth++) {
    if (err.code && CODES[err.code]) return CODES[err.code]!;
    if (!err.cause) break;
    err = err.cause as typeof err;
  }
  const message = (err?.message ?? String(e)).replace(/\s+/g, ' ');
  return message === 'fetch failed' ? 'network error' : message;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
