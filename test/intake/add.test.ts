import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/run.js';
import { attacheAsync, FAST, filesIn, savedArticle } from './cli.js';
import { EXPECTED, FIXTURES, startFixtureServer, type FixtureServer } from './server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

describe('attache add URL', () => {
  for (const page of EXPECTED.pages) {
    it(`${page.name}: front matter right, the article's text without navigation, comments or related links`, async () => {
      const corpus = join(tempDir('attache-add-'), 'corpus');
      const r = await attacheAsync(['add', server.base + page.route, '--corpus', corpus, ...FAST]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const files = filesIn(corpus).filter((f) => !f.startsWith('.'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^[a-z0-9-]+\.md$/);
      expect(r.stdout).toBe(`added: ${join(corpus, files[0]!)} (${page.title})\n`);
      const { front, body } = savedArticle(join(corpus, files[0]!));
      expect(front).toMatchObject({
        title: page.title,
        outlet: page.outlet,
        url: page.url.replace('{{base}}', server.base),
        published: page.published,
        author: page.author,
      });
      expect(String(front!.fetched)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(body.startsWith(`\n# ${page.title}\n\n`)).toBe(true);
      const paragraphs = body.trim().split(/\n\n/).slice(1);
      expect(paragraphs).toEqual(page.body);
      for (const noise of page.noise) expect(body, noise).not.toContain(noise);
    });
  }

  it('names the tool, its version and a contact in the User-Agent', async () => {
    const corpus = join(tempDir('attache-add-'), 'corpus');
    const r = await attacheAsync(['add', `${server.base}/pages/lodestar-wire?ua=1`, '--corpus', corpus, '--contact', 'mailto:desk@example.org', ...FAST]);
    expect(r.code).toBe(0);
    const ua = server.requests('/pages/lodestar-wire?ua=1')[0]!.headers['user-agent'];
    expect(ua).toMatch(/^attache\/\d+\.\d+\.\d+ \(news brief tool; \+mailto:desk@example\.org\)$/);
  });

  it('decodes ISO-8859-1 named in the Content-Type header or only in <meta>: accents, curly quotes and € come out right', async () => {
    for (const route of ['/pages/diario-do-tejo', '/pages/diario-do-tejo-meta']) {
      const corpus = join(tempDir('attache-add-'), 'corpus');
      const r = await attacheAsync(['add', server.base + route, '--corpus', corpus, ...FAST]);
      expect(r.code, r.stderr).toBe(0);
      const { body, front } = savedArticle(join(corpus, 'icelandic-leader-visits-azores-geothermal-plant.md'));
      expect(front!.author).toBe('Inês Carvalhão');
      expect(body).toContain('Sigvaldsdóttir toured the Ribeira Grande geothermal power station on São Miguel island');
      expect(body).toContain('Graça Medeiros');
      expect(body).toContain('“The heat is here, under our feet, as it is in Iceland,”');
      expect(body).toContain('€18 million');
      expect(body).not.toMatch(/Ã|Â|\uFFFD/);
    }
  });

  it('one canonical URL is one file: again is "unchanged", a changed article is "updated" in place', async () => {
    const corpus = join(tempDir('attache-add-'), 'corpus');
    const first = await attacheAsync(['add', `${server.base}/pages/quayside-herald`, '--corpus', corpus, ...FAST]);
    expect(first.code).toBe(0);
    const file = join(corpus, 'icelandic-prime-minister-opens-lisbon-visit-with-geothermal-pact-in-sight.md');
    const before = readFileSync(file, 'utf8');
    // The same article by another address (tracking parameters): the canonical URL is the same.
    const again = await attacheAsync(['add', `${server.base}/pages/quayside-herald?utm_source=newsletter&fbclid=x`, '--corpus', corpus, ...FAST]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`unchanged: ${file} (${EXPECTED.pages[0]!.title})\n`);
    expect(readFileSync(file, 'utf8')).toBe(before);

    const html = readFileSync(join(FIXTURES, 'pages/quayside-herald.html'), 'utf8').replace(
      '<p>Sigvaldsdóttir is due to be received',
      '<p>Update, 14:10: the signing has been brought forward to Thursday morning, a spokesman said.</p>\n<p>Sigvaldsdóttir is due to be received',
    );
    server.override('/pages/quayside-herald', { type: 'text/html; charset=utf-8', body: html });
    try {
      const changed = await attacheAsync(['add', `${server.base}/pages/quayside-herald`, '--corpus', corpus, ...FAST]);
      expect(changed.stdout).toBe(`updated: ${file} (${EXPECTED.pages[0]!.title})\n`);
    } finally {
      server.override('/pages/quayside-herald', null);
    }
    expect(readFileSync(file, 'utf8')).toContain('the signing has been brought forward');
    expect(filesIn(corpus).filter((f) => !f.startsWith('.'))).toEqual([file.slice(corpus.length + 1)]);
  });

  it('two articles with one headline get two files, the second de-duplicated', async () => {
    const corpus = join(tempDir('attache-add-'), 'corpus');
    const html = readFileSync(join(FIXTURES, 'pages/quayside-herald.html'), 'utf8').replace(/https:\/\/www\.quaysideherald\.example\/world\/2027\/04\/14\/iceland-portugal-geothermal-visit/g, 'https://www.quaysideherald.example/live/visit');
    server.override('/pages/copy', { type: 'text/html', body: html });
    const r = await attacheAsync(['add', `${server.base}/pages/quayside-herald`, `${server.base}/pages/copy`, '--corpus', corpus, ...FAST]);
    server.override('/pages/copy', null);
    expect(r.code, r.stderr).toBe(0);
    const slug = 'icelandic-prime-minister-opens-lisbon-visit-with-geothermal-pact-in-sight';
    expect(filesIn(corpus).filter((f) => !f.startsWith('.'))).toEqual([`${slug}-2.md`, `${slug}.md`]);
    expect(savedArticle(join(corpus, `${slug}-2.md`)).front!.url).toBe('https://www.quaysideherald.example/live/visit');
  });

  it('several URLs: each is reported in order, the failures on stderr, exit 1 when any failed', async () => {
    const corpus = join(tempDir('attache-add-'), 'corpus');
    const urls = ['/pages/lodestar-wire', '/hostile/404', '/pages/atlantic-courier', '/hostile/png'].map((p) => server.base + p);
    const r = await attacheAsync(['add', ...urls, '--corpus', corpus, ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['added', 'added']);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `attache: ${urls[1]}: HTTP 404 Not Found`,
      `attache: ${urls[3]}: not a web page: content type image/png, expected text/html or application/xhtml+xml`,
      'attache: 2 of 4 pages could not be added',
    ]);
    expect(filesIn(corpus).filter((f) => !f.startsWith('.'))).toHaveLength(2);
  });

  it('never prints the password of a URL with credentials, and sends them as Basic auth', async () => {
    const corpus = join(tempDir('attache-add-'), 'corpus');
    const url = server.base.replace('http://', 'http://analyst:s3cret@') + '/hostile/404';
    const r = await attacheAsync(['add', url, '--corpus', corpus, ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`attache: ${server.base.replace('http://', 'http://***@')}/hostile/404: HTTP 404 Not Found\n`);
    expect(r.stderr + r.stdout).not.toMatch(/s3cret|analyst/);
    const auth = server.requests('/hostile/404').at(-1)!.headers.authorization;
    expect(auth).toBe(`Basic ${Buffer.from('analyst:s3cret').toString('base64')}`);
  });
});
