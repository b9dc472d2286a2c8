import { link, mkdir, readdir, rm, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ARCHIVE = 'archive';

/**
 * Keeps the previous edition's files under archive/edition-NNNN/ before the new ones replace
 * them. Hard links (or copies where links fail) leave the current files in place until the
 * atomic rename of the new ones, so there is never a moment without a brief.
 */
export async function archiveEdition(out: string, edition: number, names: readonly string[]): Promise<string | null> {
  const present = names.filter((n) => existsSync(join(out, n)));
  if (!present.length) return null;
  const dir = join(out, ARCHIVE, `edition-${String(edition).padStart(4, '0')}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const n of present) {
    await link(join(out, n), join(dir, n)).catch(() => copyFile(join(out, n), join(dir, n)));
  }
  return dir;
}

/** Removes all but the newest `keep` archived editions. */
export async function pruneArchive(out: string, keep: number): Promise<void> {
  const root = join(out, ARCHIVE);
  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => /^edition-\d+$/.test(n)).sort();
  } catch {
    return;
  }
  for (const n of names.slice(0, Math.max(0, names.length - keep))) await rm(join(root, n), { recursive: true, force: true });
}
