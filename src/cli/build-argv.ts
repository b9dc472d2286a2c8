import { parseArgs } from 'node:util';
import { BUILD_COMMAND, BUILD_OPTIONS, type CheckedBuildOptions } from './commands/build-options.js';
import { CONFIG_KEYS } from './commands/specs.js';
import { layerOptions } from './layers.js';
import { checkOptions, parseArgsOptions } from './spec.js';

/**
 * `attache build …` read without yargs or zod: Node's own argument parser, then the same layers
 * (environment, configuration file) and the same checks as the full CLI (a property test holds
 * them to the same answers). Null for anything unusual — help, version, an unknown or bad option —
 * so that yargs takes over and reports it in the usual words.
 */
export function buildOptionsFromArgv(argv: string[]): CheckedBuildOptions | null {
  if (argv[0] !== 'build' || argv.some((a) => /^--?(h|help|version)$/.test(a))) return null;
  try {
    const parsed = parseArgs({ args: argv.slice(1), options: parseArgsOptions(BUILD_OPTIONS), allowPositionals: true, strict: true });
    if (parsed.positionals.length > 1) return null;
    const checked = checkOptions(BUILD_COMMAND, layerOptions(BUILD_COMMAND, { flags: { ...parsed.values, corpus: parsed.positionals[0] }, configKeys: CONFIG_KEYS }).raw);
    return 'problem' in checked ? null : checked.value;
  } catch {
    return null;
  }
}
