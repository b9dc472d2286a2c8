import { AttacheError } from '../errors.js';

/**
 * Query parameters that only say how a reader arrived (newsletters, social sites, ad clicks): two
 * links that differ only in these are the same article.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ocid|cmpid|ref|ref_src|smid|sr_share|cmp)$/i;

/** A URL the user gave: http(s) only; `file:`, `data:` and every other scheme are refused. */
export function parseWebUrl(input: string, what = 'URL'): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AttacheError(redactText(input), `not a ${what}: expected http://… or https://…`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AttacheError(redact(url), `refused: only http and https ${what}s are fetched, not ${url.protocol.replace(/:$/, '')}:`, 2);
  }
  return url;
}

/** The URL as it may be printed: user and password replaced by `***`. */
export function redact(url: URL | string): string {
  let u: URL;
  try {
    u = new URL(String(url));
  } catch {
    return redactText(String(url));
  }
  if (!u.username && !u.password) return u.href;
  u.username = '***';
  u.password = '';
  return u.href;
}

/** Credentials inside any text (an error message quoting a URL): `scheme://user:pass@` → `scheme://***@`. */
export function redactText(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}

/** The article's address for the corpus: tracking parameters, credentials and the fragment removed. */
export function canonicalise(url: URL | string): string {
  const u = new URL(String(url));
  u.username = '';
  u.password = '';
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  // An emptied query leaves a bare "?" behind in some runtimes.
  if (![...u.searchParams.keys()].length) u.search = '';
  return u.href;
}

/**
 * A URL a page names for itself (canonical link, og:url), resolved against where it was found.
 * Null when it is missing or not http(s).
 */
export function resolveHttp(href: string | null | undefined, base: string): string | null {
  if (!href || !href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "https://www.quayside.example/a" → "quayside.example": the outlet when a page names none. */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^(www\d?|m|amp|edition)\./, '');
}
