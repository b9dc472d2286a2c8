import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/run.js';
import { attacheAsync, FAST, filesIn } from './cli.js';
import { startFixtureServer, type FixtureServer } from './server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

/** A corpus that already holds an article: a failed add must leave it exactly as it was. */
function corpusWithOneArticle(): { corpus: string; before: Record<string, string> } {
  const corpus = join(tempDir('attache-hostile-'), 'corpus');
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'earlier.md'), '---\ntitle: "Earlier"\nurl: "https://earlier.example/a"\n---\n\n# Earlier\n\nText.\n');
  return { corpus, before: snapshot(corpus) };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(filesIn(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Exit 1: the page could not be added. The one line names the URL and the reason. */
const FAILURES: [string, string, string[]][] = [
  ['/hostile/loop-a', 'redirect loop after 2 hops', []],
  ['/hostile/chain/0', 'too many redirects (more than 5)', []],
  ['/hostile/to-file', 'refused: redirected to a file: URL', []],
  ['/hostile/huge', 'too large: stopped reading past the 5 MB limit', []],
  ['/hostile/huge-declared', 'too large: 50 MB is over the 5 MB limit', []],
  ['/hostile/drip', 'timed out after 1 s', ['--timeout', '1']],
  ['/hostile/silent', 'no answer within 1 s', ['--timeout', '1']],
  ['/hostile/png', 'not a web page: content type image/png, expected text/html or application/xhtml+xml', []],
  ['/hostile/pdf', 'not a web page: content type application/pdf, expected text/html or application/xhtml+xml', []],
  ['/hostile/404', 'HTTP 404 Not Found', []],
  ['/hostile/500', 'HTTP 500 Internal Server Error', []],
  ['/hostile/stub', 'no article text found on the page', []],
];

describe('hostile answers to attache add: one clear line, exit 1, the corpus untouched', () => {
  for (const [path, reason, extra] of FAILURES) {
    it(`${path}: ${reason}`, async () => {
      const { corpus, before } = corpusWithOneArticle();
      const r = await attacheAsync(['add', server.base + path, '--corpus', corpus, ...FAST, ...extra]);
      expect(r.stderr).toBe(`attache: ${server.base}${path}: ${reason}\n`);
      expect(r.stdout).toBe('');
      expect(r.code).toBe(1);
      // Nothing new, nothing partial, no temporary file: the corpus is as it was.
      expect(snapshot(corpus)).toEqual(before);
    });
  }

  it('the 50 MB answer is abandoned once past the cap, never read whole', async () => {
    server.sent.huge = 0;
    const { corpus } = corpusWithOneArticle();
    const r = await attacheAsync(['add', `${server.base}/hostile/huge`, '--corpus', corpus, ...FAST]);
    expect(r.code).toBe(1);
    expect(server.sent.huge).toBeGreaterThan(5 * 1024 * 1024);
    // What the server got out before the client hung up: the cap plus what socket buffers held.
    expect(server.sent.huge).toBeLessThan(25 * 1024 * 1024);
  });

  it('a refused connection is one line too', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const { corpus, before } = corpusWithOneArticle();
    const r = await attacheAsync(['add', `http://127.0.0.1:${port}/news`, '--corpus', corpus, ...FAST]);
    expect(r.stderr).toBe(`attache: http://127.0.0.1:${port}/news: connection refused\n`);
    expect(r.code).toBe(1);
    expect(snapshot(corpus)).toEqual(before);
  });
});

/** Exit 2: not an address attache fetches. Refused before anything is fetched. */
const REFUSED: [string, string][] = [
  ['file:///etc/passwd', 'file:///etc/passwd: refused: only http and https URLs are fetched, not file:'],
  ['data:text/html,<p>hello</p>', 'data:text/html,<p>hello</p>: refused: only http and https URLs are fetched, not data:'],
  ['ftp://files.example/a.html', 'ftp://files.example/a.html: refused: only http and https URLs are fetched, not ftp:'],
  ['news.example/story', 'news.example/story: not a URL: expected http://… or https://…'],
];

describe('addresses refused before any fetch: exit 2', () => {
  for (const [url, line] of REFUSED) {
    it(url, async () => {
      const { corpus, before } = corpusWithOneArticle();
      const asked = server.log.length;
      // A good URL beside the bad one is not fetched either: the command line is checked first.
      const r = await attacheAsync(['add', `${server.base}/pages/lodestar-wire?refused`, url, '--corpus', corpus, ...FAST]);
      expect(r.stderr).toBe(`attache: ${line}\n`);
      expect(r.code).toBe(2);
      expect(server.log.length).toBe(asked);
      expect(snapshot(corpus)).toEqual(before);
    });
  }

  it('a bad option value names the option', async () => {
    const r = await attacheAsync(['add', `${server.base}/pages/lodestar-wire`, '--delay', '-1']);
    expect(r.stderr).toBe('attache: --delay: expected a number of seconds, from 0 to 3600; got "-1"\n');
    expect(r.code).toBe(2);
  });
});
