import { buildOptionsFromArgv } from './build-argv.js';
import { runBuild } from './run-build.js';

/**
 * `attache build …` with well-formed options, run without yargs: yargs and its help formatting
 * cost more than reading a small corpus. Returns false when yargs must take over.
 */
export async function directBuild(argv: string[]): Promise<boolean> {
  const opts = buildOptionsFromArgv(argv);
  if (!opts) return false;
  await runBuild(opts);
  return true;
}
