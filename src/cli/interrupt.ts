/**
 * Ctrl-C or kill during a build: clean up (temporary files, the lock) and exit, except while the
 * new files are being renamed into place, which finishes first so a brief is never half new.
 */
type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
let committing = 0;
let pending: NodeJS.Signals | null = null;
let installed = false;

const EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

async function stop(signal: NodeJS.Signals): Promise<void> {
  for (const c of [...cleanups]) await Promise.resolve(c()).catch(() => undefined);
  process.stderr.write(`attache: interrupted by ${signal}; the previous brief is untouched\n`);
  process.exit(EXIT[signal] ?? 1);
}

export function guardSignals(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (committing > 0) pending = signal;
      else void stop(signal);
    });
  }
}

export function onInterrupt(c: Cleanup): () => void {
  cleanups.add(c);
  return () => cleanups.delete(c);
}

/** Runs the renames that publish a brief; a signal that arrives meanwhile waits until they are done. */
export async function commit<T>(fn: () => Promise<T>): Promise<T> {
  committing++;
  try {
    return await fn();
  } finally {
    committing--;
    if (committing === 0 && pending) await stop(pending);
  }
}
