import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';

export interface Output {
  name: string;
  data: string | Uint8Array;
}

/**
 * Writes every output next to its final name, then renames each into place: a run that fails
 * before the renames leaves the previous brief whole; a rename is atomic on one file system.
 */
export async function writeOutputs(dir: string, outputs: readonly Output[]): Promise<string[]> {
  await ensureFolder(dir);
  const tag = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const temps: string[] = [];
  try {
    for (const o of outputs) {
      const tmp = join(dir, `.${o.name}${tag}`);
      temps.push(tmp);
      await writeFile(tmp, o.data);
    }
    for (let i = 0; i < outputs.length; i++) await rename(temps[i]!, join(dir, outputs[i]!.name));
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw new AttacheError(dir, `could not write outputs: ${(e as Error).message}`);
  }
  return outputs.map((o) => join(dir, o.name));
}

export async function ensureFolder(dir: string): Promise<void> {
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new AttacheError(dir, 'output path exists and is not a folder');
    return;
  } catch (e) {
    if (e instanceof AttacheError) throw e;
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new AttacheError(dir, `cannot create output folder: ${(e as Error).message}`);
  }
}
