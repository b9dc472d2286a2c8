import { all, squash, type DomDocument } from './dom.js';
import { canonicalise, resolveHttp, siteOf } from './url.js';

/** What a news page says about itself, for the article's front matter. */
export interface PageMeta {
  title: string | null;
  outlet: string;
  url: string;
  published: string | null;
  author: string | null;
}

type Json = Record<string, unknown>;

/**
 * Reads the page's own metadata. Structured data (JSON-LD NewsArticle) is trusted first, then
 * Open Graph and article meta tags, then the markup a reader sees (<time datetime>, bylines).
 */
export function readMeta(doc: DomDocument, finalUrl: string): PageMeta {
  const ld = articleLd(doc);
  const meta = (attr: 'property' | 'name' | 'itemprop', key: string) => squash(doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content')) || null;
  const url = canonicalise(
    resolveHttp(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), finalUrl) ?? resolveHttp(meta('property', 'og:url'), finalUrl) ?? finalUrl,
  );
  const outlet = meta('property', 'og:site_name') ?? text(nested(ld?.publisher, 'name')) ?? meta('name', 'application-name') ?? siteOf(url);
  const title =
    text(ld?.headline) ??
    meta('property', 'og:title') ??
    meta('name', 'twitter:title') ??
    (squash(doc.querySelector('article h1, main h1, h1')?.textContent) || null) ??
    (squash(doc.title) || null);
  return {
    title: title ? withoutOutlet(title, outlet) : null,
    outlet,
    url,
    published: isoDate(text(ld?.datePublished) ?? meta('property', 'article:published_time') ?? meta('itemprop', 'datePublished') ?? datedMeta(doc) ?? timeDatetime(doc)),
    author: authorOf(ld?.author) ?? plainName(meta('name', 'author')) ?? plainName(meta('property', 'article:author')) ?? bylineOf(doc),
  };
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

/** The first JSON-LD object of an article type, looking inside arrays and @graph. */
function articleLd(doc: DomDocument): Json | null {
  for (const script of all(doc, 'script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is skipped; the meta tags still speak
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown, depth: number): Json | null {
  if (depth > 4 || !data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const obj = data as Json;
  const types = [obj['@type']].flat().filter((t): t is string => typeof t === 'string');
  if (types.some((t) => ARTICLE_TYPE.test(t))) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

function text(v: unknown): string | null {
  return typeof v === 'string' && squash(v) ? squash(v) : null;
}

function nested(v: unknown, key: string): unknown {
  const first = Array.isArray(v) ? v[0] : v;
  return first && typeof first === 'object' ? (first as Json)[key] : undefined;
}

/** JSON-LD author: a name, a Person, or a list of them → "A", "A and B", "A, B and C". */
function authorOf(v: unknown): string | null {
  const names = [v]
    .flat()
    .map((a) => plainName(typeof a === 'string' ? a : text(nested(a, 'name'))))
    .filter((n): n is string => Boolean(n));
  const unique = [...new Set(names)];
  if (!unique.length) return null;
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** "By Ana Ruiz | 14 April 2027" → "Ana Ruiz"; a URL (article:author often is one) is no name. */
function plainName(v: string | null | undefined): string | null {
  const s = squash(v)
    .replace(/^by\s+/i, '')
    .split(/\s+[|·•]\s+|\s+[-–—]\s+(?=\d|updated|published)/i)[0]!
    .trim();
  if (!s || /^https?:|\/\//i.test(s) || s.length > 120) return null;
  return s;
}

function bylineOf(doc: DomDocument): string | null {
  const el = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline__name, .author-name, .byline, .author');
  return plainName(el?.textContent);
}

const DATE_METAS = ['date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'];

function datedMeta(doc: DomDocument): string | null {
  for (const name of DATE_METAS) {
    const v = squash(doc.querySelector(`meta[name="${name}" i]`)?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

/** <time datetime>: the one marked as the publication date, else the first in the article. */
function timeDatetime(doc: DomDocument): string | null {
  const el = doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], article time[datetime], time[datetime]');
  return squash(el?.getAttribute('datetime')) || null;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date as the page wrote it (its zone offset kept: the local day matters in a
 * timeline); another readable date in UTC; null when there is none.
 */
export function isoDate(v: string | null): string | null {
  if (!v) return null;
  const s = v.trim();
  if (ISO.test(s) && !Number.isNaN(Date.parse(s.replace(' ', 'T')))) return s.replace(' ', 'T');
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** "Talks open in Lisbon | The Quayside Herald" → "Talks open in Lisbon". */
function withoutOutlet(title: string, outlet: string): string {
  const m = /\s+[|–—:-]\s+([^|–—]+)$/.exec(title);
  return m && squash(m[1]).toLowerCase() === outlet.toLowerCase() ? title.slice(0, m.index) : title;
}
