import { extractFromJson, extractFromXml, type ParserOptions } from '@extractus/feed-extractor';
import { decode } from './charset.js';
import { FetchError, fetchChecked } from './fetch.js';
import type { IntakeContext } from './add.js';

/** One entry of a feed, as far as following a story needs it. */
export interface FeedItem {
  /** The guid (RSS), id (Atom, JSON Feed), or else the link: what "seen" remembers. */
  key: string;
  /** Absolute link to the article, or null when the item has none a browser could open. */
  link: string | null;
  /** Whatever the item gave as link, for a message when it is unusable. */
  rawLink: string;
  title: string;
  summary: string;
}

export type FeedAnswer =
  | { status: 'not-modified' }
  | { status: 'ok'; title: string; items: FeedItem[]; etag: string | null; lastChanged: string | null };

export const FEED_TYPES = [
  'application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/xml',
  'text/xml', 'application/rdf+xml', 'application/x-rss+xml', 'application/x-atom+xml', 'text/plain',
] as const;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';

/** GETs a feed (conditionally, with the validators of the last answer) and reads RSS, Atom or JSON Feed. */
export async function fetchFeed(url: URL, validators: { etag: string | null; lastChanged: string | null }, ctx: IntakeContext): Promise<FeedAnswer> {
  const got = await fetchChecked({ url, accept: FEED_ACCEPT, types: FEED_TYPES, what: 'a feed', etag: validators.etag, lastChanged: validators.lastChanged }, ctx);
  if (got.status === 'not-modified') return { status: 'not-modified' };
  const { text } = decode(got.bytes, got.charset);
  const items = parseFeed(text, got.url, url);
  return { status: 'ok', ...items, etag: got.etag, lastChanged: got.lastChanged };
}

/** RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed text → its items. Not a feed → a FetchError. */
export function parseFeed(text: string, base: string, url: URL | string): { title: string; items: FeedItem[] } {
  const options: ParserOptions = {
    descriptionMaxLen: 0,
    baseUrl: base,
    // The raw id, so an item without one is remembered by its link, not by a hash of link and date.
    getExtraEntryFields: (entry: Record<string, unknown>) => ({ rawId: textOf(entry.guid ?? entry.id) }),
  };
  const json = /^\s*[{[]/.test(text);
  let feed;
  try {
    if (json) {
      const data = JSON.parse(text) as Record<string, unknown>;
      if (!data || !Array.isArray(data.items)) throw new Error('JSON without an "items" list');
      feed = extractFromJson(data, options);
    } else feed = extractFromXml(text, options);
  } catch (e) {
    throw new FetchError(url, `not a readable feed: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
  const items: FeedItem[] = [];
  for (const entry of feed.entries ?? []) {
    const e = entry as typeof entry & { rawId?: string };
    const rawLink = (e.link ?? '').trim();
    const link = httpLink(rawLink, base);
    const key = e.rawId || link || rawLink;
    items.push({ key, link, rawLink, title: squash(e.title), summary: squash(e.description) });
  }
  return { title: squash(feed.title), items };
}

function httpLink(href: string, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function textOf(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  if (v && typeof v === 'object' && '#text' in v) return String((v as Record<string, unknown>)['#text']).trim();
  return '';
}

/** Summaries carry markup and entities; matching reads words. */
function squash(v: string | undefined): string {
  return (v ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
