import type { Argv } from 'yargs';
import type { BuildOptions } from '../build.js';
import { AttacheError } from '../../errors.js';
import { parseDate, parseFormats, today } from '../options.js';

/** The options of a build, shared by `build`, `watch` and `schedule`. */
export function withBuildOptions<T>(y: Argv<T>) {
  return y
    .positional('corpus', { type: 'string', default: 'corpus', describe: 'Folder of .txt, .md and .html articles' })
    .option('out', { type: 'string', default: 'out', describe: 'Output folder' })
    .option('format', { type: 'string', default: 'pdf,md,json', describe: 'Formats to write: any of pdf, md, json' })
    .option('date', { type: 'string', describe: 'The brief\'s "as of" date, YYYY-MM-DD (default: today); also the PDF\'s creation date' })
    .option('title', { type: 'string', describe: 'Title of the brief (default: made from the event)' })
    .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'PDF paper size' })
    .option('marking', { type: 'string', describe: 'Marking line printed on every page, e.g. "UNCLASSIFIED — FOR BRIEFING USE"' })
    .option('templates', { type: 'string', describe: 'Folder whose brief.md.hbs and partials/ override the built-in Markdown templates' })
    .option('max-file-size', { type: 'number', default: 10, describe: 'Skip (with a warning) files larger than this many MB' })
    .option('if-changed', { type: 'boolean', default: false, describe: 'Do nothing (and say "unchanged: <out>") when no input changed since the last build' })
    .option('keep', { type: 'number', default: 5, describe: 'Previous editions to keep under <out>/archive/' });
}

export interface BuildArgs {
  corpus: string;
  out: string;
  format: string;
  date?: string;
  title?: string;
  paper: 'a4' | 'letter';
  marking?: string;
  templates?: string;
  'max-file-size': number;
  'if-changed'?: boolean;
  keep?: number;
  quiet?: unknown;
}

/** Parsed, checked build options; bad values are one-line errors. */
export function toBuildOptions(args: BuildArgs, log: (line: string) => void): BuildOptions {
  return {
    corpus: args.corpus,
    out: args.out,
    formats: parseFormats(args.format),
    asOf: args.date === undefined ? today() : parseDate(args.date),
    title: args.title ?? null,
    paper: args.paper === 'letter' ? 'LETTER' : 'A4',
    marking: args.marking ?? null,
    templates: args.templates ?? null,
    maxFileBytes: Math.round(args['max-file-size'] * 1024 * 1024),
    quiet: Boolean(args.quiet),
    ifChanged: Boolean(args['if-changed']),
    keep: keepOf(args.keep),
    log,
  };
}

function keepOf(n: number | undefined): number {
  if (n === undefined) return 5;
  if (!Number.isInteger(n) || n < 0) throw new AttacheError('--keep', `expected a whole number of editions, 0 or more; got "${n}"`, 2);
  return n;
}
