import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AttacheError } from '../errors.js';

let serial = 0;

/** Writes the message to `path` atomically: a temporary file beside it, renamed into place. */
export async function writeEml(path: string, raw: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.tmp-${process.pid}-${++serial}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, raw, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new AttacheError(path, `could not write the message: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
}
