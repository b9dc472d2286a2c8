import { AttacheError } from '../errors.js';
import { build, type BuildOptions } from './build.js';

export interface RunnerOutput {
  /** What a run did (built, unchanged): stdout. */
  result: (line: string) => void;
  /** What went wrong: stderr. */
  error: (line: string) => void;
}

/**
 * One unattended build with --if-changed semantics, reported as a single line. Errors are
 * reported, not thrown: a scheduler or watcher keeps running after a bad article. Warnings go
 * through `opts.log` (stderr) as in `attache build`, unless --quiet.
 */
export function makeRunner(opts: BuildOptions, out: RunnerOutput) {
  let running = false;
  let again = false;
  const once = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const started = performance.now();
        const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
        try {
          const r = await build({ ...opts, ifChanged: true });
          const ms = Math.round(performance.now() - started);
          out.result(r.status === 'unchanged' ? `${stamp} unchanged: ${r.out}` : `${stamp} built ${r.written.length} file${r.written.length === 1 ? '' : 's'} from ${r.brief.sources.length} sources in ${ms} ms`);
        } catch (e) {
          out.error(`${stamp} error: ${e instanceof AttacheError ? e.line : (e as Error).message}`);
        }
      } while (again);
    } finally {
      running = false;
    }
  };
  return { once, get running() { return running; } };
}
