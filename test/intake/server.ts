import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers/run.js';

export const FIXTURES = join(ROOT, 'test/fixtures/intake');

export interface FixturePage {
  name: string;
  file: string;
  route: string;
  contentType: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  author: string;
  body: string[];
  noise: string[];
}

export const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { pages: FixturePage[] };

export interface Logged {
  path: string;
  headers: IncomingHttpHeaders;
}

interface FeedDoc {
  body: string;
  type: string;
  etag?: string;
  lastModified?: string;
}

/** The fixture feeds and how each is served (validators chosen so every conditional GET kind is seen). */
const FEEDS: Record<string, { file: string; type: string; etag?: string; lastModified?: string }> = {
  'quayside.rss': { file: 'quayside.rss', type: 'application/rss+xml; charset=utf-8', etag: '"quayside-v1"' },
  'lodestar.atom': { file: 'lodestar.atom', type: 'application/atom+xml', lastModified: 'Thu, 15 Apr 2027 15:00:00 GMT' },
  'atlantic.json': { file: 'atlantic.json', type: 'application/feed+json', etag: 'W/"atl-7"', lastModified: 'Thu, 15 Apr 2027 18:30:00 GMT' },
  'broken.rss': { file: 'broken.rss', type: 'text/xml', etag: '"broken-1"' },
  'not-a-feed': { file: '../pages/basalt-review.html', type: 'application/xml' },
};

/**
 * A news web on 127.0.0.1: the fixture pages and feeds, and hostile answers. Every request is
 * logged (path and headers) so a test can see what was asked, and how.
 */
export async function startFixtureServer() {
  const log: Logged[] = [];
  /** Bytes the 50 MB answer managed to send before the client hung up. */
  const sent = { huge: 0 };
  const feeds = new Map<string, FeedDoc>();
  const timers = new Set<NodeJS.Timeout>();
  /** Answers a test put in place of the fixtures: a page that changed, a second article. */
  const overrides = new Map<string, { type: string; body: string | Buffer }>();
  let base = '';
  for (const [name, f] of Object.entries(FEEDS)) feeds.set(name, { body: readFileSync(join(FIXTURES, 'feeds', f.file), 'utf8'), type: f.type, etag: f.etag, lastModified: f.lastModified });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    log.push({ path: url.pathname + url.search, headers: req.headers });
    const p = url.pathname;
    const page = EXPECTED.pages.find((x) => `/pages/${x.name}` === p);
    const override = overrides.get(p);
    if (override) return send(res, 200, override.type, override.body);
    if (p === '/go/basalt') return redirect(res, 302, '/pages/basalt-review?id=77&utm_source=newsletter&utm_medium=email');
    if (p === '/pages/diario-do-tejo-meta') return send(res, 200, 'text/html', readFileSync(join(FIXTURES, 'pages/diario-do-tejo.html')));
    if (page) return send(res, 200, page.contentType, readFileSync(join(FIXTURES, 'pages', page.file)));
    if (p.startsWith('/pages/never-')) return send(res, 200, 'text/html', '<html><body><p>never to be fetched</p></body></html>');
    if (p.startsWith('/feeds/')) {
      const feed = feeds.get(p.slice('/feeds/'.length));
      if (!feed) return send(res, 404, 'text/plain', 'no such feed');
      const headers: Record<string, string> = { 'content-type': feed.type };
      if (feed.etag) headers.etag = feed.etag;
      if (feed.lastModified) headers['last-modified'] = feed.lastModified;
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      const fresh = (feed.etag && inm === feed.etag) || (!feed.etag && feed.lastModified && ims && Date.parse(ims) >= Date.parse(feed.lastModified));
      if (fresh) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, headers).end(feed.body.replaceAll('{{base}}', base));
      return;
    }
    switch (p) {
      case '/hostile/loop-a': return redirect(res, 301, '/hostile/loop-b');
      case '/hostile/loop-b': return redirect(res, 302, '/hostile/loop-a');
      case '/hostile/to-file': return redirect(res, 302, 'file:///etc/passwd');
      case '/hostile/404': return send(res, 404, 'text/html', '<html><body><h1>Not found</h1></body></html>');
      case '/hostile/500': return send(res, 500, 'text/html', '<html><body><h1>Internal error</h1></body></html>');
      case '/hostile/png': return send(res, 200, 'image/png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      case '/hostile/pdf': return send(res, 200, 'application/pdf', '%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
      case '/hostile/stub': return send(res, 200, 'text/html', '<html><head><title>Subscribe</title></head><body><p>Subscribe to read this story.</p></body></html>');
      case '/hostile/huge': return huge(res);
      case '/hostile/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<html><body>');
        return; // never finished: the client must give up on the header alone
      case '/hostile/drip': return drip(res);
      case '/hostile/silent': return; // no answer at all
    }
    const chain = /^\/hostile\/chain\/(\d+)$/.exec(p);
    if (chain) return redirect(res, 302, `/hostile/chain/${Number(chain[1]) + 1}`);
    send(res, 404, 'text/plain', 'not found');
  });

  /** 50 MB of HTML, streamed in 64 KiB chunks with back-pressure, until the client hangs up. */
  function huge(res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const chunk = Buffer.alloc(64 * 1024, '<p>padding padding padding padding</p>\n');
    let closed = false;
    res.on('close', () => (closed = true));
    const pump = () => {
      while (!closed && sent.huge < 50 * 1024 * 1024) {
        sent.huge += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!closed) res.end();
    };
    pump();
  }

  /** Headers at once, then one byte every 100 ms: only a total timeout ends it (a minute at most). */
  function drip(res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'text/html' });
    let n = 0;
    const t = setInterval(() => {
      if (++n > 600 || res.destroyed) {
        clearInterval(t);
        timers.delete(t);
        res.end();
        return;
      }
      res.write(' ');
    }, 100);
    timers.add(t);
    res.on('close', () => clearInterval(t));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    log,
    sent,
    /** Changes a feed as a newsroom would: new body, new validators. */
    setFeed(name: string, doc: FeedDoc) {
      feeds.set(name, doc);
    },
    override(path: string, answer: { type: string; body: string | Buffer } | null) {
      if (answer) overrides.set(path, answer);
      else overrides.delete(path);
    },
    feedText(name: string) {
      return feeds.get(name)!.body;
    },
    requests(prefix: string) {
      return log.filter((l) => l.path.startsWith(prefix));
    },
    async close() {
      for (const t of timers) clearInterval(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FixtureServer = Awaited<ReturnType<typeof startFixtureServer>>;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function redirect(res: ServerResponse, status: number, location: string) {
  res.writeHead(status, { location, 'content-type': 'text/html' });
  res.end(`<a href="${location}">moved</a>`);
}
