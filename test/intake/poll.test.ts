import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeeds, type PollOptions } from '../../src/intake/index.js';
import { readFrontMatter } from '../../src/intake/article-file.js';
import { tempDir } from '../helpers/run.js';
import { filesIn } from './cli.js';
import { EXPECTED, startFixtureServer, type FixtureServer } from './server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

const MATCH = 'Sigvaldsdottir Portugal';
const FEEDS = ['quayside.rss', 'lodestar.atom', 'atlantic.json', 'broken.rss'];

function setup(feeds = FEEDS) {
  const dir = tempDir('attache-poll-');
  const feedsFile = join(dir, 'feeds.json');
  writeFileSync(feedsFile, JSON.stringify({ feeds: feeds.map((f) => ({ url: `${server.base}/feeds/${f}` })) }));
  const lines: string[] = [];
  const opts: PollOptions = {
    feedsFile,
    corpus: join(dir, 'corpus'),
    match: MATCH,
    log: (l) => lines.push(l),
    politeness: { delayMs: 0 },
    now: () => new Date('2027-04-16T12:00:00Z'),
  };
  return { dir, opts, lines };
}

function urlsIn(corpus: string): string[] {
  return filesIn(corpus)
    .filter((f) => f.endsWith('.md'))
    .map((f) => String(readFrontMatter(readFileSync(join(corpus, f), 'utf8'))!.url))
    .sort();
}

const url = (name: string) => EXPECTED.pages.find((p) => p.name === name)!.url.replace('{{base}}', server.base);

