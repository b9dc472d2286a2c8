import { readCorpus } from '../ingest/read.js';
import { withLock } from '../render/lock.js';
import { loadTemplates } from '../render/templates.js';
import { buildOptionsFromArgv } from './build-argv.js';
import { manifestFor, readManifest, unchanged } from './manifest.js';

/**
 * `attache build … --if-changed` on an unchanged corpus, answered without loading yargs, the
 * analysis or the renderers: Node's own argument parser, then the same layers (environment,
 * configuration file) and the same checks as the full CLI, the corpus hashes and the manifest.
 * Returns false (and the full CLI takes over, and reports any problem) for anything else.
 */
export async function unchangedFastPath(argv: string[]): Promise<boolean> {
  if (!argv.includes('--if-changed')) return false;
  const opts = buildOptionsFromArgv(argv);
  if (!opts) return false;
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
