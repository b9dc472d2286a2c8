import { parseArgs } from 'node:util';
import { BUILD_COMMAND, BUILD_OPTIONS } from './commands/build-options.js';
import { CONFIG_KEYS } from './commands/specs.js';
import { layerOptions } from './layers.js';
import { runBuild } from './run-build.js';
import { checkOptions, parseArgsOptions } from './spec.js';

/**
 * `attache build …` with well-formed options, run without yargs: yargs and its help formatting
 * cost more than reading a small corpus. Node's own parser, then the same layers and checks as the
 * full CLI (a property test holds them to the same answers). Anything unusual — help, version, an
 * unknown or bad option — returns false, and yargs takes over and reports it in the usual words.
 */
export async function directBuild(argv: string[]): Promise<boolean> {
  if (argv[0] !== 'build' || argv.some((a) => /^--?(h|help|version)$/.test(a))) return false;
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), options: parseArgsOptions(BUILD_OPTIONS), allowPositionals: true, strict: true });
  } catch {
    return false;
  }
  if (parsed.positionals.length > 1) return false;
  let checked;
  try {
    checked = checkOptions(BUILD_COMMAND, layerOptions(BUILD_COMMAND, { flags: { ...parsed.values, corpus: parsed.positionals[0] }, configKeys: CONFIG_KEYS }).raw);
  } catch {
    return false;
  }
  if ('problem' in checked) return false;
  await runBuild(checked.value);
  return true;
}