describe('pollFeeds', () => {
  it('adds exactly the new matching items once; the next poll is conditional and changes nothing', async () => {
    const { opts, lines, dir } = setup();
    const first = await pollFeeds(opts);
    expect(first).toMatchObject({ added: 5, updated: 0, feeds: 4, changed: true, problems: 3 });
    expect(first.summary).toBe('5 new articles from 4 feeds; 3 problems');
    expect(urlsIn(opts.corpus)).toEqual(['quayside-herald', 'lodestar-wire', 'atlantic-courier', 'basalt-review', 'diario-do-tejo'].map(url).sort());
    // Items that do not match were never fetched.
    expect(server.requests('/pages/never-')).toEqual([]);
    const feed = `${server.base}/feeds/broken.rss`;
    expect(lines.sort()).toEqual([
      `${feed}: "Sigvaldsdóttir Portugal visit archive" links to file:///etc/passwd: refused, only http and https pages are fetched`,
      `${feed}: "Sigvaldsdóttir in Portugal: the view from the islands" has no link; skipped`,
      `${server.base}/hostile/404: HTTP 404 Not Found (will try again next poll)`,
    ].sort());

    const asked = server.log.length;
    lines.length = 0;
    const second = await pollFeeds(opts);
    expect(second).toMatchObject({ added: 0, updated: 0, feeds: 4, notChanged: 4, changed: false, problems: 1 });
    expect(second.summary).toBe('no new articles from 4 feeds; 1 problem');
    expect(lines).toEqual([`${server.base}/hostile/404: HTTP 404 Not Found (will try again next poll)`]);
    const again = server.log.slice(asked);
    const headers = (f: string) => again.find((l) => l.path === `/feeds/${f}`)!.headers;
    expect(headers('quayside.rss')['if-none-match']).toBe('"quayside-v1"');
    expect(headers('lodestar.atom')['if-modified-since']).toBe('Thu, 15 Apr 2027 15:00:00 GMT');
    expect(headers('atlantic.json')).toMatchObject({ 'if-none-match': 'W/"atl-7"', 'if-modified-since': 'Thu, 15 Apr 2027 18:30:00 GMT' });
    // Only the failed item was fetched again; no article page was.
    expect(again.filter((l) => !l.path.startsWith('/feeds/')).map((l) => l.path)).toEqual(['/hostile/404']);

    // The state beside the feeds file holds the validators and what was seen.
    const state = JSON.parse(readFileSync(join(dir, 'feeds.state.json'), 'utf8'));
    expect(state.feeds[`${server.base}/feeds/quayside.rss`]).toMatchObject({ etag: '"quayside-v1"', lastError: null });
    expect(Object.keys(state.feeds[`${server.base}/feeds/quayside.rss`].seen).sort()).toEqual(['quayside-2027-04-14-0088', 'quayside-2027-04-14-0091', 'quayside-2027-04-14-0093']);
    expect(filesIn(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('a new matching item is the only article fetched; a page that keeps failing is given up after three tries', async () => {
    const { opts, lines } = setup();
    await pollFeeds(opts);
    const rss = server.feedText('quayside.rss');
    server.setFeed('quayside.rss', {
      type: 'application/rss+xml',
      etag: '"quayside-v2"',
      body: rss.replace(
        '<item>',
        `<item><title>Analysis: What Iceland wants from its new Portuguese partnership</title><link>{{base}}/pages/northern-dispatch</link><guid>nd-analysis</guid><description>Sigvaldsdóttir's Portugal trip, read from the north.</description></item>\n    <item>`,
      ),
    });
    try {
      const asked = server.log.length;
      const third = await pollFeeds(opts);
      expect(third).toMatchObject({ added: 1, changed: true });
      expect(third.summary).toBe('1 new article from 4 feeds; 1 problem');
      expect(server.log.slice(asked).filter((l) => l.path.startsWith('/pages/')).map((l) => l.path)).toEqual(['/pages/northern-dispatch']);
      expect(urlsIn(opts.corpus)).toContain(url('northern-dispatch'));
    } finally {
      server.setFeed('quayside.rss', { type: 'application/rss+xml; charset=utf-8', etag: '"quayside-v1"', body: rss });
    }
    lines.length = 0;
    const fourth = await pollFeeds(opts);
    expect(lines).toEqual([`${server.base}/hostile/404: HTTP 404 Not Found (gave up after 3 tries)`]);
    expect(fourth.changed).toBe(false);
    lines.length = 0;
    const fifth = await pollFeeds(opts);
    expect(fifth).toMatchObject({ problems: 0, changed: false, summary: 'no new articles from 4 feeds' });
    expect(lines).toEqual([]);
  });

  it('a feed that fails is one line; the other feeds are still read', async () => {
    const { opts, lines } = setup(['quayside.rss', 'not-a-feed', 'missing.rss']);
    const r = await pollFeeds(opts);
    expect(r).toMatchObject({ added: 1, feeds: 3, problems: 2, changed: true });
    expect(lines.sort()).toEqual([
      `${server.base}/feeds/missing.rss: HTTP 404 Not Found`,
      `${server.base}/feeds/not-a-feed: not a readable feed: The XML document is not well-formed`,
    ].sort());
  });

  it('without --match every new item is taken; a regular expression works too', async () => {
    const all = setup(['lodestar.atom']);
    const r = await pollFeeds({ ...all.opts, match: null });
    expect(r.added).toBe(1); // the oil story's page is not an article: it is a problem, not an addition
    expect(server.requests('/pages/never-3').length).toBeGreaterThan(0);
    const re = setup(['atlantic.json']);
    const r2 = await pollFeeds({ ...re.opts, match: '/marathon|patrol data/i' });
    expect(r2.added).toBe(1);
    expect(urlsIn(re.opts.corpus)).toEqual([url('atlantic-courier')]);
  });

  it('a missing or broken feeds file is one line naming it', async () => {
    const { opts } = setup();
    await expect(pollFeeds({ ...opts, feedsFile: join(opts.corpus, 'nope.json') })).rejects.toThrow(/feeds file not found/);
    writeFileSync(opts.feedsFile, '{"feeds": [{"url": "file:///etc/passwd"}]}');
    await expect(pollFeeds(opts)).rejects.toMatchObject({ line: `${opts.feedsFile}: file:///etc/passwd: refused: only http and https feed URLs are fetched, not file:` });
    writeFileSync(opts.feedsFile, '{"feeds": [');
    await expect(pollFeeds(opts)).rejects.toMatchObject({ file: opts.feedsFile, message: expect.stringMatching(/^the feeds file is not valid JSON/) });
  });
});
