import { parseArgs } from 'node:util';
import { readCorpus } from '../ingest/read.js';
import { withLock } from '../render/lock.js';
import { loadTemplates } from '../render/templates.js';
import { BUILD_OPTIONS, type BuildArgs } from './commands/build-options.js';
import { toBuildOptions } from './commands/build-options.js';
import { manifestFor, readManifest, unchanged } from './manifest.js';

/**
 * `attache build … --if-changed` on an unchanged corpus, answered without loading yargs, the
 * analysis or the renderers: Node's own argument parser, the corpus hashes and the manifest.
 * Returns false (and the full CLI takes over) for anything it does not handle plainly.
 */
export async function unchangedFastPath(argv: string[]): Promise<boolean> {
  if (argv[0] !== 'build' || !argv.includes('--if-changed') || argv.some((a) => /^--?(h|help|version)$/.test(a))) return false;
  const options: Record<string, { type: 'string' | 'boolean' }> = { quiet: { type: 'boolean' }, verbose: { type: 'boolean' } };
  for (const [name, spec] of Object.entries(BUILD_OPTIONS)) options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv.slice(1), options, allowPositionals: true, strict: true });
  } catch {
    return false;
  }
  if (parsed.positionals.length > 1) return false;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const number = (v: string | boolean | undefined, d: number) => (v === undefined ? d : Number(v));
  if (values.paper !== undefined && !['a4', 'letter'].includes(String(values.paper))) return false;
  const maxSize = number(values['max-file-size'], 10);
  const keep = number(values.keep, 5);
  if (!Number.isFinite(maxSize) || !Number.isFinite(keep)) return false;
  const args: BuildArgs = {
    corpus: parsed.positionals[0] ?? 'corpus',
    out: String(values.out ?? 'out'),
    format: String(values.format ?? 'pdf,md,json'),
    date: values.date as string | undefined,
    title: values.title as string | undefined,
    paper: String(values.paper ?? 'a4'),
    length: values.length as string | undefined,
    marking: values.marking as string | undefined,
    templates: values.templates as string | undefined,
    'max-file-size': maxSize,
    'if-changed': true,
    keep,
    quiet: values.quiet,
  };
  let opts;
  try {
    opts = toBuildOptions(args, () => undefined);
  } catch {
    return false;
  }
  if (!readManifest(opts.out)) return false;
  try {
    return await withLock(opts.out, async () => {
      const { files } = await readCorpus(opts.corpus, { maxBytes: opts.maxFileBytes, exclude: [opts.out] });
      if (!unchanged(readManifest(opts.out), manifestFor(files, opts, loadTemplates(opts.templates)), opts.out)) return false;
      process.stdout.write(`unchanged: ${opts.out}\n`);
      return true;
    });
  } catch {
    return false;
  }
}
