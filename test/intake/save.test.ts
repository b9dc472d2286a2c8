import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/intake/article-file.js';
import { saveArticle, slugOf } from '../../src/intake/save.js';
import { tempDir } from '../helpers/run.js';
import { filesIn } from './cli.js';

const article = {
  title: 'Talks: day one — "frank" and long',
  outlet: 'The Quayside Herald',
  url: 'https://news.example/a',
  published: '2027-04-14',
  author: null,
  fetched: '2027-04-14T10:00:00Z',
  blocks: [
    { kind: 'p' as const, text: 'First paragraph.' },
    { kind: 'h' as const, text: 'What was signed' },
    { kind: 'li' as const, text: 'A memorandum' },
    { kind: 'p' as const, text: '# not a heading, - not a list' },
  ],
};

describe('saving an article', () => {
  it('slugs are safe, bounded and never empty', () => {
    expect(slugOf('Reykjavík–Porto flights: “from June”')).toBe('reykjavik-porto-flights-from-june');
    expect(slugOf('???')).toBe('article');
    expect(slugOf('CON')).toBe('con-article');
    const long = slugOf('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^word(-word)+$/);
  });

  it('writes front matter every YAML reader takes as strings, then the text as Markdown that stays text', async () => {
    const corpus = tempDir('attache-save-');
    const saved = await saveArticle(corpus, article);
    expect(saved).toEqual({ status: 'added', file: 'talks-day-one-frank-and-long.md' });
    const text = readFileSync(join(corpus, saved.file), 'utf8');
    expect(readFrontMatter(text)).toEqual({ title: article.title, outlet: article.outlet, url: article.url, published: '2027-04-14', fetched: '2027-04-14T10:00:00Z' });
    expect(text).toContain('published: "2027-04-14"\n');
    expect(text.split('---\n')[2]).toBe('\n# Talks: day one — "frank" and long\n\nFirst paragraph.\n\n## What was signed\n\n- A memorandum\n\n\\# not a heading, - not a list\n');
    expect(filesIn(corpus)).toEqual(['talks-day-one-frank-and-long.md']);
  });

  it('finds an article saved before by its URL, even renamed; unchanged unless its text changed', async () => {
    const corpus = tempDir('attache-save-');
    await saveArticle(corpus, article);
    const { renameSync } = await import('node:fs');
    renameSync(join(corpus, 'talks-day-one-frank-and-long.md'), join(corpus, 'renamed.md'));
    expect(await saveArticle(corpus, { ...article, fetched: '2027-04-15T00:00:00Z' })).toEqual({ status: 'unchanged', file: 'renamed.md' });
    expect(readFileSync(join(corpus, 'renamed.md'), 'utf8')).toContain('fetched: "2027-04-14T10:00:00Z"');
    expect(await saveArticle(corpus, { ...article, author: 'Marta Quintela', fetched: '2027-04-15T00:00:00Z' })).toEqual({ status: 'updated', file: 'renamed.md' });
    expect(readFrontMatter(readFileSync(join(corpus, 'renamed.md'), 'utf8'))).toMatchObject({ author: 'Marta Quintela', fetched: '2027-04-15T00:00:00Z' });
    expect(filesIn(corpus)).toEqual(['renamed.md']);
  });

  it('a name taken by a file that is not this article gets a number', async () => {
    const corpus = tempDir('attache-save-');
    writeFileSync(join(corpus, 'talks-day-one-frank-and-long.md'), 'written by hand\n');
    expect((await saveArticle(corpus, article)).file).toBe('talks-day-one-frank-and-long-2.md');
  });

  it('a corpus that cannot be written is one line naming it, and nothing is left behind', async () => {
    const dir = tempDir('attache-save-');
    writeFileSync(join(dir, 'corpus'), 'a file, not a folder');
    await expect(saveArticle(join(dir, 'corpus'), article)).rejects.toThrow(/^cannot create the corpus folder/);
    expect(filesIn(dir)).toEqual(['corpus']);
  });
});
