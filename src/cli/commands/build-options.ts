import type { BuildOptions } from '../build.js';
import { choice, flag, formats, isoDate, LENGTHS, optional, PAPERS, path, positiveNumber, text, today, wholeNumber } from '../options.js';
import { defineOptions, type CommandSpec, type Values } from '../spec.js';

/** Options every command takes; yargs lists them once, as global options. */
export const GLOBAL_OPTIONS = defineOptions({
  config: { field: optional(path('a configuration file')), flag: 'string', alias: 'c', env: 'ATTACHE_CONFIG', global: true, describe: 'Read options from this JSON file instead of the nearest attache.config.json or package.json "attache" key' },
  quiet: { field: flag, flag: 'boolean', alias: 'q', default: false, global: true, describe: 'Print nothing on stderr but errors (no warnings, no progress); results still go to stdout' },
  verbose: { field: flag, flag: 'boolean', alias: 'v', default: false, global: true, describe: 'Print stack traces of unexpected errors' },
});

/**
 * The options of a build, shared by `build`, `watch` and `schedule`: the command line, the
 * environment (ATTACHE_…), the configuration file and the schema are all made from this table.
 */
export const BUILD_OPTIONS = defineOptions({
  ...GLOBAL_OPTIONS,
  corpus: { field: path('a folder of articles'), flag: 'string', positional: true, default: 'corpus', env: 'ATTACHE_CORPUS', config: 'corpus', path: true, describe: 'Folder of .txt, .md, .html and .pdf articles' },
  out: { field: path('an output folder'), flag: 'string', alias: 'o', default: 'out', env: 'ATTACHE_OUT', config: 'out', path: true, describe: 'Output folder' },
  format: { field: formats, flag: 'string', alias: 'f', default: 'pdf,md,json', env: 'ATTACHE_FORMAT', config: 'format', describe: 'Formats to write: any of pdf, md, json, html, comma-separated' },
  date: { field: optional(isoDate), flag: 'string', defaultDescription: 'today', describe: 'The brief\'s "as of" date, YYYY-MM-DD; also the PDF\'s creation date' },
  title: { field: text, flag: 'string', defaultDescription: 'made from the event', config: 'title', describe: 'Title of the brief' },
  paper: { field: choice(PAPERS), flag: 'string', default: 'a4', env: 'ATTACHE_PAPER', config: 'paper', describe: 'PDF paper size: a4 or letter' },
  length: { field: choice(LENGTHS), flag: 'string', default: 'standard', env: 'ATTACHE_LENGTH', config: 'length', describe: 'How much the PDF and Markdown print: short, standard or full (with an annex of every further statement)' },
  marking: { field: text, flag: 'string', env: 'ATTACHE_MARKING', config: 'marking', describe: 'Marking line printed on every page, e.g. "UNCLASSIFIED — FOR BRIEFING USE"' },
  templates: { field: optional(path('a folder of templates')), flag: 'string', env: 'ATTACHE_TEMPLATES', config: 'templates', path: true, defaultDescription: 'built-in', describe: 'Folder whose brief.md.hbs and partials/ override the built-in Markdown templates' },
  'max-file-size': { field: positiveNumber('MB'), flag: 'string', default: 10, env: 'ATTACHE_MAX_FILE_SIZE', config: 'max-file-size', describe: 'Skip (with a warning) files larger than this many MB' },
  'if-changed': { field: flag, flag: 'boolean', default: false, describe: 'Do nothing (and print "unchanged: <out>") when no input changed since the last build' },
  keep: { field: wholeNumber('editions', 0), flag: 'string', default: 5, env: 'ATTACHE_KEEP', config: 'keep', describe: 'Previous editions to keep under <out>/archive/' },
});

export type BuildValues = Values<typeof BUILD_OPTIONS>;
export type CheckedBuildOptions = Omit<BuildOptions, 'log' | 'progress'>;

/** Checked values as the build wants them. */
export function toBuildOptions(v: BuildValues): CheckedBuildOptions {
  return {
    corpus: v.corpus,
    out: v.out,
    formats: v.format,
    asOf: v.date ?? today(),
    title: v.title ?? null,
    paper: v.paper === 'letter' ? 'LETTER' : 'A4',
    length: v.length,
    marking: v.marking ?? null,
    templates: v.templates ?? null,
    maxFileBytes: Math.round(v['max-file-size'] * 1024 * 1024),
    quiet: v.quiet,
    ifChanged: v['if-changed'],
    keep: v.keep,
  };
}

export const BUILD_COMMAND: CommandSpec<typeof BUILD_OPTIONS, CheckedBuildOptions> = {
  name: 'build',
  options: BUILD_OPTIONS,
  finish: toBuildOptions,
};
