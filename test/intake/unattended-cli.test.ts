import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/intake/article-file.js';
import { tempDir } from '../helpers/run.js';
import { attacheAsync, FAST, filesIn, startAttache } from './cli.js';
import { EXPECTED, startFixtureServer, type FixtureServer } from './server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});
const running: ReturnType<typeof startAttache>[] = [];
afterEach(() => {
  for (const p of running.splice(0)) p.child.kill('SIGKILL');
});

const FEEDS = ['quayside.rss', 'lodestar.atom', 'atlantic.json'];
const MATCH = 'Sigvaldsdottir Portugal';
/** "2027-04-17T09:15:02Z ": the stamp at the head of every run's line. */
const STAMP = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ';

function setup() {
  const dir = tempDir('attache-unattended-');
  const feeds = join(dir, 'feeds.json');
  writeFileSync(feeds, JSON.stringify({ feeds: FEEDS.map((f) => ({ url: `${server.base}/feeds/${f}` })) }));
  return { dir, feeds, corpus: join(dir, 'corpus'), out: join(dir, 'out') };
}

/** The address each article in the corpus was fetched from. */
function urlsIn(corpus: string): string[] {
  return filesIn(corpus)
    .filter((f) => f.endsWith('.md'))
    .map((f) => String(readFrontMatter(readFileSync(join(corpus, f), 'utf8'))!.url))
    .sort();
}

/**
 * A feed that answers only when the test lets it: a signal can then land in the middle of a poll.
 * `asked` resolves when the feed is requested.
 */
async function heldFeed() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let onAsked!: () => void;
  const asked = new Promise<void>((r) => (onAsked = r));
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title><item><title>Sigvaldsdóttir lands in Portugal</title><link>${server.base}/pages/lodestar-wire</link><guid>harbour-1</guid><description>The visit begins.</description></item></channel></rss>`;
  const held = createServer((_req, res) => {
    onAsked();
    void released.then(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss));
  });
  await new Promise<void>((r) => held.listen(0, '127.0.0.1', r));
  const feedUrl = `http://127.0.0.1:${(held.address() as AddressInfo).port}/rss`;
  return {
    feedUrl,
    asked,
    release,
    close: () => new Promise<void>((r) => (held.closeAllConnections(), held.close(() => r()))),
  };
}

const url = (name: string) => EXPECTED.pages.find((p) => p.name === name)!.url.replace('{{base}}', server.base);
/** The items of the three feeds that name both words: every other item links to a page never to be fetched. */
const MATCHING = ['quayside-herald', 'lodestar-wire', 'atlantic-courier', 'basalt-review'];

