import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { AttacheError } from '../errors.js';
import type { CorpusFile } from '../model/pipeline.js';
import type { Warning } from '../model/schema.js';

export interface ReadOptions {
  /** Files larger than this many bytes are skipped with a warning. */
  maxBytes: number;
  /** Folders never read, wherever they sit in the corpus: the build's own output folder. */
  exclude?: readonly string[];
}

/** Reads every regular file below `dir` (links followed once; loops and hidden files skipped). */
export async function readCorpus(dir: string, opts: ReadOptions): Promise<{ files: CorpusFile[]; warnings: Warning[] }> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new AttacheError(dir, 'corpus folder not found');
  }
  if (!info.isDirectory()) throw new AttacheError(dir, 'corpus is not a folder');
  const files: CorpusFile[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  // An output folder inside the corpus holds briefs and archived editions: outputs are never inputs.
  const excluded = new Set(await Promise.all((opts.exclude ?? []).map((d) => realpath(d).catch(() => d))));
  const walk = async (folder: string): Promise<void> => {
    const real = await realpath(folder);
    if (excluded.has(real)) return;
    if (seen.has(real)) {
      warnings.push({ file: rel(dir, folder), message: 'skipped: folder link loop' });
      return;
    }
    seen.add(real);
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      let s;
      try {
        s = await stat(path);
      } catch {
        warnings.push({ file: rel(dir, path), message: 'skipped: broken link or unreadable' });
        continue;
      }
      if (s.isDirectory()) await walk(path);
      else if (s.isFile()) {
        if (s.size > opts.maxBytes) {
          warnings.push({ file: rel(dir, path), message: `skipped: ${s.size} bytes is over the ${opts.maxBytes}-byte limit` });
          continue;
        }
        files.push({ path: rel(dir, path), bytes: await readFile(path) });
      }
    }
  };
  await walk(dir);
  return { files, warnings };
}

function rel(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}
