import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';

export interface Output {
  name: string;
  data: string | Uint8Array;
}

/** Temporary files written next to their final names, so a rename publishes each atomically. */
export interface Staged {
  dir: string;
  outputs: { name: string; tmp: string }[];
  discard(): Promise<void>;
  publish(): Promise<string[]>;
}

/**
 * Writes every output to a temporary file in the output folder. Nothing visible changes until
 * `publish`, which renames them into place (atomic on one file system); `discard` removes them.
 */
export async function stageOutputs(dir: string, outputs: readonly Output[]): Promise<Staged> {
  await ensureFolder(dir);
  const tag = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const staged = outputs.map((o) => ({ name: o.name, tmp: join(dir, `.${o.name}${tag}`) }));
  const discard = async () => {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
  };
  try {
    for (let i = 0; i < outputs.length; i++) await writeFile(staged[i]!.tmp, outputs[i]!.data);
  } catch (e) {
    await discard();
    throw new AttacheError(dir, `could not write outputs: ${(e as Error).message}`);
  }
  return {
    dir,
    outputs: staged,
    discard,
    async publish() {
      try {
        for (const s of staged) await rename(s.tmp, join(dir, s.name));
      } catch (e) {
        await discard();
        throw new AttacheError(dir, `could not write outputs: ${(e as Error).message}`);
      }
      return staged.map((s) => join(dir, s.name));
    },
  };
}

/** Stages and publishes in one go. */
export async function writeOutputs(dir: string, outputs: readonly Output[]): Promise<string[]> {
  return (await stageOutputs(dir, outputs)).publish();
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
