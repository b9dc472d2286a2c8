import type { Argv } from 'yargs';
import type { BuildOptions } from '../build.js';
import { AttacheError } from '../../errors.js';
import { LENGTHS, type Length } from '../../render/length.js';
import { parseDate, parseFormats, today } from '../options.js';

/**
 * The options of a build, shared by `build`, `watch` and `schedule`, as data: yargs reads them for
 * the full command line, and the unchanged fast path reads them without loading yargs.
 */
export const BUILD_OPTIONS = {
  out: { type: 'string', default: 'out', describe: 'Output folder' },
  format: { type: 'string', default: 'pdf,md,json', describe: 'Formats to write: any of pdf, md, json, html' },
  date: { type: 'string', describe: 'The brief\'s "as of" date, YYYY-MM-DD (default: today); also the PDF\'s creation date' },
  title: { type: 'string', describe: 'Title of the brief (default: made from the event)' },
  paper: { type: 'string', choices: ['a4', 'letter'], default: 'a4', describe: 'PDF paper size' },
  length: { type: 'string', default: 'standard', describe: 'How much the PDF and Markdown print: short, standard (about four to six pages), or full (with an annex of every further statement)' },
  marking: { type: 'string', describe: 'Marking line printed on every page, e.g. "UNCLASSIFIED — FOR BRIEFING USE"' },
  templates: { type: 'string', describe: 'Folder whose brief.md.hbs and partials/ override the built-in Markdown templates' },
  'max-file-size': { type: 'number', default: 10, describe: 'Skip (with a warning) files larger than this many MB' },
  'if-changed': { type: 'boolean', default: false, describe: 'Do nothing (and say "unchanged: <out>") when no input changed since the last build' },
  keep: { type: 'number', default: 5, describe: 'Previous editions to keep under <out>/archive/' },
} as const;

export const CORPUS_POSITIONAL = { type: 'string', default: 'corpus', describe: 'Folder of .txt, .md and .html articles' } as const;

export function withBuildOptions<T>(y: Argv<T>) {
  return y.positional('corpus', CORPUS_POSITIONAL).options(BUILD_OPTIONS as unknown as Record<string, object>);
}

export interface BuildArgs {
  corpus: string;
  out: string;
  format: string;
  date?: string;
  title?: string;
  paper: string;
  length?: string;
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
    length: lengthOf(args.length),
    marking: args.marking ?? null,
    templates: args.templates ?? null,
    maxFileBytes: Math.round(args['max-file-size'] * 1024 * 1024),
    quiet: Boolean(args.quiet),
    ifChanged: Boolean(args['if-changed']),
    keep: keepOf(args.keep),
    log,
  };
}

function lengthOf(value: string | undefined): Length {
  if (value === undefined) return 'standard';
  const v = value.toLowerCase();
  if (!(LENGTHS as readonly string[]).includes(v)) throw new AttacheError('--length', `expected one of ${LENGTHS.join(', ')}; got "${value}"`, 2);
  return v as Length;
}

function keepOf(n: number | undefined): number {
  if (n === undefined) return 5;
  if (!Number.isInteger(n) || n < 0) throw new AttacheError('--keep', `expected a whole number of editions, 0 or more; got "${n}"`, 2);
  return n;
}
