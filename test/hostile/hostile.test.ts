import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../src/model/schema.js';
import { pdfPages } from '../helpers/pdf.js';
import { attache, BIN, ROOT, tempDir } from '../helpers/run.js';

const ARTICLE = readFileSync(join(ROOT, 'corpus/001_b4bc8a240b885ea1.txt'), 'utf8');
const OTHER = readFileSync(join(ROOT, 'corpus/002_a77e585c79256534.txt'), 'utf8');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function corpus(files: Record<string, string | Buffer>): string {
  const dir = tempDir('attache-hostile-');
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

function build(dir: string, ...extra: string[]) {
  const out = tempDir('attache-out-');
  const r = attache(['build', dir, '--out', out, '--date', '2025-12-01', ...extra]);
  const brief = r.code === 0 && existsSync(join(out, 'brief.json')) ? Brief.parse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'))) : null;
  return { ...r, out, brief };
}

/** A failure the user can act on: one line on stderr, no stack, non-zero exit. */
function expectOneLineError(r: { code: number | null; stderr: string }, ...words: string[]) {
  expect(r.code).not.toBe(0);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const w of words) expect(r.stderr).toContain(w);
}

describe('corpus folders that hold no article', () => {
  it('an empty folder', () => expectOneLineError(build(corpus({})), 'no files'));
  it('only binary files', () => expectOneLineError(build(corpus({ 'a.txt': PNG, 'b.png': PNG })), 'no readable article', 'binary'));
});

describe('files among the articles', () => {
  it('skips a PNG with a warning and reads the rest', () => {
    const r = build(corpus({ 'a.txt': ARTICLE, 'photo.png': PNG }));
    expect(r.code).toBe(0);
    expect(r.brief!.sources).toHaveLength(1);
    expect(r.brief!.warnings).toContainEqual({ file: 'photo.png', message: expect.stringContaining('skipped') });
    expect(r.stderr).toContain('warning: photo.png');
  });

  it('reads the text of a real PDF and skips a broken one with a warning', async () => {
    const made = build(corpus({ 'a.txt': OTHER }), '--format', 'pdf');
    expect(made.code).toBe(0);
    const pdf = readFileSync(join(made.out, 'brief.pdf'));
    const r = build(corpus({ 'a.txt': ARTICLE, 'report.pdf': pdf, 'broken.pdf': Buffer.from('%PDF-1.4\n1 0 obj garbage\n%%EOF') }));
    expect(r.code).toBe(0);
    expect(r.brief!.sources.map((s) => s.file)).toEqual(['a.txt', 'report.pdf']);
    expect(r.brief!.warnings).toContainEqual({ file: 'broken.pdf', message: expect.stringContaining('unreadable PDF') });
    expect((await pdfPages(pdf)).join(' ')).toContain('Moscow');
  });

  it('replaces invalid UTF-8 bytes and says so', () => {
    const r = build(corpus({ 'bad.txt': Buffer.concat([Buffer.from(ARTICLE.slice(0, 400)), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(ARTICLE.slice(400))]) }));
    expect(r.code).toBe(0);
    expect(r.brief!.warnings).toContainEqual({ file: 'bad.txt', message: expect.stringContaining('invalid utf-8') });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const r = build(corpus({ 'le.txt': le }));
    expect(r.code).toBe(0);
    expect(r.brief!.event.visitor?.name).toBe('Vladimir Putin');
  });

  it('skips a 50 MB file and a 2 MB line with warnings, in bounded time', () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'one-line.txt': `${ARTICLE.slice(0, 300)}\n${'word '.repeat(420_000)}\n` });
    const fd = openSync(join(dir, 'huge.txt'), 'w');
    const chunk = Buffer.alloc(1 << 20, 'lorem ipsum dolor sit amet. ');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const started = Date.now();
    const r = build(dir);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.code).toBe(0);
    expect(r.brief!.warnings).toContainEqual({ file: 'huge.txt', message: expect.stringContaining('limit') });
    expect(r.brief!.warnings).toContainEqual({ file: 'one-line.txt', message: expect.stringContaining('skipped a line of') });
  });

  it('reads HTML without its script, style, navigation and footer', () => {
    const html = `<html><head><title>Talks</title><style>.x{}</style><script>var secret = "SCRIPT-TEXT";</script></head><body><nav>NAV-TEXT</nav><article>${ARTICLE.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>FOOTER-TEXT</footer></body></html>`;
    const r = build(corpus({ 'page.html': html }));
    expect(r.code).toBe(0);
    const all = readFileSync(join(r.out, 'brief.md'), 'utf8') + JSON.stringify(r.brief);
    for (const junk of ['SCRIPT-TEXT', 'NAV-TEXT', 'FOOTER-TEXT', '.x{}']) expect(all).not.toContain(junk);
    expect(r.brief!.event.visitor?.name).toBe('Vladimir Putin');
  });

  it('counts the same article under two names once', () => {
    const r = build(corpus({ 'a.txt': ARTICLE, 'b copy.txt': ARTICLE, 'c.txt': OTHER }));
    expect(r.brief!.sources.map((s) => s.duplicateOf)).toEqual([null, 'S1', null]);
    for (const c of r.brief!.agenda) expect(c.sources).not.toContain('S2');
  });

  it('follows a link loop once and goes on', () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'sub/b.txt': OTHER });
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const r = build(dir);
    expect(r.code).toBe(0);
    expect(r.brief!.sources.map((s) => s.file)).toEqual(['a.txt', 'sub/b.txt']);
    expect(r.brief!.warnings.some((w) => w.message.includes('link loop'))).toBe(true);
  });

  it('reads file names with spaces and non-ASCII letters', () => {
    const r = build(corpus({ 'Dépêche de Moscou — 2025.txt': ARTICLE, 'नई दिल्ली report.md': OTHER }));
    expect(r.code).toBe(0);
    expect(r.brief!.sources.map((s) => s.file)).toEqual(['Dépêche de Moscou — 2025.txt', 'नई दिल्ली report.md']);
  });

  it('warns about an article in another language and still builds', () => {
    const french = 'date: 2025-11-28\n\nLe président russe se rendra en Inde les 4 et 5 décembre pour un sommet annuel avec le Premier ministre indien. ' +
      'Les deux pays devraient signer plusieurs accords dans les domaines de la défense, du commerce et de l’énergie, selon des sources diplomatiques. '.repeat(3);
    const r = build(corpus({ 'a.txt': ARTICLE, 'fr.txt': french }));
    expect(r.code).toBe(0);
    expect(r.brief!.warnings).toContainEqual({ file: 'fr.txt', message: expect.stringContaining('English') });
  });

  it('builds from a single article with no date and no title', () => {
    const r = build(corpus({ 'bare.txt': ARTICLE.replace(/^New Delhi: /, '').replace(/\nPTI\s*$/, '') }));
    expect(r.code).toBe(0);
    expect(r.brief!.sources[0]!.published).toBeNull();
    expect(r.brief!.sources[0]!.title.length).toBeGreaterThan(0);
    expect(r.brief!.warnings).toContainEqual({ file: 'bare.txt', message: 'no publication date found' });
    expect(r.brief!.discrepancies.filter((d) => d.kind === 'uncorroborated')).toEqual([]);
  });
});

