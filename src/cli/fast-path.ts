import { parseArgs } from 'node:util';
import { readCorpus } from '../ingest/read.js';
import { withLock } from '../render/lock.js';
import { loadTemplates } from '../render/templates.js';
import { BUILD_COMMAND, BUILD_OPTIONS } from './commands/build-options.js';
import { CONFIG_KEYS } from './commands/specs.js';
import { layerOptions } from './layers.js';
import { manifestFor, readManifest, unchanged } from './manifest.js';
import { checkOptions, parseArgsOptions } from './spec.js';

/**
 * `attache build … --if-changed` on an unchanged corpus, answered without loading yargs, the
 * analysis or the renderers: Node's own argument parser, then the same layers (environment,
 * configuration file) and the same checks as the full CLI, the corpus hashes and the manifest.
 * Returns false (and the full CLI takes over, and reports any problem) for anything else.
 */
export async function unchangedFastPath(argv: string[]): Promise<boolean> {
  if (argv[0] !== 'build' || !argv.includes('--if-changed') || argv.some((a) => /^--?(h|help|version)$/.test(a))) return false;
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), options: parseArgsOptions(BUILD_OPTIONS), allowPositionals: true, strict: true });
  } catch {
    return false;
  }
  if (parsed.positionals.length > 1) return false;
  let checked;
  try {
    // The same layers and checks as the full CLI, without zod (a third of this path's time).
    checked = checkOptions(BUILD_COMMAND, layerOptions(BUILD_COMMAND, { flags: { ...parsed.values, corpus: parsed.positionals[0] }, configKeys: CONFIG_KEYS }).raw);
  } catch {
    return false;
  }
  if ('problem' in checked) return false;
  const opts = checked.value;
  if (!readManifest(opts.out)) return false;
  try {
    return await withLock(opts.out, async () => {
      const { files } = await readCorpus(opts.corpus, { maxBytes: opts.maxFileBytes, exclude: [opts.out] });
      if (!unchanged(readManifest(opts.out), manifestFor(files, { ...opts, log: () => undefined }, loadTemplates(opts.templates)), opts.out)) return false;
      process.stdout.write(`unchanged: ${opts.out}\n`);
      return true;
    });
  } catch {
    return false;
  }
}
