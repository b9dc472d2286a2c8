import { AttacheError } from '../errors.js';
import { build, type BuildOptions, type BuildResult } from './build.js';

export interface RunnerOutput {
  /** What a run did (built, unchanged): stdout. */
  result: (line: string) => void;
  /** What went wrong: stderr. */
  error: (line: string) => void;
}

/** "2025-12-01T09:15:02Z": when a run started, at the head of its line. */
export function stamp(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

/**
 * One unattended build with --if-changed semantics, reported as a single line. Errors are
 * reported, not thrown: a scheduler or watcher keeps running after a bad article. Warnings go
 * through `opts.log` (stderr) as in `attache build`, unless --quiet.
 *
 * `once()` resolves to what the last build did, or null when it failed (the error was reported).
 * Called while a build runs, it asks for one more build after it and resolves with that one.
 */
export function makeRunner(opts: BuildOptions, out: RunnerOutput) {
  let current: Promise<BuildResult | null> | null = null;
  let again = false;

  const runOne = async (): Promise<BuildResult | null> => {
    const started = performance.now();
    const at = stamp();
    try {
      const r = await build({ ...opts, ifChanged: true });
      const ms = Math.round(performance.now() - started);
      out.result(r.status === 'unchanged' ? `${at} unchanged: ${r.out}` : `${at} built ${r.written.length} file${r.written.length === 1 ? '' : 's'} from ${r.brief.sources.length} sources in ${ms} ms`);
      return r;
    } catch (e) {
      out.error(`${at} error: ${e instanceof AttacheError ? e.line : (e as Error).message}`);
      return null;
    }
  };

  const once = (): Promise<BuildResult | null> => {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      let last: BuildResult | null = null;
      try {
        do {
          again = false;
          last = await runOne();
        } while (again);
      } finally {
        current = null;
      }
      return last;
    })();
    return current;
  };
  return { once, get running() { return current !== null; } };
}
