import { build } from './build.js';
import type { CheckedBuildOptions } from './commands/build-options.js';
import { progressFor } from './progress.js';

/** One `attache build` with checked options: results on stdout, warnings and progress on stderr. */
export async function runBuild(opts: CheckedBuildOptions): Promise<void> {
  const started = performance.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const progress = await progressFor(process.stderr, opts.quiet);
  let result;
  try {
    result = await build({ ...opts, log, progress });
  } finally {
    progress.stop();
  }
  if (result.status === 'unchanged') {
    process.stdout.write(`unchanged: ${result.out}\n`);
    return;
  }
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`wrote ${result.written.join(', ')} from ${result.brief.sources.length} sources in ${ms} ms\n`);
}
