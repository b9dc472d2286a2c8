import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsync } from '../helpers/cli.js';
import { tempDir } from '../helpers/run.js';
import { attacheAsync, FAST, filesIn } from './cli.js';
import { EXPECTED, startFixtureServer, type FixtureServer } from './server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

describe('attache feeds', () => {
  it('add checks the feed and writes the feeds file; the same feed twice is one; list shows them', async () => {
    const dir = tempDir('attache-feeds-');
    const feeds = join(dir, 'feeds.json');
    const rss = `${server.base}/feeds/quayside.rss`;
    const a = await attacheAsync(['feeds', 'add', rss, '--feeds', feeds, ...FAST]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(`following ${rss} (The Quayside Herald — World): 3 items now; 1 feed in ${feeds}\n`);
    const again = await attacheAsync(['feeds', 'add', rss, '--feeds', feeds, ...FAST]);
    expect(again.stdout).toBe(`already following ${rss} in ${feeds}\n`);
    const json = `${server.base}/feeds/atlantic.json`;
    expect((await attacheAsync(['feeds', 'add', json, '--feeds', feeds, '--name', 'Courier', ...FAST])).code).toBe(0);
    expect(JSON.parse(readFileSync(feeds, 'utf8'))).toEqual({ feeds: [{ url: rss, name: 'The Quayside Herald — World' }, { url: json, name: 'Courier' }] });

    const list = await attacheAsync(['feeds', 'list', '--feeds', feeds]);
    expect(list.stdout).toBe(`${rss}  The Quayside Herald — World — not polled yet\n${json}  Courier — not polled yet\n`);
  });

  it('add refuses what is not a feed (exit 1) or not http(s) (exit 2), and leaves the feeds file as it was', async () => {
    const dir = tempDir('attache-feeds-');
    const feeds = join(dir, 'feeds.json');
    writeFileSync(feeds, '{"feeds": []}\n');
    const page = await attacheAsync(['feeds', 'add', `${server.base}/pages/basalt-review`, '--feeds', feeds, ...FAST]);
    expect(page.stderr).toBe(`attache: ${server.base}/pages/basalt-review: not a feed: content type text/html, expected application/rss+xml or application/atom+xml\n`);
    expect(page.code).toBe(1);
    const file = await attacheAsync(['feeds', 'add', 'file:///srv/feed.xml', '--feeds', feeds]);
    expect(file.stderr).toBe('attache: file:///srv/feed.xml: refused: only http and https feed URLs are fetched, not file:\n');
    expect(file.code).toBe(2);
    expect(readFileSync(feeds, 'utf8')).toBe('{"feeds": []}\n');
    expect(filesIn(dir)).toEqual(['feeds.json']);
  });

  it('poll adds the matching articles and says so in one line; polled again, nothing new; list shows the poll', async () => {
    const dir = tempDir('attache-feeds-');
    const feeds = join(dir, 'feeds.json');
    const corpus = join(dir, 'corpus');
    writeFileSync(feeds, JSON.stringify({ feeds: ['quayside.rss', 'lodestar.atom', 'atlantic.json'].map((f) => ({ url: `${server.base}/feeds/${f}` })) }));
    const args = ['feeds', 'poll', '--feeds', feeds, '--corpus', corpus, '--match', 'sigvaldsdottir portugal', ...FAST];
    const first = await attacheAsync(args);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('4 new articles from 3 feeds\n');
    expect(first.code).toBe(0);
    expect(filesIn(corpus).filter((f) => f.endsWith('.md'))).toHaveLength(4);
    const second = await attacheAsync(args);
    expect(second.stdout).toBe('no new articles from 3 feeds\n');
    expect(second.code).toBe(0);
    const list = await attacheAsync(['feeds', 'list', '--feeds', feeds]);
    expect(list.stdout.split('\n')[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/quayside\.rss — polled \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z, 3 items seen$/);
  });

  it('poll with a problem prints it on stderr and exits 1, after adding what it could', async () => {
    const dir = tempDir('attache-feeds-');
    const feeds = join(dir, 'feeds.json');
    const corpus = join(dir, 'corpus');
    writeFileSync(feeds, JSON.stringify([`${server.base}/feeds/broken.rss`]));
    const r = await attacheAsync(['feeds', 'poll', '--feeds', feeds, '--corpus', corpus, '--match', 'Sigvaldsdóttir', ...FAST]);
    expect(r.stdout).toBe('1 new article from 1 feed; 3 problems\n');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(4);
    expect(r.stderr).toContain(`attache: ${server.base}/hostile/404: HTTP 404 Not Found (will try again next poll)\n`);
    expect(r.stderr.endsWith(`attache: 3 problems while polling ${feeds} (see above)\n`)).toBe(true);
    expect(r.code).toBe(1);
    expect(filesIn(corpus).filter((f) => f.endsWith('.md'))).toEqual(['icelandic-leader-visits-azores-geothermal-plant.md']);
  });
});

describe('feeds options from the configuration file and the environment', () => {
  it('reads feeds.file, feeds.match, fetch.* and corpus from the file (paths from its folder), ATTACHE_FEEDS from the environment', async () => {
    const dir = tempDir('attache-feeds-');
    const sub = join(dir, 'desk');
    mkdirSync(sub);
    writeFileSync(join(dir, 'story.json'), JSON.stringify({ feeds: ['quayside.rss', 'lodestar.atom', 'atlantic.json'].map((f) => ({ url: `${server.base}/feeds/${f}` })) }));
    const config = { corpus: 'news', feeds: { file: 'story.json', match: 'sigvaldsdottir portugal' }, fetch: { delay: 0, contact: 'mailto:desk@example.org' } };
    writeFileSync(join(dir, 'attache.config.json'), JSON.stringify(config));
    const asked = server.log.length;
    // Run from a folder below the file's: its relative paths still mean the same files.
    const r = await runAsync(['feeds', 'poll'], { cwd: sub });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('4 new articles from 3 feeds\n');
    expect(filesIn(join(dir, 'news')).filter((f) => f.endsWith('.md'))).toHaveLength(4);
    expect(server.log.slice(asked).every((l) => String(l.headers['user-agent']).endsWith('(news brief tool; +mailto:desk@example.org)'))).toBe(true);

    const other = join(dir, 'other.json');
    const list = await runAsync(['feeds', 'list'], { cwd: sub, env: { ATTACHE_FEEDS: other } });
    expect(list.stdout).toBe(`no feeds in ${other}; add one with: attache feeds add URL --feeds ${other}\n`);
  });

  it('a bad value or an unknown key in the file is one line naming it (exit 2), as for build', async () => {
    const dir = tempDir('attache-feeds-');
    const file = join(dir, 'attache.config.json');
    for (const [fetch, line] of [
      [{ concurrency: 0 }, 'attache: attache.config.json: "fetch.concurrency": expected a whole number of requests, from 1 to 32; got 0'],
      [{ dealy: 0 }, 'attache: attache.config.json: "fetch.dealy": unknown key; did you mean "fetch.delay"?'],
    ] as const) {
      writeFileSync(file, JSON.stringify({ fetch }));
      const r = await runAsync(['add', `${server.base}/pages/quayside-herald`], { cwd: dir });
      expect(r.stderr).toBe(`${line}\n`);
      expect(r.code).toBe(2);
    }
    expect(filesIn(dir)).toEqual(['attache.config.json']);
  });
});

describe('a corpus filled by attache add builds', () => {
  it('every fixture page added, then attache build: the brief holds article text and none of the pages\' furniture', async () => {
    const dir = tempDir('attache-feeds-');
    const corpus = join(dir, 'corpus');
    const added = await attacheAsync(['add', ...EXPECTED.pages.map((p) => server.base + p.route), '--corpus', corpus, ...FAST]);
    expect(added.code, added.stderr).toBe(0);
    const built = await attacheAsync(['build', corpus, '--out', join(dir, 'out'), '--format', 'md', '--date', '2027-04-17', '--quiet']);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const brief = readFileSync(join(dir, 'out', 'brief.md'), 'utf8');
    expect(brief).toContain('Sigvaldsdóttir');
    expect(brief).toContain('Rui Mendonça Abreu');
    for (const page of EXPECTED.pages) for (const noise of page.noise.filter((n) => n.split(' ').length > 1)) expect(brief, noise).not.toContain(noise);
  });
});
