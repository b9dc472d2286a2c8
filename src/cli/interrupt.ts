import { EXIT } from './exit-codes.js';

/**
 * Ctrl-C or kill during a build: clean up (temporary files, the lock) and exit, except while the
 * new files are being renamed into place, which finishes first so a brief is never half new.
 * Outside a build, a watcher or scheduler that asked for it stops cleanly instead (exit 0).
 */
type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
let committing = 0;
let building = 0;
let pending: NodeJS.Signals | null = null;
let installed = false;
let idleStop: ((signal: NodeJS.Signals) => void) | null = null;

const EXIT_ON: Record<string, number> = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

async function stop(signal: NodeJS.Signals): Promise<void> {
  for (const c of [...cleanups]) await Promise.resolve(c()).catch(() => undefined);
  process.stderr.write(`attache: interrupted by ${signal}; the previous brief is untouched\n`);
  process.exit(EXIT_ON[signal] ?? EXIT.failed);
}

export function guardSignals(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (committing > 0) pending = signal;
      else if (idleStop && building === 0) {
        const s = idleStop;
        idleStop = null;
        s(signal);
      } else void stop(signal);
    });
  }
}

export function onInterrupt(c: Cleanup): () => void {
  cleanups.add(c);
  return () => cleanups.delete(c);
}

/**
 * Between builds, a signal calls `fn` (which ends the long-running command cleanly) instead of
 * exiting 130; during a build it still interrupts the build. Returns a function that forgets `fn`.
 */
export function stopWhenIdle(fn: (signal: NodeJS.Signals) => void): () => void {
  idleStop = fn;
  return () => {
    if (idleStop === fn) idleStop = null;
  };
}

/** Marks a build as running: a signal meanwhile interrupts it (exit 130) rather than stopping cleanly. */
export async function whileBuilding<T>(fn: () => Promise<T>): Promise<T> {
  building++;
  try {
    return await fn();
  } finally {
    building--;
  }
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
