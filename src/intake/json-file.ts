import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { AttacheError } from '../errors.js';

let serial = 0;

/** Reads a JSON file checked by a zod schema; null when it does not exist. */
export async function readJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return null;
    throw new AttacheError(path, `cannot read the ${what}: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new AttacheError(path, `the ${what} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new AttacheError(path, `not a ${what}${at}: ${issue.message}`);
  }
  return parsed.data;
}

/** Writes JSON through a hidden temporary file renamed into place: a reader sees the old or the new file, whole. */
export async function writeJson(path: string, data: unknown, what: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${++serial}`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new AttacheError(path, `could not write the ${what}: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
}
