import lockfile from 'proper-lockfile';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { AttacheError } from '../errors.js';
import { readFrontMatter, renderArticleFile, type ArticleFile } from './article-file.js';
import { foldAccents } from './match.js';

export type SaveStatus = 'added' | 'updated' | 'unchanged';

export interface Saved {
  status: SaveStatus;
  /** Path of the file, relative to the corpus folder. */
  file: string;
}

/** Held while an article is saved, so a scheduled poll and a hand-run `add` never race. */
const LOCK = '.attache-intake.lock';
const MAX_SLUG = 80;

/**
 * Saves the article into the corpus. One canonical URL is one file: an article already there is
 * rewritten only when its text or metadata changed. Writes go to a hidden temporary file renamed
 * into place, so the corpus never holds a partial article.
 */
export async function saveArticle(corpus: string, article: ArticleFile): Promise<Saved> {
  try {
    await mkdir(corpus, { recursive: true });
  } catch (e) {
    throw new AttacheError(corpus, `cannot create the corpus folder: ${(e as Error).message}`);
  }
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(corpus, { lockfilePath: join(corpus, LOCK), realpath: false, stale: 60_000, retries: { retries: 40, minTimeout: 50, maxTimeout: 500 } });
  } catch (e) {
    throw new AttacheError(corpus, `cannot lock the corpus folder: ${(e as Error).message}`);
  }
  try {
    const index = await indexByUrl(corpus);
    const existing = index.get(article.url);
    if (existing) {
      const old = await readFile(join(corpus, existing.file), 'utf8');
      // Same article fetched again: compare everything but the time it was fetched.
      if (renderArticleFile({ ...article, fetched: existing.fetched }) === old) return { status: 'unchanged', file: existing.file };
      await writeAtomic(corpus, existing.file, renderArticleFile(article));
      return { status: 'updated', file: existing.file };
    }
    const file = await freeName(corpus, slugOf(article.title));
    await writeAtomic(corpus, file, renderArticleFile(article));
    return { status: 'added', file };
  } finally {
    await release().catch(() => undefined);
  }
}

/** "Icelandic PM’s visit: day one" → "icelandic-pm-s-visit-day-one"; bounded, never empty. */
export function slugOf(title: string): string {
  let slug = foldAccents(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    slug = cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
  }
  // Names some file systems reserve (Windows' device names) are not file names anywhere.
  if (!slug || /^(con|prn|aux|nul|com\d|lpt\d)$/.test(slug)) slug = slug ? `${slug}-article` : 'article';
  return slug;
}

async function freeName(corpus: string, slug: string): Promise<string> {
  const taken = new Set((await readdir(corpus)).map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${slug}${n === 1 ? '' : `-${n}`}.md`;
    if (!taken.has(name)) return name;
  }
}

interface Indexed {
  file: string;
  fetched: string;
}

/** Every saved article in the corpus by its URL, read from the front matter of its .md file. */
async function indexByUrl(corpus: string): Promise<Map<string, Indexed>> {
  const index = new Map<string, Indexed>();
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory() && depth < 8) await walk(path, depth + 1);
      else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) {
        const front = readFrontMatter(await head(path));
        if (front && typeof front.url === 'string' && !index.has(front.url)) {
          index.set(front.url, { file: relative(corpus, path).split(sep).join('/'), fetched: String(front.fetched ?? '') });
        }
      }
    }
  };
  await walk(corpus, 0);
  return index;
}

/** The first 16 KiB of a file: front matter is at the top. */
async function head(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(16 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}

let serial = 0;

/** A hidden temporary file beside the target (the corpus reader skips dot files), renamed into place. */
async function writeAtomic(corpus: string, file: string, text: string): Promise<void> {
  const target = join(corpus, file);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${++serial}`);
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new AttacheError(target, `could not write the article: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
}