describe('bad options', () => {
  it('an unknown option', () => expectOneLineError(attache(['build', 'corpus', '--colour', 'red']), 'colour'));
  it('a bad --keep', () => expectOneLineError(attache(['build', 'corpus', '--out', tempDir(), '--keep', '-1']), '--keep'));
});

describe('markup in articles stays text', () => {
  it('shows <script>, <img onerror>, javascript: links and {{…}} literally in Markdown and PDF', async () => {
    const hostile = `date: 2025-11-28\n\n${ARTICLE}\n\nOfficials said <script>alert("x")</script> and <img src=x onerror=alert(1)> were posted; see [the deal](javascript:alert(1)) and {{constructor.constructor('return process')()}} in the talks with Russia on trade.\n`;
    const r = build(corpus({ 'a.txt': hostile, 'b.txt': OTHER }));
    expect(r.code).toBe(0);
    const md = readFileSync(join(r.out, 'brief.md'), 'utf8');
    expect(md).not.toMatch(/(?<!\\)<(?:script|img)/);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\{\\{constructor.constructor');
    const text = (await pdfPages(readFileSync(join(r.out, 'brief.pdf')))).join('\n');
    expect(text).toContain('<script>alert("x")</script>');
  });
});

describe('two builds at once into one folder', () => {
  it('one waits its turn or refuses; the brief is whole either way', async () => {
    const out = tempDir();
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const c = spawn(process.execPath, [BIN, 'build', 'corpus', '--out', out, '--date', '2025-12-01', '--quiet'], { cwd: ROOT });
        let stderr = '';
        c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        c.on('exit', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(), run()]);
    expect(results.some((r) => r.code === 0)).toBe(true);
    for (const r of results.filter((x) => x.code !== 0)) expect(r.stderr).toContain('another build is writing');
    expect(Brief.safeParse(JSON.parse(readFileSync(join(out, 'brief.json'), 'utf8'))).success).toBe(true);
    expect(readdirSync(out).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });
});

void cpSync;