describe('attache schedule --feeds', () => {
  it('polls then rebuilds: the first run adds the matching items and builds once; the second asks conditionally, adds nothing, builds nothing', async () => {
    const { feeds, corpus, out } = setup();
    const asked = server.log.length;
    const r = await attacheAsync(['schedule', corpus, '--out', out, '--feeds', feeds, '--match', MATCH, '--cron', '* * * * * *', '--runs', '2', '--format', 'md,json', '--date', '2027-04-17', ...FAST]);
    expect(r.code, r.stderr).toBe(0);
    // One line per run: the poll's, ending with the edition the build made.
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([expect.stringMatching(new RegExp(`^${STAMP}4 new articles from 3 feeds; brief edition 1$`)), expect.stringMatching(new RegExp(`^${STAMP}no new articles from 3 feeds$`))]);
    expect(r.stderr).not.toMatch(/error|feeds:/);

    expect(urlsIn(corpus)).toEqual(MATCHING.map(url).sort());
    expect(server.log.slice(asked).filter((l) => l.path.startsWith('/pages/never-'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'))).toMatchObject({ edition: 1, asOf: '2027-04-17' });
    expect(readFileSync(join(out, 'brief.md'), 'utf8')).toMatch(/Sigvaldsd[oó]ttir/);
    // Built once: no earlier edition was archived.
    expect(existsSync(join(out, 'archive'))).toBe(false);

    // The second poll sent back each feed's validators and fetched no page.
    const polls = (f: string) => server.log.slice(asked).filter((l) => l.path === `/feeds/${f}`);
    for (const f of FEEDS) expect(polls(f), f).toHaveLength(2);
    expect(polls('quayside.rss')[0]!.headers['if-none-match']).toBeUndefined();
    expect(polls('quayside.rss')[1]!.headers['if-none-match']).toBe('"quayside-v1"');
    expect(polls('lodestar.atom')[1]!.headers['if-modified-since']).toBe('Thu, 15 Apr 2027 15:00:00 GMT');
    expect(polls('atlantic.json')[1]!.headers).toMatchObject({ 'if-none-match': 'W/"atl-7"', 'if-modified-since': 'Thu, 15 Apr 2027 18:30:00 GMT' });
    const secondPoll = server.log.indexOf(polls('quayside.rss')[1]!);
    expect(server.log.slice(secondPoll).filter((l) => !l.path.startsWith('/feeds/'))).toEqual([]);
  });

  it('builds an article put into the corpus by hand, though the feeds brought nothing', async () => {
    const { feeds, corpus, out } = setup();
    const args = ['schedule', corpus, '--out', out, '--feeds', feeds, '--match', MATCH, '--cron', '* * * * * *', '--runs', '1', '--format', 'json', '--date', '2027-04-17', ...FAST];
    expect((await attacheAsync(args)).code).toBe(0);
    writeFileSync(join(corpus, 'by-hand.txt'), 'LISBON, April 16 (Harbour Wire) — Prime Minister Halla Sigvaldsdóttir of Iceland met the Portuguese President in Lisbon on Friday, the two said in a joint statement.\n');
    const r = await attacheAsync(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${STAMP}no new articles from 3 feeds; brief edition 2\\n$`));
    expect(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8')).sources).toHaveLength(5);
  });

  it('refuses a bad --match or a missing feeds file with one line, before any run', async () => {
    const { dir, feeds, corpus, out } = setup();
    const regex = await attacheAsync(['schedule', corpus, '--out', out, '--feeds', feeds, '--match', '/(/', '--cron', '* * * * *']);
    expect(regex.stderr).toBe('attache: --match: not a valid regular expression /(/: Invalid regular expression: /(/: Unterminated group\n');
    expect(regex.code).toBe(2);
    const missing = await attacheAsync(['schedule', corpus, '--out', out, '--feeds', join(dir, 'none.json'), '--cron', '* * * * *']);
    expect(missing.stderr).toBe(`attache: ${join(dir, 'none.json')}: feeds file not found; create it with \`attache feeds add URL --feeds FILE\`\n`);
    expect(missing.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
  it('a signal during a poll lets it finish, then stops without building (exit 0)', async () => {
    const { dir, corpus, out } = setup();
    const feed = await heldFeed();
    const feeds = join(dir, 'held.json');
    writeFileSync(feeds, JSON.stringify([feed.feedUrl]));
    try {
      const p = startAttache(['schedule', corpus, '--out', out, '--feeds', feeds, '--match', MATCH, '--cron', '* * * * * *', '--format', 'json', ...FAST]);
      running.push(p);
      await feed.asked;
      p.child.kill('SIGTERM');
      await p.waitFor(/^stopping once the poll in hand has finished \(SIGTERM\)$/);
      feed.release();
      expect(await p.exited).toBe(0);
      expect(p.lines).toEqual([expect.stringMatching(new RegExp(`^${STAMP}1 new article from 1 feed$`))]);
      expect(p.stderr()).toMatch(/stopped the schedule "\* \* \* \* \* \*" \(SIGTERM\)\n$/);
      // The article and what the poll saw were kept; no brief was built.
      expect(urlsIn(corpus)).toEqual([url('lodestar-wire')]);
      expect(Object.keys(JSON.parse(readFileSync(join(dir, 'held.state.json'), 'utf8')).feeds[feed.feedUrl].seen)).toEqual(['harbour-1']);
      expect(existsSync(join(out, 'brief.json'))).toBe(false);
    } finally {
      await feed.close();
    }
  });
});

describe('attache watch --feeds', () => {
  it('polls at the start and every --poll-interval; what a poll adds sets off a rebuild; a signal stops it cleanly', async () => {
    const { feeds, corpus, out } = setup();
    const p = startAttache(['watch', corpus, '--out', out, '--feeds', feeds, '--match', MATCH, '--poll-interval', '1', '--format', 'json', '--date', '2027-04-17', '--debounce', '100', ...FAST]);
    running.push(p);
    await p.waitFor(new RegExp(`^${STAMP}4 new articles from 3 feeds$`));
    await p.waitFor(new RegExp(`^${STAMP}built 1 file from 4 sources in \\d+ ms$`));
    await p.waitFor(new RegExp(`^${STAMP}no new articles from 3 feeds$`));
    const built = statSync(join(out, 'brief.json')).mtimeMs;

    // The newsroom publishes one more matching article.
    const item = `<item><title>Analysis: what Iceland wants from Portugal</title><link>${server.base}/pages/northern-dispatch</link><guid>quayside-2027-04-15-0101</guid><description>Sigvaldsdóttir's visit to Portugal, read from Reykjavík.</description></item>`;
    server.setFeed('quayside.rss', { body: server.feedText('quayside.rss').replace('<item>', `${item}<item>`), type: 'application/rss+xml', etag: '"quayside-v2"' });
    await p.waitFor(new RegExp(`^${STAMP}1 new article from 3 feeds$`));
    await p.waitFor(new RegExp(`^${STAMP}built 1 file from 5 sources in \\d+ ms$`));
    expect(statSync(join(out, 'brief.json')).mtimeMs).toBeGreaterThan(built);
    expect(urlsIn(corpus)).toEqual([...MATCHING, 'northern-dispatch'].map(url).sort());

    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toMatch(/stopped watching .* \(SIGTERM\)\n$/);
    expect(p.stderr()).not.toMatch(/error|feeds:/);
    expect(filesIn(corpus).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('a signal during the first poll lets it finish, then stops before the first build (exit 0)', async () => {
    const { dir, corpus, out } = setup();
    const feed = await heldFeed();
    const feeds = join(dir, 'held.json');
    writeFileSync(feeds, JSON.stringify([feed.feedUrl]));
    try {
      const p = startAttache(['watch', corpus, '--out', out, '--feeds', feeds, '--match', MATCH, '--format', 'json', ...FAST]);
      running.push(p);
      await feed.asked;
      p.child.kill('SIGINT');
      await p.waitFor(/^stopping once the poll in hand has finished \(SIGINT\)$/);
      feed.release();
      expect(await p.exited).toBe(0);
      expect(p.lines).toEqual([expect.stringMatching(new RegExp(`^${STAMP}1 new article from 1 feed$`))]);
      expect(p.stderr()).toMatch(/stopped watching .* \(SIGINT\)\n$/);
      expect(urlsIn(corpus)).toEqual([url('lodestar-wire')]);
      expect(existsSync(join(out, 'brief.json'))).toBe(false);
    } finally {
      await feed.close();
    }
  });
});
