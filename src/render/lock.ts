import lockfile from 'proper-lockfile';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AttacheError } from '../errors.js';

export const LOCK = '.attache.lock';

/**
 * Holds the output folder's lock while `fn` runs: two builds never write one folder at once.
 * A lock left by a killed process goes stale after a minute and is taken over.
 */
export async function withLock<T>(out: string, fn: () => Promise<T>, onInterrupt?: (cleanup: () => Promise<void>) => () => void): Promise<T> {
  // From the moment we try to take it, an interruption must not leave the lock behind; if the
  // attempt is still in flight, wait for it so the folder is removed after it is made.
  let mine = true;
  const taking = lockfile.lock(out, { lockfilePath: join(out, LOCK), retries: 0, stale: 60_000, realpath: false });
  const forget = onInterrupt?.(async () => {
    await taking.catch(() => undefined);
    if (mine) rmSync(join(out, LOCK), { recursive: true, force: true });
  });
  let release: () => Promise<void>;
  try {
    release = await taking;
  } catch (e) {
    mine = false;
    forget?.();
    if ((e as { code?: string }).code === 'ELOCKED') throw new AttacheError(out, 'another build is writing this output folder; try again when it has finished', 75);
    throw new AttacheError(out, `cannot lock the output folder: ${(e as Error).message}`);
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => undefined);
    mine = false;
    forget?.();
  }
}
